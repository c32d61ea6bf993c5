"""Domain errors and the handlers that turn every error into JSON: {"error": {"code", "message"}}."""
from __future__ import annotations

import logging
from typing import Any, Optional

from django.http import HttpRequest, JsonResponse
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger(__name__)


class NotFoundError(LookupError):
    """Raised by services when a requested object does not exist."""


class ConflictError(ValueError):
    """Raised by services when a request would break a uniqueness rule."""


def _body(code: str, message: str, details: Optional[Any] = None) -> dict:
    body: dict = {"error": {"code": code, "message": message}}
    if details is not None:
        body["error"]["details"] = details
    return body


def api_exception_handler(exc: Exception, context: dict) -> Optional[Response]:
    """REST_FRAMEWORK's EXCEPTION_HANDLER: services raise plain exceptions, views stay thin."""
    if isinstance(exc, NotFoundError):
        return Response(_body("not_found", str(exc)), status=404)
    if isinstance(exc, ConflictError):
        return Response(_body("conflict", str(exc)), status=409)
    if isinstance(exc, ValueError):
        return Response(_body("bad_request", str(exc)), status=400)
    response = exception_handler(exc, context)
    if response is None:
        return None
    code = getattr(exc, "default_code", "error")
    if code == "invalid":
        code = "validation_error"
    response.data = _body(code, "the request is invalid" if code == "validation_error" else str(exc), response.data)
    return response


def not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    return JsonResponse(_body("not_found", f"no page at {request.path}"), status=404)


def server_error(request: HttpRequest) -> JsonResponse:
    logger.error("unhandled error on %s %s", request.method, request.path)
    return JsonResponse(_body("internal_error", "an unexpected error occurred"), status=500)
