"""The declarative base every model inherits; Alembic reads its metadata."""
from sqlalchemy.orm import declarative_base

Base = declarative_base()
