"""Item endpoints: validate with a serializer, call the service, serialize the result."""
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from items import services
from items.serializers import ItemCreateSerializer, ItemSerializer


class ItemListView(APIView):
    def get(self, request: Request) -> Response:
        return Response(ItemSerializer(services.list_items(), many=True).data)

    def post(self, request: Request) -> Response:
        serializer = ItemCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        item = services.create_item(**serializer.validated_data)
        return Response(ItemSerializer(item).data, status=201)


class ItemDetailView(APIView):
    def get(self, request: Request, item_id: int) -> Response:
        return Response(ItemSerializer(services.get_item(item_id)).data)
