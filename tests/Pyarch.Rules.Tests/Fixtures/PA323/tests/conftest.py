import pytest

TEST_PRIVATE_KEY = """-----BEGIN PRIVATE KEY-----
PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA/2O76UMFxFkM/R5Kjp1vRt+1f
jORS/6ilI8ihN5KXSc7Tvo/hBKqFYY/kv5ZJr3J1TWDtkwtDDb+xHKas1VOqg6YY
ZYn9ZhyiA4uoRgnatmUdjAWtGSU8po+799NksnRH9ucAUsdMlHUvTCQCyEZDz/Td
-----END PRIVATE KEY-----"""


@pytest.fixture
def email_url():
    return "smtp://mailer:Zq8rT2vLx9@smtp.mailhost.net:587/?tls=True"
