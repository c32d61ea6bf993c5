"""The ASGI application: `uvicorn app.main:app` in production."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api.v1.routes import router as v1_router
from app.settings import get_settings

log = logging.getLogger(__name__)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    log.info("starting shop-api (debug=%s)", settings.debug)
    yield
    log.info("stopping shop-api")


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="shop-api", version="1.0.0", lifespan=lifespan, debug=settings.debug)
    app.add_middleware(CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["*"])
    app.include_router(v1_router, prefix="/api")

    @app.get("/health", include_in_schema=False)
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
