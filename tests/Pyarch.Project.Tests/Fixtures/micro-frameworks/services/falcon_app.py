import falcon
import falcon.asgi

app = falcon.App()
asgi_app = falcon.asgi.App()
