from django.http import JsonResponse
from django.urls import path


def index(request):
    return JsonResponse({"questions": []})


urlpatterns = [path("", index)]
