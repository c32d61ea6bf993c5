from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    app_name: str = "catalog"
    database_url: str = "postgresql+asyncpg://catalog@db/catalog"
    cors_origins: list[str] = []


settings = Settings()
