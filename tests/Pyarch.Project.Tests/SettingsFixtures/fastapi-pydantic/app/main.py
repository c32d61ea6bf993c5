import os

from fastapi import FastAPI

app = FastAPI(debug=os.environ["APP_DEBUG"] == "1")


def log_level():
    return os.getenv("LOG_LEVEL")
