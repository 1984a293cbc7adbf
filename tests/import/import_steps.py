# `import a.b.c` step by step: each prefix in order, registration before the
# body, what each form binds (IMPORTS.md 3.2-3.7).
import sys

import outer.middle.inner
print(sorted(k for k in sys.modules if k.startswith('outer')))
print('bound names:', [n for n in ('outer', 'middle', 'inner') if n in globals()])
print(outer.middle.inner.WHERE, outer.middle.inner is sys.modules['outer.middle.inner'])
print(outer.middle is sys.modules['outer.middle'])

import outer.middle.inner as alias
print(alias is outer.middle.inner, alias.__name__)
from outer.middle import inner
print(inner is alias)
from outer import middle as m
print(m is outer.middle)

# inside a function the binding is local
def local():
    import outer.middle.inner
    from outer.middle import inner as i2
    return sorted(k for k in locals())
print(local())

# __import__ returns the top-level package, or the module itself with a fromlist
print(__import__('outer.middle.inner').__name__)
print(__import__('outer.middle.inner', fromlist=['WHERE']).__name__)
print(__import__('outer.middle', fromlist=['inner']).__name__)
print(__import__('outer.middle.inner', globals(), locals(), [], 0).__name__)

# a cached submodule still needs its parents only once
del sys.modules['outer.middle.inner']
import outer.middle.inner
print('inner re-imported; outer.middle.inner is a new module:', outer.middle.inner is not alias)

# each prefix is looked up by its own name: deleting the parent re-runs it
del sys.modules['outer']
import outer.middle
print(sys.modules['outer'] is outer, hasattr(outer, 'middle'), 'outer.middle' in sys.modules)
