from flask import Flask
from flask_restful import Api

from app.resources import Orders


def create_app():  # expect: PA315 "The Flask API `create_app()` has no rate limiting"
    app = Flask(__name__)
    api = Api(app)
    api.add_resource(Orders, "/orders")
    return app
