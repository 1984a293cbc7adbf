"""Inventory system: classes, properties, class methods, sorting, errors."""

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku, self.wanted, self.have = sku, wanted, have

class UnknownItem(InventoryError, KeyError):
    pass

class Item:
    _next_id = 1
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.id = Item._next_id
        Item._next_id += 1
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    @classmethod
    def from_line(cls, line):
        sku, name, price, qty, *tags = [p.strip() for p in line.split(",")]
        return cls(sku, name, float(price), int(qty), tags)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)

class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def __contains__(self, sku):
        return sku in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def remove(self, sku, qty):
        item = self[sku]
        if qty > item.qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        return item.price * qty

    def by_tag(self):
        tags = {}
        for item in self:
            for t in sorted(item.tags):
                tags.setdefault(t, []).append(item.sku)
        return tags

    def total_value(self):
        return sum(i.value for i in self._items.values())

data = """A100, Widget, 2.50, 10, tools, small
B200, Gadget, 12.99, 3, tools
C300, Doohickey, 0.99, 100, small, cheap
D400, Thingamajig, 45.00, 1
A100, Widget, 2.50, 5, tools"""
inv = Inventory()
for line in data.splitlines():
    inv.add(Item.from_line(line))
print(len(inv), "A100" in inv, "Z999" in inv)
for item in inv:
    print(f"{item.id:>2} {item.sku} {item.name:<12} {item.price:>7.2f} x {item.qty:<4} = {item.value:>8.2f}")
print("total:", f"{inv.total_value():.2f}")
print(inv.by_tag())
orders = [("A100", 4), ("B200", 5), ("Z999", 1), ("C300", 100), ("D400", 1), ("D400", 1)]
revenue = 0
for sku, qty in orders:
    try:
        revenue += inv.remove(sku, qty)
    except OutOfStock as e:
        print("out of stock:", e, e.have)
    except KeyError as e:
        print("unknown:", e, type(e).__name__, isinstance(e, InventoryError))
print(f"revenue {revenue:.2f}")
print([i for i in inv if i.qty == 0])
print(inv.log[-3:])
print(sorted(inv, key=lambda i: -i.value)[0])
