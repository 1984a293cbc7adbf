# molt-only
# -c without its argument: status 2.
