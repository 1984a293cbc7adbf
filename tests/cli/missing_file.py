# molt-only
# A script that cannot be opened: status 2.
