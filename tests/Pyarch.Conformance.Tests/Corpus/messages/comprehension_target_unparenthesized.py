pairs = [key, value for key, value in settings.items()]
