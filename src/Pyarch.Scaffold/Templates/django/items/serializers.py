"""DRF serializers validate input before any service runs."""
from rest_framework import serializers

from items.models import Item


class ItemCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    price_cents = serializers.IntegerField(min_value=0)


class ItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = Item
        fields = ["id", "name", "price_cents"]
