import os


class Settings:
    PROJECT_NAME = os.environ.get("PROJECT_NAME", "orders")
    API_V1_STR = "/api/v1"
    DATABASE_URL = os.environ.get("DATABASE_URL", "postgres://orders@db/orders")


settings = Settings()
