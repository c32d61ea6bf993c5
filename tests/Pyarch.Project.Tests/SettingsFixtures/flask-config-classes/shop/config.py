import os


class Config:
    DEBUG = os.getenv("FLASK_DEBUG", False)
    TESTING = False
    SESSION_COOKIE_HTTPONLY = True


class ProductionConfig(Config):
    TESTING = os.environ.get("TESTING", "0") == "1"
