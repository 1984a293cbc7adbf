# The program is the -c command.
