from django.http import FileResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


def after_login(request):
    next_url = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return redirect(next_url)
    return redirect("/")


def _allow_redirect(url):
    return url.startswith("/accounts/") and "//" not in url


def after_signup(request):
    # The project's own predicate vets the URL before the redirect.
    next_url = request.GET.get("next")
    if next_url and _allow_redirect(next_url):
        return redirect(next_url)
    return redirect("/")


def after_password_change(request):
    next_url = request.GET.get("next", "/")
    if not _allow_redirect(next_url):
        return redirect("/")
    return redirect(next_url)


def set_language(request):
    # Django's own shape: a check inside a longer test, and a safe value when it fails.
    next_url = request.POST.get("next", request.GET.get("next"))
    if (next_url or request.accepts("text/html")) and not url_has_allowed_host_and_scheme(
        url=next_url, allowed_hosts={request.get_host()}
    ):
        next_url = "/"
    return HttpResponseRedirect(next_url) if next_url else redirect("/")


def after_profile_change(request):
    next_url = request.GET.get("next", "/")
    if not isSafeNext(next_url):
        print("unsafe next", next_url)
    return redirect(next_url)  # expect: PA324 "open redirect"


def after_export(request):
    next_url = request.GET.get("next", "/")
    if is_not_allowed(next_url):
        return redirect(next_url)  # expect: PA324 "open redirect"
    return redirect("/")


def after_logout(request):
    next_url = request.GET.get("next", "/")
    if log_redirect(next_url):
        return redirect(next_url)  # expect: PA324 "open redirect"
    return redirect("/")


def unchecked_login(request):
    return HttpResponseRedirect(request.POST["next"])  # expect: PA324 "Data from `request.POST` reaches `django.http.HttpResponseRedirect`"


def attachment(request):
    name = request.GET["file"]
    return FileResponse(open(f"/srv/files/{name}", "rb"))  # expect: 30 PA324 "reaches `open`"


class ExportView(View):
    def get(self, request):
        fmt = self.request.GET.get("format", "csv")
        return FileResponse(open("/srv/exports/" + fmt, "rb"))  # expect: PA324 "request.GET"


def no_request_data(request):
    return redirect("/dashboard/")
