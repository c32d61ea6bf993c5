"""Version 1 of the API. A breaking change goes into app/api/v2 while v1 keeps working."""
from flask import Blueprint

from app.api.v1.endpoints import items

api_router = Blueprint("api_v1", __name__, url_prefix="/api/v1")
api_router.register_blueprint(items.bp)
