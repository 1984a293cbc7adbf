VALUE = 'sibling value'
