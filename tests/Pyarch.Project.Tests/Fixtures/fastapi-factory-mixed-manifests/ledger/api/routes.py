import socketio
from ariadne import QueryType, make_executable_schema
from fastapi import APIRouter

router = APIRouter()
sio = socketio.AsyncServer(async_mode="asgi")
query = QueryType()
schema = make_executable_schema("type Query { balance: Int }", query)


@router.get("/balance")
async def balance():
    return {"balance": 0}
