import os
from pathlib import Path

import requests
from flask import Flask, abort, redirect, request, send_file, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = Path("/srv/uploads")


@app.route("/download")
def download():
    name = request.args["name"]
    return send_file(f"uploads/{name}")  # expect: 22 PA324 "Data from `request.args` reaches `flask.send_file` (path traversal)"


@app.route("/read")
def read():
    path = os.path.join("/srv/reports", request.args.get("report", "index.txt"))
    with open(path) as handle:  # expect: PA324 "reaches `open`"
        return handle.read()


@app.route("/safe-download")
def safe_download():
    return send_from_directory("uploads", request.args["name"])


@app.route("/upload", methods=["POST"])
def upload():
    uploaded = request.files["file"]
    filename = secure_filename(uploaded.filename)
    with open(os.path.join("/srv/uploads", filename), "wb") as handle:
        handle.write(uploaded.read())
    return {"ok": True}


@app.route("/resolved")
def resolved():
    target = (UPLOADS / request.args["name"]).resolve()
    if not target.is_relative_to(UPLOADS):
        return {"error": "not found"}, 404
    return send_file(target)


@app.route("/resolved-or-abort")
def resolved_or_abort():
    target = (UPLOADS / request.args["name"]).resolve()
    if not target.is_relative_to(UPLOADS):
        abort(404)
    return send_file(target)


@app.route("/resolved-and-logged")
def resolved_and_logged():
    target = (UPLOADS / request.args["name"]).resolve()
    if not target.is_relative_to(UPLOADS):
        app.logger.warning("outside uploads: %s", target)
    return send_file(target)  # expect: PA324 "path traversal"


@app.route("/login")
def login():
    next_url = request.args.get("next")
    return redirect(next_url)  # expect: PA324 "(open redirect)"


@app.route("/logout")
def logout():
    target = request.args.get("next", "/")
    if target.startswith("/"):
        # "//evil.example" also starts with a slash: this is no check.
        return redirect(target)  # expect: PA324 "open redirect"
    return redirect(url_for("index", next=target))


@app.route("/item")
def item():
    return redirect(f"/items/{request.args['id']}")


@app.route("/preview")
def preview():
    url = request.json["url"]
    return requests.get(url, timeout=5).text  # expect: PA324 "reaches `requests.get` (server-side request forgery)"


@app.route("/user")
def user():
    user_id = request.args["id"]
    return requests.get(f"https://api.example.com/users/{user_id}", timeout=5).json()


@app.route("/page")
def page():
    page_number = int(request.args.get("page", "1"))
    return requests.get("https://api.example.com/items", params={"page": page_number}, timeout=5).json()


@app.route("/proxy")
def proxy():
    host = request.headers["X-Upstream"]
    return requests.get(f"https://{host}/status", timeout=5).text  # expect: PA324 "request.headers"


@app.route("/static-report")
def static_report():
    # Nothing from the request reaches the path.
    with open("/srv/reports/summary.txt") as handle:
        return handle.read()
