# molt-only
# -V prints the version line (see version.argv).
