from django.urls import path

from items import views

urlpatterns = [
    path("", views.ItemListView.as_view(), name="item-list"),
    path("<int:item_id>/", views.ItemDetailView.as_view(), name="item-detail"),
]
