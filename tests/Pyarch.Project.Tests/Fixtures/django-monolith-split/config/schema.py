import graphene
from graphene_django import DjangoObjectType

from apps.products.models import Product


class ProductType(DjangoObjectType):
    class Meta:
        model = Product


class Query(graphene.ObjectType):
    products = graphene.List(ProductType)


schema = graphene.Schema(query=Query)
