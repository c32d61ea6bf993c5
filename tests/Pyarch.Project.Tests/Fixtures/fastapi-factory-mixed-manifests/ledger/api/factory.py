from dynaconf import Dynaconf
from fastapi import FastAPI

from ledger.api.routes import router

settings = Dynaconf(settings_files=["settings.toml"])


def build_app() -> FastAPI:
    application = FastAPI(title="ledger", docs_url=None, redoc_url=None)
    application.include_router(router)
    return application
