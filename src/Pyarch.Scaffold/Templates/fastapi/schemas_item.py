"""Request and response bodies. Pydantic validates input before any service runs."""
from __future__ import annotations

from pydantic import BaseModel, Field


class ItemCreate(BaseModel):
    name: str = Field(..., min_length=1, max_length=100)
    price_cents: int = Field(..., ge=0)


class ItemRead(BaseModel):
    id: int
    name: str
    price_cents: int
