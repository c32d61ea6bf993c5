from django.views.decorators.csrf import csrf_exempt

WTF_CSRF_ENABLED = False


@csrf_exempt
def fake_view(request):
    return None
