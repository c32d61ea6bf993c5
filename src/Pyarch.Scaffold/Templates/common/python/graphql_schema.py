"""The GraphQL schema (graphene). Resolvers call services, like the REST views do."""
from __future__ import annotations

from typing import Optional

import graphene


class Query(graphene.ObjectType):
    hello = graphene.String(name=graphene.String(default_value="world"))

    def resolve_hello(root, info, name: str) -> str:
        return f"Hello, {name}!"


schema = graphene.Schema(query=Query)


def execute(query: str, variables: Optional[dict] = None) -> dict:
    """Run a query and shape the answer as the GraphQL-over-HTTP response body."""
    result = schema.execute(query, variables=variables)
    body: dict = {"data": result.data}
    if result.errors:
        body["errors"] = [{"message": str(error)} for error in result.errors]
    return body
