import structlog
from django_ratelimit.decorators import ratelimit
from rest_framework import viewsets

from .models import Order
from .serializers import OrderSerializer

log = structlog.get_logger()


class OrderViewSet(viewsets.ModelViewSet):
    queryset = Order.objects.all()
    serializer_class = OrderSerializer
