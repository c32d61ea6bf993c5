"""Configuration, read once from the environment (twelve-factor style)."""
from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", env_file=".env", extra="ignore")

    database_url: str = "postgresql+asyncpg://shop:shop@localhost:5432/shop"
    debug: bool = False
    page_size: int = 50
    allowed_origins: list[str] = []


@lru_cache
def get_settings() -> Settings:
    return Settings()
