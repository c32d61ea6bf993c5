INSTALLED_APPS = ["django.contrib.admin"]
