from fastapi import APIRouter, Depends

from app.api.deps import current_user
from app.services.orders import place_order

router = APIRouter()


@router.post("/")
async def create_order(user=Depends(current_user)):
    return await place_order(user)
