"""The WSGI application. Production: {{ web_command }}"""
from __future__ import annotations

from typing import Callable, Optional

from flask import Flask
from sqlalchemy.orm import Session

from app.api import health
from app.api.v1.dependencies import close_db
from app.api.v1.router import api_router
from app.core.config import settings
from app.core.logging import configure_logging
from app.errors import register_error_handlers
{% if sentry %}
from app.monitoring import init_sentry
{% endif %}


def create_app(session_factory: Optional[Callable[[], Session]] = None) -> Flask:
    configure_logging(settings.LOG_LEVEL)
{% if sentry %}
    init_sentry()
{% endif %}
    app = Flask(__name__)
    app.config["DEBUG"] = settings.DEBUG
    if session_factory is None:
        from app.db.session import SessionLocal

        session_factory = SessionLocal
    app.extensions["session_factory"] = session_factory
    app.teardown_appcontext(close_db)
    register_error_handlers(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(api_router)
{% if prometheus %}
    from app.api import metrics

    metrics.install(app)
{% endif %}
{% if graphql %}
    from app.api import graphql

    app.register_blueprint(graphql.bp)
{% endif %}
    return app


app = create_app()
