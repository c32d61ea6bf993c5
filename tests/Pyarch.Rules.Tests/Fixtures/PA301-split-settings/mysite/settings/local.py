from .base import *

MIDDLEWARE = []
