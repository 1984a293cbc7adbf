# molt-only
# An unknown long option is a usage error: status 2.
