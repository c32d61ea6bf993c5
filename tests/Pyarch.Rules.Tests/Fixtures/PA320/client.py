import httpx
import requests
import requests as rq

API = "https://api.example.com"


def fetch_user(user_id):
    return requests.get(f"{API}/users/{user_id}")  # expect: 12 PA320 "`requests.get` is called without a `timeout`"


def create_user(payload):
    return rq.post(f"{API}/users", json=payload, timeout=None)  # expect: PA320 "`requests.post` is given `timeout=None`"


def delete_user(user_id):
    return requests.delete(f"{API}/users/{user_id}", timeout=5)


def generic(method, url, **kwargs):
    # **kwargs may carry the timeout.
    return requests.request(method, url, **kwargs)


def with_session(ids):
    session = requests.Session()
    for user_id in ids:
        session.get(f"{API}/users/{user_id}")  # expect: PA320 "requests.Session.get"
        session.get(f"{API}/users/{user_id}", timeout=(3, 10))


def with_context_manager():
    with requests.Session() as s:
        return s.post(f"{API}/ping")  # expect: PA320


def with_httpx():
    httpx.get(f"{API}/health")
    httpx.get(f"{API}/health", timeout=None)  # expect: PA320 "`httpx.get` is given `timeout=None`"
    with httpx.Client() as client:
        client.get(f"{API}/health")
    unbounded = httpx.Client(timeout=None)  # expect: PA320 "`httpx.Client` is given `timeout=None`"
    return unbounded.get(f"{API}/health")


async def with_async_httpx():
    async with httpx.AsyncClient(timeout=10) as client:
        return await client.get(f"{API}/health")


def not_http(cache):
    # A dict's get is not an HTTP call.
    return cache.get("key")
