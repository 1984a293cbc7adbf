# the gc module's interface
import gc
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.DEBUG_SAVEALL, gc.garbage, gc.callbacks)
gc.set_threshold(100, 5); print(gc.get_threshold())
gc.set_threshold(1000); print(gc.get_threshold())
gc.set_debug(gc.DEBUG_STATS); print(gc.get_debug()); gc.set_debug(0)
t(lambda: gc.set_threshold())
t(lambda: gc.set_threshold(1, 2, 3, 4))
t(lambda: gc.set_threshold("a"))
t(lambda: gc.set_debug())
t(lambda: gc.collect(3))
t(lambda: gc.collect("x"))
print(gc.freeze(), gc.unfreeze(), [sorted(d) for d in gc.get_stats()], len(gc.get_count()), gc.is_finalized([]))
gc.disable(); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect(generation=1) >= 0, gc.collect(0) >= 0)
