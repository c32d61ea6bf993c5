from fastapi import FastAPI

from inventory.routes import system
from inventory.settings import settings

app = FastAPI(title="inventory")
app.include_router(system.router)


@app.get("/items")
def items():
    return {"items": [], "page_size": settings.page_size}
