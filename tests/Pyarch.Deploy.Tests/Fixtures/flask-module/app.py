"""A one-file Flask service, as many start: the README says `flask run`, the bottom says app.run()."""
import os

from flask import Flask, jsonify

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["GREETING"] = os.getenv("GREETING", "hello")


@app.route("/")
def index():
    return jsonify(message=app.config["GREETING"])


@app.get("/healthz")
def healthz():
    return jsonify(status="ok")


if __name__ == "__main__":
    app.run(debug=True, port=5000)
