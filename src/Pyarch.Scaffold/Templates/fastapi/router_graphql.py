"""GraphQL over HTTP: POST /graphql with {"query": ..., "variables": ...}."""
from __future__ import annotations

from typing import Any, Dict, Optional

from fastapi import APIRouter
from pydantic import BaseModel, Field

from {{ graphql_module }} import execute

router = APIRouter(tags=["graphql"])


class GraphQLRequest(BaseModel):
    query: str = Field(..., min_length=1)
    variables: Optional[Dict[str, Any]] = None


@router.post("/graphql")
def graphql(payload: GraphQLRequest) -> Dict[str, Any]:
    return execute(payload.query, payload.variables)
