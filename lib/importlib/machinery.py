"""The import machinery's classes: the finders and loaders import uses.

molt's are written in C (src/import.c) and live in the _imp module; this
module gives them their importlib names."""
import _imp
from _imp import (ModuleSpec, BuiltinImporter, PathFinder, SourceFileLoader,
                  NamespaceLoader)

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = _imp.extension_suffixes()


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
