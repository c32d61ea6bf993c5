import os

INSTALLED_APPS = ["django.contrib.auth", "django.contrib.sessions"]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]
SESSION_COOKIE_SECURE = os.environ.get("COOKIE_SECURE", "") == "1"  # expect: PA307 "`SESSION_COOKIE_SECURE` is not set while sessions are in use"
SESSION_COOKIE_HTTPONLY = False  # expect: PA307 "SESSION_COOKIE_HTTPONLY"
