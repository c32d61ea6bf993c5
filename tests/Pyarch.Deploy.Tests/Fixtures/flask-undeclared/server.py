"""Elastic Beanstalk style: the WSGI object is `application` in server.py; nothing declares a server."""
from flask import Flask

application = Flask(__name__)


@application.route("/")
def index():
    return "<h1>status page</h1>"


@application.route("/ping")
def ping():
    return {"status": "ok"}
