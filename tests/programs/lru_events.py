"""An LRU cache built on a doubly linked list, and an event scheduler with heapq."""
import heapq

class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key, node.value
            node = node.next

    def __repr__(self):
        return "LRU(" + ", ".join(f"{k}={v}" for k, v in self) + ")"

c = LRUCache(3)
for k in "abcabdaef":
    if c.get(k) is None:
        c.put(k, k.upper())
print(c, c.hits, c.misses)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.seq = 0
        self.log = []
    def at(self, time, action, *args):
        heapq.heappush(self.queue, (time, self.seq, action, args))
        self.seq += 1
    def after(self, delay, action, *args):
        self.at(self.now + delay, action, *args)
    def run(self, until=None):
        while self.queue:
            time, _, action, args = self.queue[0]
            if until is not None and time > until:
                break
            heapq.heappop(self.queue)
            self.now = time
            try:
                action(self, *args)
            except Exception as e:
                self.log.append((time, "error", type(e).__name__, str(e)))

def ping(s, name, count):
    s.log.append((s.now, "ping", name, count))
    if count > 1:
        s.after(3, ping, name, count - 1)

def crash(s):
    raise RuntimeError("task failed")

s = Scheduler()
s.at(0, ping, "a", 3)
s.at(1, ping, "b", 2)
s.at(4, crash)
s.at(4, ping, "c", 1)
s.run(until=5)
print(s.now, len(s.queue))
s.run()
for entry in s.log:
    print(entry)
