"""Persistence for items. Models stay lean: rules live in app/services."""
from __future__ import annotations

from sqlalchemy import Column, Integer, String

{{ model_base_import }}


class Item({{ model_base }}):
    __tablename__ = "items"

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False, unique=True)
    price_cents = Column(Integer, nullable=False, default=0)

    def __repr__(self) -> str:
        return f"Item(id={self.id!r}, name={self.name!r})"
