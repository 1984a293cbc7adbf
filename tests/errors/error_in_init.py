class Config:
    def __init__(self, path):
        self.path = path
        self.data = self.load()
    def load(self):
        return {"a": 1}[self.path]
Config("b")
