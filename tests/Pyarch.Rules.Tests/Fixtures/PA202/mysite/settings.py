import environ

env = environ.Env(DJANGO_DEBUG=(bool, True))
DEBUG = env("DJANGO_DEBUG")  # expect: PA202 "`DEBUG` is on"
