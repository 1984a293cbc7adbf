"""molt's importlib: import_module, reload and invalidate_caches.

reload() is written here, in molt itself, so that anyone can read what a
reload does (IMPORTS.md, section 4).  The builtin `reload` is this very
function.  The native helpers come from the _imp module (src/import.c): it
finds a module the way `import` does (sys.meta_path, then sys.path) and its
loaders compile the source as it is now; everything else happens below, in
plain Python.
"""
import sys
import _imp
from _imp import SourceFileLoader as _SourceFileLoader

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

from builtins import __import__


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
        level = len(name) - len(name.lstrip('.'))
    return _gcd_import(name[level:], package, level)


def _gcd_import(name, package=None, level=0):
    """Import `name` (relative to `package` when level > 0) and return the
    module itself, not its top-level package.  Unlike the import statement it
    looks only at sys.modules as it is now."""
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if not package:
            raise ImportError('attempted relative import with no known parent package')
        name = _resolve_name(name, package, level)
    elif not name:
        raise ValueError('Empty module name')
    return _imp.find_and_load(name)


def _resolve_name(name, package, level):
    """The absolute name of `name` imported `level` dots up from `package`."""
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ImportError('attempted relative import beyond top-level package')
    return f'{parts[0]}.{name}' if name else parts[0]


def invalidate_caches():
    """Ask every finder of sys.meta_path to forget what it cached.  molt's own
    finders cache nothing: they look at the file system at every import."""
    for finder in sys.meta_path:
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


# The names being reloaded right now, and their modules.
_RELOADING = {}


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
            pkgpath = parent.__path__
        else:
            pkgpath = None

        # 5. Find the source again: the file may have changed, or moved.
        spec = module.__spec__ = _imp.find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}",
                                      name=name)
        _imp._verbose_message('reload {!r} # from {}', name, spec.origin)
        _exec(spec, module)

        # 8. The module may have replaced itself in sys.modules.
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)


def _exec(spec, module):
    """Execute the spec's fresh code in an existing module's namespace."""
    name = spec.name
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name!r} not in sys.modules", name=name)
    try:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is None:
            raise ImportError('missing loader', name=name)
        # The module learns its (new) spec: __spec__, __file__, __loader__...
        _imp.init_module_attrs(spec, module)
        loader = spec.loader
        if type(loader) is _SourceFileLoader:
            # 6. The fresh source, compiled to fresh bytecode.  A SyntaxError
            # stops here, before anything of the new file has run.
            code = loader.get_code(name)
            # 7. Run it in the OLD module's dict: the same module object, the
            # same namespace.  Names the new code defines overwrite the old
            # ones; names it no longer defines stay; an exception part way
            # leaves a mix of new and old, and propagates.
            exec(code, module.__dict__)
        elif hasattr(loader, 'exec_module'):
            # a built-in module (nothing to run), a namespace package (no
            # code), or a loader a program installed: it runs the module
            loader.exec_module(module)
        else:
            # a loader of the old protocol (PEP 302) does it all itself
            loader.load_module(name)
    finally:
        # Move the module to the end of sys.modules, as CPython does.
        module = sys.modules.pop(name)
        sys.modules[name] = module
    return module


# molt's builtin `reload` is this function: molt imports importlib at
# start-up, and here it puts its reload into builtins.
import builtins as _builtins
_builtins.reload = reload
del _builtins
