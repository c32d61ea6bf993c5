from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.urls import path


class OrderConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        await self.accept()


websocket_urlpatterns = [path("ws/orders/", OrderConsumer.as_asgi())]
