import factory
import pytest
from faker import Faker

from .models import Order


class OrderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Order


@pytest.mark.django_db
def test_total():
    assert Faker().pyint() >= 0
