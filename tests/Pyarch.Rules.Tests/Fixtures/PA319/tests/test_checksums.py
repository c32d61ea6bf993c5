import hashlib

import requests


def test_checksum():
    assert hashlib.md5(b"abc").hexdigest() == "900150983cd24fb0d6963f7d28e17f72"


def test_self_signed(server):
    assert requests.get(server.url, verify=False, timeout=5).ok
