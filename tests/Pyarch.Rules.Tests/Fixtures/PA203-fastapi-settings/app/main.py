from fastapi import FastAPI

from app.core.settings import get_app_settings

settings = get_app_settings()
app = FastAPI(debug=settings.debug)
