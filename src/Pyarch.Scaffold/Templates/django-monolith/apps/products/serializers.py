from rest_framework import serializers

from apps.products.models import Product


class ProductCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=100)
    price_cents = serializers.IntegerField(min_value=0)


class ProductSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = ["id", "name", "price_cents", "is_active"]
