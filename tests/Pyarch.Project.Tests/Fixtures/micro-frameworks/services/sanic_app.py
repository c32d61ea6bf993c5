from sanic import Sanic

app = Sanic("inventory")
