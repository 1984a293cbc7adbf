# The program comes from standard input (stdin_dash.stdin).
