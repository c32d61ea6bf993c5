import os

SECRET_KEY = os.environ.get("SHOP_SECRET_KEY", "insecure-dev-key")
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///shop.sqlite3")
ITEMS_PER_PAGE = int(os.environ.get("ITEMS_PER_PAGE", "20"))
