import hashlib
import ssl
from hashlib import md5

import httpx
import requests
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, rsa
from Crypto.PublicKey import RSA


def insecure_download(url):
    return requests.get(url, verify=False, timeout=5)  # expect: 30 PA319 "verify=False"


def secure_download(url):
    return requests.get(url, verify=True, timeout=5)


def internal_client():
    return httpx.Client(verify=False)  # expect: PA319 "`httpx.Client` is given `verify=False`"


def with_ca_bundle(url):
    return httpx.get(url, verify="/etc/ssl/internal-ca.pem")


def legacy_context():
    return ssl._create_unverified_context()  # expect: PA319 "_create_unverified_context"


# expect: PA319 "_create_unverified_context"
ssl._create_default_https_context = ssl._create_unverified_context


def old_tls(sock):
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect: PA319 "PROTOCOL_TLSv1"
    modern = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return context, modern.wrap_socket(sock)


def connect(sock, version=ssl.PROTOCOL_SSLv3):  # expect: PA319 "used as a default"
    return sock, version


def password_digest(password):
    return hashlib.md5(password.encode()).hexdigest()  # expect: PA319 "MD5 without `usedforsecurity=False`"


def signature(payload):
    return md5(payload).hexdigest()  # expect: PA319 "hashlib.md5"


def legacy_sha1(payload):
    return hashlib.new("sha1", payload)  # expect: PA319 "SHA1"


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def content_id(body):
    return hashlib.sha256(body).hexdigest()


def weak_digest():
    return hashes.Hash(hashes.SHA1())  # expect: PA319 "broken hash"


def keys():
    short = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # expect: PA319 "1024-bit"
    strong = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    short_dsa = dsa.generate_private_key(1024)  # expect: PA319 "1024-bit"
    legacy = RSA.generate(512)  # expect: PA319 "512-bit"
    return short, strong, short_dsa, legacy, RSA.generate(2048)
