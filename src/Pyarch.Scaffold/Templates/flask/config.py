"""Configuration classes, filled from environment variables (see .env.example).

APP_ENV picks the class: development, production (the default) or testing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Type

from app.utils.env import env_bool, env_float, env_str, resolve_sqlite_url

BASE_DIR = Path(__file__).resolve().parent


class Config:
    DEBUG: bool = env_bool("DEBUG", False)
    TESTING: bool = False
    LOG_LEVEL: str = env_str("LOG_LEVEL", "INFO")
    DATABASE_URL: str = resolve_sqlite_url(env_str("DATABASE_URL", "sqlite:///db.sqlite3"), BASE_DIR)
    SQLALCHEMY_DATABASE_URI: str = DATABASE_URL
    SQLALCHEMY_TRACK_MODIFICATIONS: bool = False
{% if celery %}
    CELERY_BROKER_URL: str = env_str("CELERY_BROKER_URL", "redis://localhost:6379/0")
    CELERY_TASK_ALWAYS_EAGER: bool = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
{% endif %}
{% if rq %}
    REDIS_URL: str = env_str("REDIS_URL", "redis://localhost:6379/0")
{% endif %}
{% if redis_cache %}
    CACHE_URL: str = env_str("CACHE_URL", "")
{% endif %}
{% if sentry %}
    SENTRY_DSN: str = env_str("SENTRY_DSN", "")
    SENTRY_TRACES_SAMPLE_RATE: float = env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0)
{% endif %}


class DevelopmentConfig(Config):
    DEBUG = True


class ProductionConfig(Config):
    DEBUG = False


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"


CONFIGS: Dict[str, Type[Config]] = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
    "testing": TestingConfig,
}


def get_config() -> Type[Config]:
    name = env_str("APP_ENV", "production")
    if name not in CONFIGS:
        raise ValueError(f"APP_ENV must be one of {sorted(CONFIGS)}, got {name!r}")
    return CONFIGS[name]


settings = get_config()
