from django.db import models


class Profile(models.Model):
    bio = models.TextField()
    is_verified = models.BooleanField(default=False)
