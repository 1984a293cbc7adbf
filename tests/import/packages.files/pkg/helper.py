print("helper loaded as", __name__, __package__)
def help_me():
    return "helped"
