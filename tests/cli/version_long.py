# molt-only
# --version, as -V.
