"""The application factory: each call builds an independent app, so tests get a fresh one."""
from __future__ import annotations

from typing import Optional, Type

from flask import Flask

from app.errors import register_error_handlers
from app.extensions import db
from app.routes import health, items
from app.utils.logging_config import configure_logging


def create_app(config_class: Optional[Type] = None) -> Flask:
    # Imported here: config.py imports app.utils, so a top-level import would be circular.
    from config import get_config

    config = config_class or get_config()
    configure_logging(config.LOG_LEVEL)
{% if sentry %}
    from app.monitoring import init_sentry

    init_sentry()
{% endif %}
    app = Flask(__name__)
    app.config.from_object(config)
    db.init_app(app)
    register_error_handlers(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(items.bp)
{% if prometheus %}
    from app.routes import metrics

    metrics.install(app)
{% endif %}
{% if graphql %}
    from app.routes import graphql

    app.register_blueprint(graphql.bp)
{% endif %}
    return app
