import logging

import httpx
from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger("api")


@app.get("/items/{item_id}")
def item(item_id: int):
    log.info("status of %s", item_id)
    return {"id": item_id}


@app.get("/reports/statuses")
def reports():
    return httpx.get("https://example.com/api/v1/health-report").json()
