{% if monolith %}
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from apps.products import services as product_services
{% else %}
from django.http import HttpRequest, JsonResponse
{% endif %}


def health(request: HttpRequest) -> JsonResponse:
    """Liveness probe for load balancers and orchestrators."""
    return JsonResponse({"status": "ok"})
{% if monolith %}


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"products": product_services.list_products()})
{% endif %}
