import os
from os import environ, getenv

import environ as django_environ
from decouple import config

env = django_environ.Env()

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = env.bool("DEBUG", default=False)
STRIPE_API_KEY = os.environ["STRIPE_API_KEY"]  # expect: PA207 "`STRIPE_API_KEY` is read here"
MAILGUN_KEY = getenv("MAILGUN_KEY")  # expect: PA207 "MAILGUN_KEY"
SENTRY_RELEASE = config("SENTRY_RELEASE", default="dev")  # expect: PA207
STRIPE_AGAIN = environ.get("STRIPE_API_KEY")
PORT = int(os.environ.get("PORT", "8000"))
WORKERS = os.environ.get("GUNICORN_WORKERS", "2")
if "FEATURE_FLAGS" in os.environ:
    FLAGS = env("FEATURE_FLAGS")
CACHE_TTL = env.int("CACHE_TTL", default=60)
name = "NOT_AN_ENV_READ"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
