VALUE = 1
def f():
    return "f1"
class K:
    def m(self):
        return "m1"
