class AppError(Exception):
    pass
def load():
    raise AppError("config missing")
load()
