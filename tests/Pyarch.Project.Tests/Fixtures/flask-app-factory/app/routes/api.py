from flask import Blueprint
from flask_restx import Api, Resource

api_bp = Blueprint("api", __name__)
api = Api(api_bp, title="Shop API")


@api.route("/items")
class Items(Resource):
    def get(self):
        return []
