from starlette.applications import Starlette
from starlette.routing import WebSocketRoute

app = Starlette(routes=[])
