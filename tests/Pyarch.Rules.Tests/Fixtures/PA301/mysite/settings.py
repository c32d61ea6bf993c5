SECRET_KEY = "x"
MIDDLEWARE = [  # expect: PA301 "SecurityMiddleware"
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
# Only the module production runs counts: this list is never the one Django uses.
OTHER_MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
