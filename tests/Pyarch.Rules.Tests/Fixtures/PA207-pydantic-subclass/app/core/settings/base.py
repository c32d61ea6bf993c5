from pydantic import BaseSettings


class BaseAppSettings(BaseSettings):
    app_env: str = "prod"  # expect: PA207 "`APP_ENV` is read here"

    class Config:
        env_file = ".env"
