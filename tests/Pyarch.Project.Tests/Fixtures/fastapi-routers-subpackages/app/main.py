from contextlib import asynccontextmanager

from fastapi import FastAPI, WebSocket
from fastapi.middleware.cors import CORSMiddleware
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from prometheus_fastapi_instrumentator import Instrumentator
from slowapi import Limiter
from slowapi.util import get_remote_address

from app.core.settings import settings
from app.routers.v1 import items
from app.routers.v1.admin import users as admin_users


@asynccontextmanager
async def lifespan(app: FastAPI):
    yield


app = FastAPI(title=settings.app_name, lifespan=lifespan)
app.state.limiter = Limiter(key_func=get_remote_address)
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_methods=["*"],
)
app.include_router(items.router, prefix="/v1/items")
app.include_router(admin_users.router, prefix="/v1/admin/users")
Instrumentator().instrument(app).expose(app)
FastAPIInstrumentor.instrument_app(app)


@app.websocket("/ws/notifications")
async def notifications(websocket: WebSocket):
    await websocket.accept()
