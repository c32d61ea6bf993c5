from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="shop_")

    debug: bool = False
    database_url: str
    workers: int | None = 4
    api_key: str = Field(default="", alias="PAYMENTS_API_KEY")
