class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    x = "A.x"
    def __repr__(self): return "A()"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
    def g(self): return super().x, super().__class__.__name__, repr(super())[:20]
class C(A):
    def f(self): return "C>" + super().f()
class D(B, C):
    def f(self): return "D>" + super().f()
print(D().f(), D.c(), D.s(), D().p, B().g())
print(super(B, D()).f(), super(C, D()).f(), super(D, D).f(D()))
try:
    super(B, A()).f()
except TypeError as e:
    print(e)
class E(A):
    def f(self):
        self.f = lambda: "instance attr"
        return super().f()
e = E(); print(e.f(), e.f())
class F(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def get(self, k, d=None):
        return ("F.get", super().get(k, d))
ff = F(); ff["a"] = 2
print(ff, ff.get("a"), ff.get("z", 0))
class G(list):
    def append(self, v):
        super().append(v)
        super().append(v)
gl = G(); gl.append(1); print(gl)
