from django.http import HttpRequest, JsonResponse
{% if monolith %}
from django.shortcuts import render
from django.http import HttpResponse

from apps.products import services as product_services
{% endif %}


def health(request: HttpRequest) -> JsonResponse:
    """Liveness probe for load balancers and orchestrators."""
    return JsonResponse({"status": "ok"})
{% if monolith %}


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html", {"products": product_services.list_products()})
{% endif %}
