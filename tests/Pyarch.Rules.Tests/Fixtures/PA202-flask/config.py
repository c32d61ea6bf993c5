import os


class Config:
    DEBUG = False


class DevelopmentConfig(Config):
    DEBUG = True


class ProductionConfig(Config):
    DEBUG = os.environ.get("FLASK_DEBUG", "1") == "1"  # expect: PA202 "while `FLASK_DEBUG` is unset"
