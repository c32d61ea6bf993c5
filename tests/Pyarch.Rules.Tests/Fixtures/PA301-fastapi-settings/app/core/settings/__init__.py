from app.core.settings.base import AppEnvTypes, BaseAppSettings
from app.core.settings.production import ProdAppSettings


def get_app_settings() -> BaseAppSettings:
    return ProdAppSettings()
