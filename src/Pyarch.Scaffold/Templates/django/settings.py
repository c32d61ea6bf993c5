{% if monolith %}
"""Django settings shared by every environment; dev.py, prod.py and test.py extend them.
{% else %}
"""Django settings.
{% endif %}

Every value that differs between deployments comes from an environment variable; see .env.example.
"""
from pathlib import Path

from {{ package }}.env import database_from_url, env_bool, env_float, env_int, env_list, env_str
from {{ package }}.logging_config import configure_logging

BASE_DIR = Path(__file__).resolve().parents[{{ django_base_depth }}]

DEBUG = env_bool("DEBUG", False)
# Django refuses to start with an empty key, so production must provide one.
SECRET_KEY = env_str("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
{% if monolith %}
    "apps.users",
    "apps.products",
    "apps.orders",
{% else %}
    "items",
{% endif %}
]

MIDDLEWARE = [
{% if prometheus %}
    "{{ package }}.metrics.PrometheusMiddleware",
{% endif %}
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "{{ package }}.urls"
WSGI_APPLICATION = "{{ package }}.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
{% if monolith %}
        "DIRS": [BASE_DIR / "templates"],
{% else %}
        "DIRS": [],
{% endif %}
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database_from_url(env_str("DATABASE_URL", "sqlite:///db.sqlite3"), BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
{% if monolith %}
STATICFILES_DIRS = [BASE_DIR / "static"]
{% endif %}

# Security: strict unless DEBUG; the load balancer's health check may use plain HTTP.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^health$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = 0 if DEBUG else 3600
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

REST_FRAMEWORK = {
    "EXCEPTION_HANDLER": "{{ package }}.errors.api_exception_handler",
}

# Logging is configured once, here, to stdout; Django's own dictConfig step is skipped.
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING_CONFIG = None
configure_logging(LOG_LEVEL)
{% if redis_cache %}

# Django's cache framework: Redis (Django 4.0+) when CACHE_URL is set, process memory otherwise.
CACHE_URL = env_str("CACHE_URL", "")
if CACHE_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
{% endif %}
{% if rq %}

REDIS_URL = env_str("REDIS_URL", "redis://localhost:6379/0")
{% endif %}
{% if celery %}

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "redis://localhost:6379/0")
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
{% endif %}
{% if sentry %}

SENTRY_DSN = env_str("SENTRY_DSN", "")
SENTRY_TRACES_SAMPLE_RATE = env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0)
{% endif %}
