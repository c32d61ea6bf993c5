from sqlalchemy import select

from app.models.item import Item


async def list_items(session):
    result = await session.execute(select(Item))
    return result.scalars().all()
