import os

from flask import Flask, jsonify

from tasks import send_report

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]


@app.post("/reports")
def reports():
    send_report.delay()
    return jsonify(queued=True), 202


@app.get("/health")
def health():
    return jsonify(status="ok")
