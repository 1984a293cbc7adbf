# molt-only
# -h lists every option (see help.argv).
