"""A text adventure as a state machine driven by a scripted list of commands."""

class GameOver(Exception):
    pass

class Room:
    def __init__(self, name, description, exits=None, items=()):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items)
        self.visited = False

    def describe(self):
        lines = [f"== {self.name} =="]
        if not self.visited:
            lines.append(self.description)
            self.visited = True
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)))
        lines.append("Exits: " + " ".join(sorted(self.exits)) if self.exits else "No exits.")
        return "\n".join(lines)

class Player:
    def __init__(self, start):
        self.room = start
        self.inventory = set()
        self.moves = 0
        self.score = 0

class Game:
    def __init__(self):
        self.rooms = {
            "hall": Room("Hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
            "library": Room("Library", "Shelves of old books.", {"south": "hall"}, ["book", "key"]),
            "kitchen": Room("Kitchen", "It smells of onions.", {"west": "hall", "down": "cellar"}),
            "cellar": Room("Cellar", "Dark and damp.", {"up": "kitchen"}, ["treasure"]),
        }
        self.player = Player(self.rooms["hall"])
        self.handlers = {}
        for name in dir(self):
            if name.startswith("cmd_"):
                self.handlers[name[4:]] = getattr(self, name)

    def cmd_look(self, *args):
        return self.player.room.describe()

    def cmd_go(self, direction=None, *rest):
        if direction is None:
            return "Go where?"
        room = self.player.room
        if direction not in room.exits:
            return f"You can't go {direction}."
        target = self.rooms[room.exits[direction]]
        if target.name == "Cellar" and "lamp" not in self.player.inventory:
            return "It is too dark to go down without a lamp."
        self.player.room = target
        self.player.moves += 1
        return target.describe()

    def cmd_take(self, item=None, *rest):
        room = self.player.room
        if item not in room.items:
            return f"There is no {item} here."
        room.items.remove(item)
        self.player.inventory.add(item)
        self.player.score += {"treasure": 50, "key": 10}.get(item, 1)
        if item == "treasure":
            raise GameOver("You found the treasure!")
        return f"Taken: {item}."

    def cmd_inventory(self, *args):
        inv = self.player.inventory
        return "You carry: " + (", ".join(sorted(inv)) if inv else "nothing")

    def run(self, commands):
        for line in commands:
            words = line.lower().split()
            if not words:
                continue
            verb, *args = words
            handler = self.handlers.get(verb)
            print(f"> {line}")
            if handler is None:
                print(f"I don't know how to {verb!r}.")
                continue
            try:
                print(handler(*args))
            except GameOver as end:
                print(end)
                break
            except TypeError as e:
                print("Huh?", type(e).__name__)
        p = self.player
        print(f"Moves: {p.moves}, score: {p.score}, items: {sorted(p.inventory)}")

Game().run(["look", "take lamp", "go north", "take key", "take sword", "go west",
            "go south", "dance", "go east", "inventory", "", "go down", "take treasure", "look"])
