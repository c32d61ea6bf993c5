from django.urls import path

from apps.orders import views

urlpatterns = [
    path("", views.OrderCreateView.as_view(), name="order-create"),
]
