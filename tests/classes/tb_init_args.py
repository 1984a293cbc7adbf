class E(Exception): pass
class F(E):
    def __init__(self):
        super().__init__('a', 'b')
raise F
