from app.core.settings.base import BaseAppSettings as _Unused  # noqa: F401
from app.core.shapes import Shape


class Circle(Shape):
    radius_limit: int = 10
