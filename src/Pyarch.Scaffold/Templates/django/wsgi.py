"""WSGI entry point. Production: {{ web_command }}"""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{{ wsgi_settings_module }}")

application = get_wsgi_application()
{% if sentry %}

from {{ monitoring_module }} import init_sentry  # noqa: E402  (needs configured settings)

init_sentry()
{% endif %}
