"""URL routes. Errors outside DRF views are answered as JSON by the handlers below."""
from django.contrib import admin
from django.urls import include, path

from {{ package }} import views
{% if prometheus %}
from {{ package }}.metrics import metrics
{% endif %}
{% if graphql %}
from {{ package }}.graphql_view import graphql
{% endif %}

handler404 = "{{ package }}.errors.not_found"
handler500 = "{{ package }}.errors.server_error"

urlpatterns = [
    path("health", views.health, name="health"),
    path("admin/", admin.site.urls),
{% if monolith %}
    path("", views.home, name="home"),
    path("api/users/", include("apps.users.urls")),
    path("api/products/", include("apps.products.urls")),
    path("api/orders/", include("apps.orders.urls")),
{% else %}
    path("api/items/", include("items.urls")),
{% endif %}
{% if prometheus %}
    path("metrics", metrics, name="metrics"),
{% endif %}
{% if graphql %}
    path("graphql", graphql, name="graphql"),
{% endif %}
]
