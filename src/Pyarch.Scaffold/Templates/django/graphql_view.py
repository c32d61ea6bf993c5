"""GraphQL over HTTP: POST /graphql with {"query": ..., "variables": ...}."""
from __future__ import annotations

import json

from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from {{ graphql_module }} import execute


@csrf_exempt  # a JSON API authenticated by tokens, not cookies
@require_POST
def graphql(request: HttpRequest) -> JsonResponse:
    try:
        payload = json.loads(request.body or b"{}")
    except ValueError:
        payload = {}
    query = payload.get("query") if isinstance(payload, dict) else None
    variables = payload.get("variables") if isinstance(payload, dict) else None
    if not isinstance(query, str) or not query.strip():
        return JsonResponse({"error": {"code": "bad_request", "message": "a GraphQL query is required"}}, status=400)
    if variables is not None and not isinstance(variables, dict):
        return JsonResponse({"error": {"code": "bad_request", "message": "variables must be an object"}}, status=400)
    return JsonResponse(execute(query, variables))
