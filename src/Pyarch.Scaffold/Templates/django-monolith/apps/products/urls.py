from django.urls import path

from apps.products import views

urlpatterns = [
    path("", views.ProductListView.as_view(), name="product-list"),
]
