"""Per-request resources for the v1 endpoints."""
from __future__ import annotations

from typing import Optional

from flask import current_app, g
from sqlalchemy.orm import Session


def get_db() -> Session:
    """One session per request, created on first use and closed by close_db at teardown."""
    if "db" not in g:
        g.db = current_app.extensions["session_factory"]()
    return g.db


def close_db(error: Optional[BaseException] = None) -> None:
    session = g.pop("db", None)
    if session is not None:
        session.close()
