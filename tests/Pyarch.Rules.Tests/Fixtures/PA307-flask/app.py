import os

from flask import Flask, make_response

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # expect: PA307 "Flask `SESSION_COOKIE_SECURE` is off"
app.config["SESSION_COOKIE_HTTPONLY"] = os.environ.get("COOKIE_HTTPONLY", "") == "1"  # expect: PA307 "Flask `SESSION_COOKIE_HTTPONLY` is off while `COOKIE_HTTPONLY` is unset"
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"


@app.route("/login")
def login():
    response = make_response("ok")
    response.set_cookie("session_hint", "1")  # expect: PA307 "without `secure=True`, `httponly=True` or a `samesite` value"
    response.set_cookie("theme", "dark", secure=True, httponly=True, samesite="Lax")
    response.set_cookie("lang", "en", secure=True, httponly=False, samesite="Strict")  # expect: PA307 "`response.set_cookie()` sets a cookie without `httponly=True`"
    response.set_cookie("seen", "1", None, None, "/", None, True, True, "Lax")
    flags = {"secure": True, "httponly": True, "samesite": "Lax"}
    response.set_cookie("token", "x", **flags)
    secure = app.config["SESSION_COOKIE_SECURE"]
    response.set_cookie("remember", "1", secure=secure, httponly=True, samesite="Lax")
    response.delete_cookie("old")
    return response
