import requests


def login(session, password="changeme"):  # expect: PA322 "`password` defaults to a string literal"
    return session.post("/login", data={"password": password})


def logout(session, *, token=None, token_header="Authorization"):
    return session.post("/logout", headers={token_header: token})


def fetch(url):
    # expect: PA322 "`api_key=` is given a string literal"
    return requests.get(url, params={"q": "x"}, api_key="k-12345abcdef")


def check(password):
    if password == "hunter2":  # expect: PA322 "`password` is compared"
        return True
    return password == ""


def unconfigured(settings):
    return settings.SECRET_KEY == "---"


def account_context(ctx, changed):
    if changed:
        ctx["email_password_status"] = "success"
        ctx["token_state"] = "expired"
    ctx["api_token"] = "tk-5f0d9c2b7a61"  # expect: PA322 "`api_token` is assigned"


def client(factory):
    return factory(username="admin", password_env="APP_PASSWORD", secret=None)
