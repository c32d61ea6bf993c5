from fastapi import Header


async def current_user(authorization: str = Header()):
    return authorization
