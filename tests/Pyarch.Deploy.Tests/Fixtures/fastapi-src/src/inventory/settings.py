from pydantic import BaseSettings


class Settings(BaseSettings):
    database_url: str = "sqlite:///inventory.sqlite3"
    api_token: str
    page_size: int = 50

    class Config:
        env_prefix = "INVENTORY_"


settings = Settings()
