"""Settings from environment variables (see .env.example)."""
from __future__ import annotations

from pathlib import Path

from src.env import env_int, env_str

BASE_DIR = Path(__file__).resolve().parent.parent


class Settings:
    def __init__(self) -> None:
        self.LOG_LEVEL: str = env_str("LOG_LEVEL", "INFO")
        self.DATA_DIR: Path = BASE_DIR / env_str("DATA_DIR", "data")
        self.RANDOM_SEED: int = env_int("RANDOM_SEED", 42)

    @property
    def raw_dir(self) -> Path:
        return self.DATA_DIR / "raw"

    @property
    def processed_dir(self) -> Path:
        return self.DATA_DIR / "processed"

    @property
    def models_dir(self) -> Path:
        return self.DATA_DIR / "models"


settings = Settings()
