# The program is given with -c (see c_command.argv); this file is not run.
