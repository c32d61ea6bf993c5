from django.http import HttpResponse


def remember_cart(request):
    response = HttpResponse("saved")
    response.set_signed_cookie("cart", request.session.session_key, secure=True, httponly=True)  # expect: PA307 "without a `samesite` value"
    response.set_cookie("currency", "EUR", secure=True, httponly=True, samesite=None)  # expect: PA307 "without a `samesite` value"
    response.set_cookie("consent", "yes", secure=True, httponly=True, samesite="Strict")
    return response
