import dramatiq
import websockets

from app.models.order import Order


@dramatiq.actor
def notify(order_id):
    return order_id


async def place_order(user):
    order = await Order.create(total=0)
    notify.send(order.id)
    return order
