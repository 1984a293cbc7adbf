print("loading")
VALUE = 1
raise RuntimeError("module failed")
