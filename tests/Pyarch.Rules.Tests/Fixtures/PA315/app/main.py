from fastapi import FastAPI

from app.routes import router

app = FastAPI(title="Orders")  # expect: PA315 "The FastAPI application `app` has no rate limiting"
app.include_router(router)
