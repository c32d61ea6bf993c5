"""GraphQL over HTTP: POST /graphql with {"query": ..., "variables": ...}."""
from __future__ import annotations

from typing import Any, Dict

from flask import Blueprint, request

from {{ graphql_module }} import execute

bp = Blueprint("graphql", __name__)


@bp.post("/graphql")
def graphql() -> Dict[str, Any]:
    payload = request.get_json(silent=True) or {}
    query = payload.get("query")
    variables = payload.get("variables")
    if not isinstance(query, str) or not query.strip():
        raise ValueError("a GraphQL query is required")
    if variables is not None and not isinstance(variables, dict):
        raise ValueError("variables must be an object")
    return execute(query, variables)
