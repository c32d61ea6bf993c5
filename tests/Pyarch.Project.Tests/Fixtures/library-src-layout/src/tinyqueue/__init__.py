"""A tiny persistent queue."""
from tinyqueue.queue import Queue

__all__ = ["Queue"]
