from {{ cache_module }} import MemoryCache, create_cache


def test_memory_cache_round_trips_json_values() -> None:
    cache = MemoryCache()
    cache.set("answer", {"value": 42}, ttl_seconds=60)

    assert cache.get("answer") == {"value": 42}


def test_memory_cache_forgets_expired_and_deleted_keys() -> None:
    cache = MemoryCache()
    cache.set("gone", 1, ttl_seconds=-1)
    cache.set("deleted", 2, ttl_seconds=60)
    cache.delete("deleted")

    assert cache.get("gone") is None
    assert cache.get("deleted") is None


def test_without_a_cache_url_the_cache_stays_in_process() -> None:
    assert isinstance(create_cache(""), MemoryCache)
