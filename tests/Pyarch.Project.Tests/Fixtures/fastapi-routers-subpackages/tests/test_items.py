import httpx
import pytest

from app.main import app


@pytest.mark.anyio
async def test_items():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        assert (await client.get("/v1/items/")).status_code == 200
