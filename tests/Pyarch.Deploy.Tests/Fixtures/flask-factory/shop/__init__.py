"""The shop package builds its app in a factory; there is no module-level `app` anywhere."""
from flask import Flask

from shop import config


def create_app(settings=None):
    app = Flask(__name__)
    app.config.from_object(config)
    if settings:
        app.config.update(settings)
    from shop.views import bp

    app.register_blueprint(bp, url_prefix="/api")
    return app
