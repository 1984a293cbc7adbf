"""Utility code for constructing importers and working with specs.

find_spec answers where a module would come from without importing it;
spec_from_file_location and module_from_spec let a program load a file as a
module by hand:

    spec = importlib.util.spec_from_file_location('name', '/path/name.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
"""
import os as _os
import sys
import _imp
from importlib import _resolve_name
from importlib.machinery import ModuleSpec, SourceFileLoader, SOURCE_SUFFIXES

# molt never writes bytecode caches
MAGIC_NUMBER = b''


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """Return the spec for the specified module.

    The module is not imported, but a dotted name imports its parent
    packages.  A module already in sys.modules answers its own __spec__.
    None when the module cannot be found.
    """
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f'{name}.__spec__ is not set') from None
        if spec is None:
            raise ValueError(f'{name}.__spec__ is None')
        return spec
    parent_name = fullname.rpartition('.')[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    return _imp.find_spec(fullname, parent_path)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        return spec_from_file_location(name, loader=loader,
                                       submodule_search_locations=[] if is_package else None)
    if is_package is None:
        is_package = False
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location.

    A relative location is taken from the current directory.  Without a
    loader, a .py file gets a SourceFileLoader; any other suffix, None.
    """
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _os.fspath(location)
        if not location.startswith('/'):
            try:
                location = _os.getcwd().rstrip('/') + '/' + location
            except OSError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = spec.loader = SourceFileLoader(name, location)
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                if loader.is_package(name):
                    spec.submodule_search_locations = []
            except ImportError:
                pass
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def module_from_spec(spec):
    """Create a module based on the provided spec: the loader's
    create_module() makes it, or a plain module is made; then the spec's
    attributes (__name__, __spec__, __loader__, __file__, ...) are set."""
    return _imp.module_from_spec(spec)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where a bytecode cache of a source file would be: molt writes none."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    """The source file of a bytecode cache file: molt writes none."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string."""
    return source_bytes.decode().replace('\r\n', '\n').replace('\r', '\n')
