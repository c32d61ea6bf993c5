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


LOCAL_DEBUG = os.environ.get("FLASK_DEBUG", True)


def serve_from_environment():
    # expect: PA311 "is true while `FLASK_DEBUG` is unset"
    app.run(debug=LOCAL_DEBUG)
    app.run(debug=os.getenv("FLASK_DEBUG", "1"))  # expect: PA311 "while `FLASK_DEBUG` is unset"
    app.run(debug=os.getenv("FLASK_DEBUG"))
    app.run(debug=os.environ.get("FLASK_DEBUG", False))
    verbose = True
    app.run(debug=verbose)  # expect: PA311 "`debug=verbose`"


def serve_with_a_reassigned_flag(flag):
    debug = False
    if flag:
        debug = True
    app.run(debug=debug)
