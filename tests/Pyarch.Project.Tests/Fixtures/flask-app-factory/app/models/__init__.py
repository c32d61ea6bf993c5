from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app import db


class Item(db.Model):
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
