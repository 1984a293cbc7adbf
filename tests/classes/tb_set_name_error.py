class Field:
    def __set_name__(self, owner, name):
        if name.startswith('_'):
            raise ValueError(f'private field {name} not allowed')
        self.name = name
class Model:
    ok = Field()
    _bad = Field()
