from flask import Flask
from flask_cors import CORS

cors = CORS()


def create_app(config):
    app = Flask(__name__)
    app.config.from_object(config)
    origins = app.config.get("CORS_ORIGIN_WHITELIST", ["https://app.example.com"])
    cors.init_app(app, resources={r"/api/*": {"origins": origins}})
    return app


def create_public_app():
    app = Flask(__name__)
    cors.init_app(app, origins="*")  # expect: PA314 "`CORS.init_app` allows every origin"
    return app
