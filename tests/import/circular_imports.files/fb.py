from fa import FA
FB = 'fb'
