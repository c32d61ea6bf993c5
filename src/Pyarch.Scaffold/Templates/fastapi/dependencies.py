"""Dependencies injected into path operations with Depends()."""
from __future__ import annotations

from typing import Iterator

from sqlalchemy.orm import Session

from {{ session_module }} import SessionLocal


def get_db() -> Iterator[Session]:
    """One session per request, always closed, even when the handler raises."""
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()
