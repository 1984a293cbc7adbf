value = 10
raise ValueError("stop here")
