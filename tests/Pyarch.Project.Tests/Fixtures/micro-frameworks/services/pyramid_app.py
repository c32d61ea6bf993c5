from pyramid.config import Configurator

with Configurator() as config:
    application = config.make_wsgi_app()
