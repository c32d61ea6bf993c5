from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Product


def search(request):
    term = request.GET["q"]
    products = Product.objects.raw(f"SELECT * FROM shop_product WHERE name LIKE '%{term}%'")  # expect: PA312 "reaches `.raw()`"
    safe = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", [f"%{term}%"])
    return JsonResponse({"ids": [p.id for p in products] + [p.id for p in safe]})


def by_colour(request):
    colour = request.GET["colour"]
    # expect: PA312 "reaches `.extra()`"
    first = Product.objects.extra(where=[f"colour = '{colour}'"])
    second = Product.objects.extra(where=["colour = %s"], params=[colour])
    ordering = "price * %s" % 2
    third = Product.objects.extra(select={"weighted": ordering})
    return JsonResponse({"n": len(first) + len(second) + len(third)})


def ranked(request):
    weight = request.GET.get("weight", "1")
    score = "rating * " + weight
    annotated = Product.objects.annotate(score=RawSQL(score, ()))  # expect: PA312 "reaches `RawSQL`"
    bound = Product.objects.annotate(score=RawSQL("rating * %s", (weight,)))
    return JsonResponse({"n": annotated.count() + bound.count()})


def stock(request, table):
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(stock) FROM " + table + " WHERE active = %s", [True])
        return JsonResponse({"stock": cursor.fetchone()[0]})
