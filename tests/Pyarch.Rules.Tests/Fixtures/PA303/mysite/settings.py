from decouple import config

MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECURE_CONTENT_TYPE_NOSNIFF = config("NOSNIFF", default=False, cast=bool)  # expect: PA303 "`SECURE_CONTENT_TYPE_NOSNIFF` is not `True`"
