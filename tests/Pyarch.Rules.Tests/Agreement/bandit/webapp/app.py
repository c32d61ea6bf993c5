"""A small Flask service: status pages, an import endpoint and a diagnostics page."""
import os
import subprocess

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(status="ok")


@app.post("/import")
def import_config():
    document = yaml.load(request.get_data())
    trusted = yaml.load(request.get_data(), Loader=yaml.SafeLoader)
    return jsonify(keys=sorted(document) + sorted(trusted))


@app.get("/diagnostics")
def diagnostics():
    host = request.args.get("host", "localhost")
    trace = subprocess.check_output(f"traceroute -m 5 {host}", shell=True)
    disk = subprocess.check_output("df -h /", shell=True)
    files = subprocess.run(["/bin/ls", "-l", "/srv/data"], capture_output=True, check=True)
    return jsonify(trace=trace.decode(), disk=disk.decode(), files=files.stdout.decode())


def rotate_logs(directory):
    subprocess.Popen(
        "gzip " + directory + "/*.log",
        shell=True,
    ).wait()


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")), debug=True)
