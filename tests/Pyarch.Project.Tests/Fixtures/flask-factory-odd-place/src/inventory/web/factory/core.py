"""The application factory lives here for historical reasons."""
import flask
from flask_restful import Api
from flask_security import Security, SQLAlchemyUserDatastore
from flask_socketio import SocketIO

from ..extensions import mongo
from ...resources.stock import StockResource

socketio = SocketIO()


def create_app(settings=None):
    application = flask.Flask("inventory")
    if settings:
        application.config.update(settings)
    api = Api(application)
    api.add_resource(StockResource, "/stock/<int:item_id>")
    socketio.init_app(application)
    Security(application)
    mongo.init_app(application)
    return application
