"""molt's importlib: import_module, reload and invalidate_caches.

reload() is written here, in molt itself, so that anyone can read what a
reload does (IMPORTS.md, section 4).  The builtin `reload` is this very
function.  The native helpers come from the _imp module (src/import.c): they
find a module's source the way `import` does and compile it to fresh
bytecode; everything else happens below, in plain Python.
"""
import sys
import _imp

__all__ = ['import_module', 'invalidate_caches', 'reload']

# The names being reloaded right now, and their modules.
_RELOADING = {}


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _imp.gcd_import(name[level:], package, level)


def invalidate_caches():
    """Nothing to do: molt's import looks at the file system afresh each time."""


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    # 1-2. The name the module was imported under, which must still map to
    # this very module in sys.modules.
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)

    # 3. A reload of a module that is being reloaded returns it.
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        # 4. A submodule is found along its parent package's __path__.
        parent_name = name.rpartition('.')[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            else:
                pkgpath = parent.__path__
        else:
            pkgpath = None

        # 5. Find the source again: the file may have changed, or moved.
        spec = module.__spec__ = _imp.find_spec(name, pkgpath)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}",
                                      name=name)
        _exec(spec, module)

        # 8. The module may have replaced itself in sys.modules.
        return sys.modules[name]
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass


def _exec(spec, module):
    """Execute the spec's fresh code in an existing module's namespace."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name!r} not in sys.modules", name=name)
    try:
        _imp.init_module_attrs(spec, module)
        # 6. Fresh source, compiled to fresh bytecode.  A SyntaxError stops
        # here, before anything of the new file has run.
        code = _imp.get_code(spec)
        # 7. Run it in the OLD module's dict: the same module object, the same
        # namespace.  Names the new code defines overwrite the old ones; names
        # it no longer defines stay; an exception part way leaves a mix.
        if code is not None:
            exec(code, module.__dict__)
    finally:
        # Update the order of insertion into sys.modules, as CPython does.
        module = sys.modules.pop(name)
        sys.modules[name] = module
    return module


# molt's builtin `reload` is this function (see builtins.reload in
# src/builtins.c, which imports this module on first use).
import builtins as _builtins
_builtins.reload = reload
del _builtins
