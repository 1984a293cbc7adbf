value = None
value.y
