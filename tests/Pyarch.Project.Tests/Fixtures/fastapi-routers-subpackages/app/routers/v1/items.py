from fastapi import APIRouter, Depends

from app.dependencies import get_session
from app.schemas.item import ItemOut
from app.services.items import list_items

router = APIRouter(tags=["items"])


@router.get("/", response_model=list[ItemOut])
async def read_items(session=Depends(get_session)):
    return await list_items(session)
