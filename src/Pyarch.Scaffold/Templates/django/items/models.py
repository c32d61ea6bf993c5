from django.db import models


class Item(models.Model):
    """Lean model: rules such as name normalization live in items/services.py."""

    name = models.CharField(max_length=100, unique=True)
    price_cents = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name
