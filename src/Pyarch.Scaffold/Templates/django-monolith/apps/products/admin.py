from django.contrib import admin

from apps.products.models import Product


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("name", "price_cents", "is_active")
    list_filter = ("is_active",)
    search_fields = ("name",)
