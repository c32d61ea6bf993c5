from flask import Blueprint, Flask
from flask_cors import CORS, cross_origin

app = Flask(__name__)
CORS(app)  # expect: PA314 "`CORS` allows every origin by default"
CORS(app, origins="*", supports_credentials=True)  # expect: PA314 "`supports_credentials=True`"
CORS(app, origins=["https://app.example.com"], supports_credentials=True)
CORS(app, resources={r"/api/*": {"origins": "*"}})  # expect: PA314
CORS(app, resources={r"/api/*": {"origins": ["https://app.example.com"]}})

api = Blueprint("api", __name__)


@api.route("/public")
@cross_origin()  # expect: PA314 "`cross_origin` allows every origin by default"
def public():
    return {"ok": True}


@api.route("/partner")
@cross_origin(origins=["https://partner.example.com"])
def partner():
    return {"ok": True}
