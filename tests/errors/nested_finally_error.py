def f():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
try:
    f()
finally:
    print("outer cleanup")
