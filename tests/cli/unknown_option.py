# molt-only
# An unknown option is a usage error: status 2.
