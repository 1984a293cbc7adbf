s = """abc
more
