import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    WTF_CSRF_ENABLED = True


class ProductionConfig(Config):
    WTF_CSRF_ENABLED = False  # expect: PA310 "WTF_CSRF_ENABLED = False"


class TestingConfig(Config):
    TESTING = True
    WTF_CSRF_ENABLED = False
