from enum import Enum

from pydantic import BaseSettings


class AppEnvTypes(Enum):
    prod = "prod"
    dev = "dev"


class BaseAppSettings(BaseSettings):
    app_env: AppEnvTypes = AppEnvTypes.prod
    debug: bool = False
    secret_key: str = ""
    allowed_hosts: list = ["*"]

    class Config:
        env_file = ".env"
