import os

import environ

env = environ.Env(DEBUG=(bool, False))

SECRET_KEY = "django-insecure-base-key"
DEBUG = env("DEBUG")
ALLOWED_HOSTS = []

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.sessions",
]

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
SECRET_KEY_FALLBACKS = ["k" * 3, *["old"]]
