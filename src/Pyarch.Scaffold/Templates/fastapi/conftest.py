"""Tests run against an in-memory database: no environment or server is needed."""
from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from {{ deps_module }} import get_db
{{ alembic_metadata_import }}
from app.main import app


@pytest.fixture()
def client() -> Iterator[TestClient]:
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    {{ alembic_metadata }}.create_all(engine)
    testing_session = sessionmaker(bind=engine, autoflush=False)

    def override_get_db() -> Iterator:
        session = testing_session()
        try:
            yield session
        finally:
            session.close()

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()
    engine.dispose()
