VALUE = "loaded"
