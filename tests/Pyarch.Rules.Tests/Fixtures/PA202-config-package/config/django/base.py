# Settings split the HackSoft way: config/django/base.py holds what every environment shares.
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DEBUG = True  # expect: PA202 "`DEBUG` is on"
INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions"]
MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
ROOT_URLCONF = "config.urls"
