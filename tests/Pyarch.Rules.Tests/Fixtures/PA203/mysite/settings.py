import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-a8#k2!x0p^w7z@q5m3n9v1c4b6t8y0u2i4o6p8a0s2d4f6")  # expect: PA203 "placeholder"
SECRET_KEY_FALLBACKS = [
    os.environ["OLD_SECRET_KEY"],
    "short",  # expect: PA203 "`SECRET_KEY_FALLBACKS[1]` has 5 characters"
]
