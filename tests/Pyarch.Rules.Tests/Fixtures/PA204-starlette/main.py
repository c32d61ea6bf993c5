from fastapi import FastAPI
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from starlette.applications import Starlette
from starlette.middleware import Middleware

PUBLIC_HOSTS = ["api.example.com", "*"]

api = FastAPI()
api.add_middleware(TrustedHostMiddleware)  # expect: PA204 "without `allowed_hosts`, whose default `['*']` accepts any host"
api.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com", "*.example.com"])
api.add_middleware(TrustedHostMiddleware, allowed_hosts=PUBLIC_HOSTS)  # expect: PA204 "accepts any host with `'*'`"

admin = Starlette(middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=["*"])])  # expect: PA204 "accepts any host with `'*'`"
internal = TrustedHostMiddleware(admin, ["internal.example.com"])
