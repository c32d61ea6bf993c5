from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.products import services
from apps.products.serializers import ProductCreateSerializer, ProductSerializer


class ProductListView(APIView):
    def get(self, request: Request) -> Response:
        return Response(ProductSerializer(services.list_products(), many=True).data)

    def post(self, request: Request) -> Response:
        serializer = ProductCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        product = services.create_product(**serializer.validated_data)
        return Response(ProductSerializer(product).data, status=201)
