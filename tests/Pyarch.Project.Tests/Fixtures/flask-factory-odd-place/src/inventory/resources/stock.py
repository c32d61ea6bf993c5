from cerberus import Validator
from flasgger import swag_from
from flask_restful import Resource
from loguru import logger
from passlib.hash import pbkdf2_sha256
from pythonjsonlogger import jsonlogger

schema = {"quantity": {"type": "integer", "min": 0}}


class StockResource(Resource):
    @swag_from("stock.yml")
    def get(self, item_id):
        logger.info("stock lookup {}", item_id)
        return {"id": item_id}
