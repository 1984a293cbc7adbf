class Meta(type):
    pass
class A(metaclass=Meta):
    x = 1
    y = [i for i in range(3)]
    z = undefined_thing
