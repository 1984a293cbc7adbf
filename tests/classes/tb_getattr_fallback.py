class A:
    @property
    def p(self):
        return self.missing_attr
    def __getattr__(self, name):
        raise AttributeError(f'no {name}')
A().p
