from django.contrib import admin

from apps.orders.models import Order


@admin.register(Order)
class OrderAdmin(admin.ModelAdmin):
    list_display = ("product", "quantity", "total_cents", "created_at")
    list_select_related = ("product",)
