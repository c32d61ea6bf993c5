"""The ASGI application. Production: {{ web_command }}"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

{% if api %}
from app.api.v1.router import api_router
{% endif %}
{{ config_import }}
from app.errors import register_error_handlers
from {{ logging_module }} import configure_logging
{% if sentry %}
from {{ monitoring_module }} import init_sentry
{% endif %}
{% if api %}
from app.api import health
{% else %}
from app.routers import health, items
{% endif %}
{% if prometheus %}
from {{ routers_package }} import metrics
{% endif %}
{% if graphql %}
from {{ routers_package }} import graphql
{% endif %}
{% if websockets %}
from {{ routers_package }} import ws
{% endif %}


def create_app() -> FastAPI:
    configure_logging(settings.LOG_LEVEL)
{% if sentry %}
    init_sentry()
{% endif %}
    app = FastAPI(title=settings.PROJECT_NAME, debug=settings.DEBUG)
    if settings.CORS_ORIGINS:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.CORS_ORIGINS,
            allow_methods=["*"],
            allow_headers=["*"],
        )
    register_error_handlers(app)
    app.include_router(health.router)
{% if api %}
    app.include_router(api_router, prefix="/api/v1")
{% else %}
    app.include_router(items.router)
{% endif %}
{% if prometheus %}
    metrics.install(app)
{% endif %}
{% if graphql %}
    app.include_router(graphql.router)
{% endif %}
{% if websockets %}
    app.include_router(ws.router)
{% endif %}
    return app


app = create_app()
