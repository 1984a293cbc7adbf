class C:
    @property
    def p(self):
        return self.q
    def __repr__(self):
        return 'C()'
c = C()
print(c)
x = [c.p for _ in range(1)]
