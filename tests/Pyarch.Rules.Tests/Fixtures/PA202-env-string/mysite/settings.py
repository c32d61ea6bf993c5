import os

DEBUG = os.environ.get("DJANGO_DEBUG", "")  # expect: PA202 "once `DJANGO_DEBUG` is set"
