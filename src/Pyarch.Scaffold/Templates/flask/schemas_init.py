"""marshmallow schemas for request validation and response shaping."""
