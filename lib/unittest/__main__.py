"""python -m unittest [tests...]: runs the named tests, or discovers them."""

import os
import sys

if sys.argv[0].endswith("__main__.py"):
    # Help and errors name the command as it was typed.
    sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"

__unittest = True

from .main import main

main(module=None)
