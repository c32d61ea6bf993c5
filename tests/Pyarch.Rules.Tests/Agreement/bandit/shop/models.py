from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=200)
    colour = models.CharField(max_length=20)
    description_html = models.TextField(blank=True)
    rating = models.PositiveSmallIntegerField(default=0)
