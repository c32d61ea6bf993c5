INSTALLED_APPS = ["django.contrib.sessions"]
MIDDLEWARE = []
