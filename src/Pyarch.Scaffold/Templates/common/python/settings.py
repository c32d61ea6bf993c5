"""Application settings, read once from environment variables (see .env.example).

Plain attributes rather than pydantic-settings: the same code runs on Pydantic 1 and 2.
"""
from __future__ import annotations

from pathlib import Path
from typing import List

from {{ env_module }} import env_bool, env_float, env_int, env_list, env_str, resolve_sqlite_url

BASE_DIR = Path(__file__).resolve().parents[{{ settings_depth }}]


class Settings:
    def __init__(self) -> None:
        self.PROJECT_NAME: str = "{{ project_name }}"
        self.DEBUG: bool = env_bool("DEBUG", False)
        self.LOG_LEVEL: str = env_str("LOG_LEVEL", "INFO")
        self.DATABASE_URL: str = resolve_sqlite_url(env_str("DATABASE_URL", "sqlite:///db.sqlite3"), BASE_DIR)
{% if fastapi %}
        self.CORS_ORIGINS: List[str] = env_list("CORS_ORIGINS")
{% endif %}
{% if api %}
        # Empty means token signing is unavailable; app.core.security refuses to sign with no key.
        self.SECRET_KEY: str = env_str("SECRET_KEY", "")
        self.ACCESS_TOKEN_EXPIRE_MINUTES: int = env_int("ACCESS_TOKEN_EXPIRE_MINUTES", 60)
{% endif %}
{% if celery %}
        self.CELERY_BROKER_URL: str = env_str("CELERY_BROKER_URL", "redis://localhost:6379/0")
        self.CELERY_TASK_ALWAYS_EAGER: bool = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
{% endif %}
{% if rq %}
        self.REDIS_URL: str = env_str("REDIS_URL", "redis://localhost:6379/0")
{% endif %}
{% if redis_cache %}
        self.CACHE_URL: str = env_str("CACHE_URL", "")
{% endif %}
{% if sentry %}
        self.SENTRY_DSN: str = env_str("SENTRY_DSN", "")
        self.SENTRY_TRACES_SAMPLE_RATE: float = env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0)
{% endif %}


settings = Settings()
