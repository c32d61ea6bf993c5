from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware
from strawberry.fastapi import GraphQLRouter

from app.api.v1.router import api_router
from app.core.config import settings
from app.graphql import schema

# The API is internal: no public schema or docs pages.
app = FastAPI(title=settings.PROJECT_NAME, openapi_url=None)
app.add_middleware(GZipMiddleware)
app.include_router(api_router, prefix=settings.API_V1_STR)
app.include_router(GraphQLRouter(schema), prefix="/graphql")
