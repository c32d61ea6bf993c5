from aiohttp import web

app = web.Application()
