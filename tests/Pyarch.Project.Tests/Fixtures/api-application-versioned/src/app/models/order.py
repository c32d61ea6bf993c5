from tortoise import fields
from tortoise.models import Model


class Order(Model):
    id = fields.IntField(pk=True)
    total = fields.DecimalField(max_digits=10, decimal_places=2)
