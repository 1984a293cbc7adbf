from __future__ import annotations
import json
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from typing import List, Optional, Dict
from collections import defaultdict, Counter

class Category(Enum):
    FOOD = auto()
    TOOLS = auto()
    TOYS = auto()

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    category: Category = field(default=Category.FOOD, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.category.name.lower()})"

@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    def add(self, item: Item) -> None:
        self.items.append(item)
    def by_category(self) -> Dict[Category, List[Item]]:
        groups: Dict[Category, List[Item]] = defaultdict(list)
        for it in self.items:
            groups[it.category].append(it)
        return dict(groups)
    def cheapest(self) -> Optional[Item]:
        return min(self.items) if self.items else None

inv = Inventory()
for name, price, cat, tags in [('apple', 0.5, Category.FOOD, ['fruit']), ('hammer', 12.0, Category.TOOLS, []),
                               ('yoyo', 3.25, Category.TOYS, ['kids', 'fun']), ('bread', 2.0, Category.FOOD, ['bakery'])]:
    inv.add(Item(price, name, cat, tags))
print(inv.cheapest(), inv.cheapest().label)
for cat, items in inv.by_category().items():
    print(cat, [i.name for i in sorted(items)])
def encode(o):
    if isinstance(o, Enum):
        return o.name
    raise TypeError(repr(o))
print(json.dumps([asdict(i) for i in sorted(inv.items, reverse=True)], default=encode, indent=2))
tags = Counter(t for i in inv.items for t in i.tags)
print(tags.most_common(2), sorted(tags))
print(Item.__annotations__)
