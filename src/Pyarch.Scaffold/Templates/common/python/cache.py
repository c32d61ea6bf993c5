"""A small cache facade: Redis when CACHE_URL is set, process memory otherwise (local runs and tests)."""
from __future__ import annotations

import json
import time
from typing import Any, Dict, Optional, Tuple

from redis import Redis

{{ config_import }}


class MemoryCache:
    def __init__(self) -> None:
        self._items: Dict[str, Tuple[float, str]] = {}

    def get(self, key: str) -> Optional[Any]:
        entry = self._items.get(key)
        if entry is None or entry[0] < time.monotonic():
            self._items.pop(key, None)
            return None
        return json.loads(entry[1])

    def set(self, key: str, value: Any, ttl_seconds: int) -> None:
        self._items[key] = (time.monotonic() + ttl_seconds, json.dumps(value))

    def delete(self, key: str) -> None:
        self._items.pop(key, None)


class RedisCache:
    def __init__(self, client: Redis) -> None:
        self._client = client

    def get(self, key: str) -> Optional[Any]:
        raw = self._client.get(key)
        return None if raw is None else json.loads(raw)

    def set(self, key: str, value: Any, ttl_seconds: int) -> None:
        self._client.set(key, json.dumps(value), ex=ttl_seconds)

    def delete(self, key: str) -> None:
        self._client.delete(key)


def create_cache(url: Optional[str] = None):
    """Redis at ``url`` (default: CACHE_URL); an empty URL means the in-process cache."""
    url = settings.CACHE_URL if url is None else url
    return RedisCache(Redis.from_url(url)) if url else MemoryCache()
