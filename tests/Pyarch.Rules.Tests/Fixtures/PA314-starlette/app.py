from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),  # expect: PA314 "allows every origin with `allow_credentials=True`"
    Middleware(CORSMiddleware, allow_origins=["https://partner.example.com"], allow_methods=["*"]),
]

app = Starlette(middleware=middleware)
