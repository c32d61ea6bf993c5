"""Unit tests of the item services on an in-memory database, without the web layer."""
from typing import Iterator

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

{{ alembic_metadata_import }}
from app.services.items import (
    DuplicateItemError,
    ItemNotFoundError,
    create_item,
    get_item,
    list_items,
)


@pytest.fixture()
def session() -> Iterator[Session]:
    engine = create_engine("sqlite://")
    {{ alembic_metadata }}.create_all(engine)
    factory = sessionmaker(bind=engine)
    with factory() as db_session:
        yield db_session
    engine.dispose()


def test_create_item_normalizes_whitespace(session: Session) -> None:
    item = create_item(session, "  Blue   mug ", 1250)

    assert item.id is not None
    assert item.name == "Blue mug"
    assert item.price_cents == 1250


def test_create_item_rejects_duplicate_names(session: Session) -> None:
    create_item(session, "Blue mug", 1250)

    with pytest.raises(DuplicateItemError):
        create_item(session, "Blue  mug", 990)


def test_list_items_returns_items_in_creation_order(session: Session) -> None:
    create_item(session, "first", 1)
    create_item(session, "second", 2)

    assert [item.name for item in list_items(session)] == ["first", "second"]


def test_get_item_raises_for_unknown_id(session: Session) -> None:
    with pytest.raises(ItemNotFoundError):
        get_item(session, 404)
