from flask import Flask

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False  # expect: PA310
app.config.update(WTF_CSRF_ENABLED=False, SESSION_COOKIE_SECURE=True)  # expect: 36 PA310 "WTF_CSRF_ENABLED=False"
app.config.update({"WTF_CSRF_ENABLED": False})  # expect: PA310

if app.testing:
    app.config["WTF_CSRF_ENABLED"] = False


def create_test_app():
    test_app = Flask(__name__)
    test_app.config["WTF_CSRF_ENABLED"] = False
    return test_app
