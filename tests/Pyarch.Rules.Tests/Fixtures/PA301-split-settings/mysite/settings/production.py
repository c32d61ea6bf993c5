from .base import *

MIDDLEWARE.remove("django.middleware.security.SecurityMiddleware")  # expect: PA301
