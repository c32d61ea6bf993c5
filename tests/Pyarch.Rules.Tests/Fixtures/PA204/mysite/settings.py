import environ

env = environ.Env()
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])  # expect: PA204 "`ALLOWED_HOSTS` is empty"
