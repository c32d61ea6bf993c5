from typing import Any

from fastapi import FastAPI, Request
from pydantic import BaseModel

from store.models import Item

app = FastAPI()


class ItemIn(BaseModel):
    name: str
    price: float


@app.post("/items")
def create_item(payload: dict):  # expect: 17 PA316 "FastAPI parameter `payload: dict` takes the request body with no schema"
    return payload


@app.patch("/items/{item_id}")
def patch_item(item_id: int, changes: dict[str, Any]):  # expect: PA316 "changes: dict[str, Any]"
    return {"id": item_id, **changes}


@app.put("/items/{item_id}")
async def replace_item(item_id: int, body: Any):  # expect: PA316 "body: Any"
    return {"id": item_id, "body": body}


@app.post("/items/raw")
async def create_raw(request: Request):
    data = await request.json()  # expect: PA316 "reads the raw request body"
    return {"received": data}


@app.post("/items/raw-to-model")
async def create_raw_model(request: Request):
    data = await request.json()
    return {"id": Item(**data).id}  # expect: PA316 "Data from `request.json()` reaches `Item`"


@app.post("/items/raw-validated")
async def create_raw_validated(request: Request):
    item = ItemIn.model_validate(await request.json())
    return item


@app.post("/items/typed")
def create_typed(item: ItemIn):
    return item


@app.get("/headers")
def headers(request: Request):
    return {"agent": request.headers.get("user-agent")}


def helper(options: dict):
    # Not a route: a dict parameter here is not a request body.
    return options
