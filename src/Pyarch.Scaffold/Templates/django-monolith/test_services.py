"""Unit tests of the services of each app (pytest-django gives each test a fresh database)."""
import pytest

from apps.orders.services import place_order
from apps.products.services import create_product, list_products
from apps.users.services import register_user
from {{ package }}.errors import ConflictError, NotFoundError

pytestmark = pytest.mark.django_db


def test_product_names_are_unique_after_normalizing() -> None:
    create_product("Blue  mug", 1250)

    with pytest.raises(ConflictError):
        create_product(" Blue mug ", 990)


def test_inactive_products_are_not_listed() -> None:
    create_product("Blue mug", 1250)
    hidden = create_product("Old mug", 500)
    hidden.is_active = False
    hidden.save()

    assert [product.name for product in list_products()] == ["Blue mug"]


def test_order_total_is_price_times_quantity() -> None:
    product = create_product("Blue mug", 1250)

    order = place_order(product.pk, 3)

    assert order.total_cents == 3750


def test_ordering_an_unknown_product_fails() -> None:
    with pytest.raises(NotFoundError):
        place_order(404, 1)


def test_registration_rejects_weak_passwords_and_taken_names() -> None:
    register_user("ada", "ada@example.com", "a-long-passphrase-42")

    with pytest.raises(ConflictError):
        register_user("ada", "other@example.com", "a-long-passphrase-42")
    with pytest.raises(ValueError):
        register_user("grace", "grace@example.com", "12345678")
