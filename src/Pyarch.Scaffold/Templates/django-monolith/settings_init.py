"""Split settings: base.py holds what every environment shares; dev, prod and test extend it."""
