"""Future statement definitions: each feature molt knows, as CPython names them."""
nested_scopes = generators = division = absolute_import = None
with_statement = print_function = unicode_literals = None
generator_stop = annotations = None
