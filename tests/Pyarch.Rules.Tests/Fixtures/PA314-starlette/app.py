from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

middleware = [
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True),  # expect: PA314 "any site can act as the signed-in user"
    Middleware(CORSMiddleware, allow_origins=["https://partner.example.com"], allow_methods=["*"]),
]

app = Starlette(middleware=middleware)
