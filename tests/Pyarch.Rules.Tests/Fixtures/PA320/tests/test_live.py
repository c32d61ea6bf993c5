import requests


def test_health(live_server):
    assert requests.get(live_server.url + "/health").status_code == 200
