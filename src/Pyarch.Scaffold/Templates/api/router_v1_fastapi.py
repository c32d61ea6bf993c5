"""Version 1 of the API. A breaking change goes into app/api/v2 while v1 keeps working."""
from fastapi import APIRouter

from app.api.v1.endpoints import items

api_router = APIRouter()
api_router.include_router(items.router)
