"""Tests run against an in-memory database: no environment or server is needed."""
from __future__ import annotations

from typing import Iterator

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from app.db.base import Base
from app.main import create_app


@pytest.fixture()
def client() -> Iterator[FlaskClient]:
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    Base.metadata.create_all(engine)
    app = create_app(session_factory=sessionmaker(bind=engine, autoflush=False))
    app.config["TESTING"] = True
    yield app.test_client()
    engine.dispose()
