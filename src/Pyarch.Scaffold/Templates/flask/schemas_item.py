"""Request and response shapes. marshmallow validates input before any service runs."""
from marshmallow import Schema, fields, validate


class ItemCreateSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=100))
    price_cents = fields.Integer(required=True, validate=validate.Range(min=0))


class ItemSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String()
    price_cents = fields.Integer()
