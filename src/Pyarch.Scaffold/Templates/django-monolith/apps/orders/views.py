from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.orders import services
from apps.orders.serializers import OrderSerializer, PlaceOrderSerializer


class OrderCreateView(APIView):
    def post(self, request: Request) -> Response:
        serializer = PlaceOrderSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        order = services.place_order(**serializer.validated_data)
        return Response(OrderSerializer(order).data, status=201)
