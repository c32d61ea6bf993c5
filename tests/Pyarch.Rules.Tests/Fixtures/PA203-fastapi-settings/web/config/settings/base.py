# A Django site beside the FastAPI service: its settings, not the service's, are Django's.
SECRET_KEY = "django-insecure-3k9x!f0q2w8e7r6t5y4u1i0o9p8a7s6d5"  # expect: PA203 "`SECRET_KEY`"
DEBUG = False
ALLOWED_HOSTS = ["web.example.com"]
