from flask import Blueprint, current_app, jsonify

bp = Blueprint("shop", __name__)


@bp.get("/items")
def items():
    return jsonify(items=[], per_page=current_app.config["ITEMS_PER_PAGE"])


@bp.get("/health")
def health():
    return jsonify(status="ok")
