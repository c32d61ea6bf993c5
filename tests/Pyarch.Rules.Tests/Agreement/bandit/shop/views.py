"""Product pages of the shop."""
from django.db.models.expressions import RawSQL
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from .models import Product

STAR = "<span class='star'>&#9733;</span>"


def product(request, pk):
    item = get_object_or_404(Product, pk=pk)
    title = mark_safe(f"<h1>{item.name}</h1>")
    description = mark_safe(item.description_html)
    badge = mark_safe("<span class='badge'>new</span>")  # bandit-only: B308 a literal holds no value to escape
    stars = mark_safe(STAR * item.rating)
    return render(request, "shop/product.html", {"title": title, "description": description, "badge": badge, "stars": stars})


def by_colour(request):
    colour = request.GET.get("colour", "red")
    products = Product.objects.extra(where=[f"colour = '{colour}'"])
    bound = Product.objects.extra(where=["colour = %s"], params=[colour])
    return HttpResponse(", ".join(p.name for p in list(products) + list(bound)))


def ranked(request):
    weight = request.GET.get("weight", "1")
    expression = "rating * " + weight
    products = Product.objects.annotate(score=RawSQL(expression, ())).order_by("-score")
    bound = Product.objects.annotate(score=RawSQL("rating * %s", (weight,)))
    return HttpResponse(", ".join(p.name for p in list(products) + list(bound)))
