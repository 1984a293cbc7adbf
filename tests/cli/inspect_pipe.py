x = 6
def triple(n):
    return 3 * n
print("script done")
