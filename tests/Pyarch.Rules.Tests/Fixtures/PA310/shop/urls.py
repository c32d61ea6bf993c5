from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from . import views

urlpatterns = [
    path("api/", csrf_exempt(views.ApiView.as_view())),  # expect: PA310 "`csrf_exempt(...)`"
    path("profile/", views.update_profile),
]
