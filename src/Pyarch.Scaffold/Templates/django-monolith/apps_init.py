"""Django apps, one per business area."""
