import os

from flask import Flask

DEBUG = True
QUIET = False

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"


def serve_for_development():
    app.run(debug=True)  # expect: 13 PA311 "Werkzeug debugger"
    app.run(debug=DEBUG)  # expect: PA311
    app.run(debug=QUIET)
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
    app.run(host="127.0.0.1")


# expect: PA311 "app.debug = True"
app.debug = True
app.debug = False
