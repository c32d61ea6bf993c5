import os
from os import environ

SECRET_KEY = os.environ["SECRET_KEY"]
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"  # expect: PA210 "os.environ"
environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "1")  # expect: PA210 "os.environ.setdefault"
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = ""
unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
settings = {}
settings["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
