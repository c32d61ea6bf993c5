from apscheduler.schedulers.background import BackgroundScheduler
from pymongo import MongoClient


class Mongo:
    def init_app(self, app):
        self.client = MongoClient(app.config.get("MONGO_URI"))


mongo = Mongo()
scheduler = BackgroundScheduler()
