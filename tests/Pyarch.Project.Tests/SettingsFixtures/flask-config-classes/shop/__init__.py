import os

from flask import Flask

from .config import ProductionConfig


def create_app():
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev")
    app.config.update(SESSION_COOKIE_SECURE=True)
    return app
