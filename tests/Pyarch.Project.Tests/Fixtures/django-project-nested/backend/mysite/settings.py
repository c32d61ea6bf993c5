from decouple import config

SECRET_KEY = config("SECRET_KEY")
DEBUG = config("DEBUG", default=False, cast=bool)

INSTALLED_APPS = (
    "django.contrib.admin",
    "django.contrib.auth",
    "polls.apps.PollsConfig",
    "ninja",
    "drf_yasg",
)

MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]

DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"},
    "legacy": {"ENGINE": "django.db.backends.mysql", "NAME": "legacy"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "127.0.0.1:11211",
    }
}
