from litestar import Litestar, get


@get("/")
async def index() -> str:
    return "ok"


app = Litestar(route_handlers=[index])
