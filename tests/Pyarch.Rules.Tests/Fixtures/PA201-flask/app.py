import os

from flask import Flask

app = Flask(__name__)
app.config["TESTING"] = os.environ.get("FLASK_TESTING")  # expect: PA201 "FLASK_TESTING"
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")
