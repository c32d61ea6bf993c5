def configure(app, *, **options):
    return app
