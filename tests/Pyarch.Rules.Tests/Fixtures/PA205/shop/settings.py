from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True
SECRET_KEY = "django-insecure-0123456789abcdefghijklmnopqrstuvwxyz0123456789"

# expect: PA205 "`if DEBUG:`"
if DEBUG:
    ALLOWED_HOSTS = ["localhost"]
else:
    ALLOWED_HOSTS = ["shop.example.com"]

if not DEBUG:
    SECURE_SSL_REDIRECT = True
