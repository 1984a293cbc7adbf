def f(a, b): pass
class K:
    def m(self, x): pass
K().m()
