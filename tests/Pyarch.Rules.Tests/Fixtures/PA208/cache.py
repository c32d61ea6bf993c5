class Cache:
    def __init__(self):
        self.config = {}


cache = Cache()
cache.config["SECRET_KEY"] = "not-a-flask-app"
cache.config.update(DEBUG=True)
