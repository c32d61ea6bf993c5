"""Every error leaves the API as JSON: {"error": {"code": ..., "message": ...}}."""
from __future__ import annotations

import logging
from typing import Any, Optional, Tuple

from flask import Flask, Response, jsonify
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

from app.services.items import DuplicateItemError, ItemNotFoundError

logger = logging.getLogger(__name__)


def error_response(status: int, code: str, message: str, details: Optional[Any] = None) -> Tuple[Response, int]:
    body: dict = {"error": {"code": code, "message": message}}
    if details is not None:
        body["error"]["details"] = details
    return jsonify(body), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ValidationError)
    def invalid(error: ValidationError) -> Tuple[Response, int]:
        return error_response(422, "validation_error", "the request is invalid", error.messages)

    @app.errorhandler(ItemNotFoundError)
    def not_found(error: ItemNotFoundError) -> Tuple[Response, int]:
        return error_response(404, "not_found", str(error))

    @app.errorhandler(DuplicateItemError)
    def conflict(error: DuplicateItemError) -> Tuple[Response, int]:
        return error_response(409, "conflict", str(error))

    @app.errorhandler(ValueError)
    def bad_request(error: ValueError) -> Tuple[Response, int]:
        return error_response(400, "bad_request", str(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Tuple[Response, int]:
        return error_response(error.code or 500, "http_error", error.description or error.name)

    @app.errorhandler(Exception)
    def unexpected(error: Exception) -> Tuple[Response, int]:
        logger.exception("unhandled error")
        return error_response(500, "internal_error", "an unexpected error occurred")
