BASE_MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
MIDDLEWARE = BASE_MIDDLEWARE + [  # expect: PA306
    "django.contrib.sessions.middleware.SessionMiddleware",
]
