from django.http import JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect


@csrf_exempt  # expect: 2 PA310 "`@csrf_exempt`"
def payment_webhook(request):
    return JsonResponse({"received": True})


@csrf.csrf_exempt  # expect: PA310
def legacy_webhook(request):
    return JsonResponse({"received": True})


@csrf_protect
def update_profile(request):
    return JsonResponse({"ok": True})


@method_decorator(csrf_exempt, name="dispatch")  # expect: 19 PA310
class ApiView(View):
    def post(self, request):
        return JsonResponse({"ok": True})
