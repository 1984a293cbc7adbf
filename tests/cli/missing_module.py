# molt-only
# -m with a module that cannot be found: status 1.
