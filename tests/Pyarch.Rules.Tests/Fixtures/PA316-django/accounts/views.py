import json

from django.http import JsonResponse
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .forms import BioForm
from .models import Profile
from .serializers import ProfileSerializer


def update_profile(request):
    Profile.objects.filter(user=request.user).update(**request.POST.dict())  # expect: PA316 "request.POST"
    return JsonResponse({"ok": True})


def create_from_body(request):
    data = json.loads(request.body)
    profile = Profile.objects.create(**data)  # expect: PA316 "Data from `request.body` reaches `Profile.objects.create`"
    return JsonResponse({"id": profile.pk})


def edit_bio(request):
    form = BioForm(request.POST)
    if form.is_valid():
        Profile.objects.filter(user=request.user).update(**form.cleaned_data)
    return JsonResponse({"ok": True})


@api_view(["POST"])
def api_create(request):
    Profile.objects.get_or_create(user=request.user, defaults=request.data)  # expect: PA316 "request.data"
    return Response(status=201)


@api_view(["POST"])
def api_create_validated(request):
    serializer = ProfileSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    Profile.objects.create(**serializer.validated_data)
    return Response(status=201)
