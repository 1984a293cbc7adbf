import os, sys
os.environ["MOLT_CHILD_VAR"] = "from-parent"
sys.stdout.flush()
os.system("echo child sees $MOLT_CHILD_VAR")
del os.environ["MOLT_CHILD_VAR"]
sys.stdout.flush()
os.system("echo child sees ${MOLT_CHILD_VAR:-nothing}")
os.putenv("MOLT_PUT", "p")
sys.stdout.flush()
os.system("echo putenv $MOLT_PUT")
print("MOLT_PUT" in os.environ, os.getenv("MOLT_PUT"))
print("done")
