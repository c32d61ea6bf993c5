from django.urls import path

from apps.users import views

urlpatterns = [
    path("", views.RegistrationView.as_view(), name="user-register"),
]
