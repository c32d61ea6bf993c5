import os

import environ

env = environ.Env()

DEBUG = os.getenv("DJANGO_DEBUG", False)  # expect: PA201 "`DJANGO_DEBUG` unconverted"
SECURE_SSL_REDIRECT = env("SSL_REDIRECT", default=True)  # expect: PA201 "never accepts"
SESSION_COOKIE_SECURE = env.bool("COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = os.environ.get("CSRF_SECURE", "true").lower() in ("1", "true")
SECURE_REFERRER_POLICY = os.environ.get("REFERRER_POLICY", "same-origin")
