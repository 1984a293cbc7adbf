# The program comes from standard input (stdin_program.stdin).
