# Pydantic settings for production: a FastAPI project's, which Django's settings rules must leave alone.
from app.core.settings.base import BaseAppSettings


class ProdAppSettings(BaseAppSettings):
    class Config(BaseAppSettings.Config):
        env_file = "prod.env"
