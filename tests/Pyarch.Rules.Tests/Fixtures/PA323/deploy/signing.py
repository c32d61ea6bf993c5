# expect: PA323 "private key `-----BEGIN…`"
PRIVATE_KEY = """-----BEGIN RSA PRIVATE KEY-----
DE12T3BtJd3Bh3u9zV0WTgkCrkKRwyVUAtnN54W0FRTyHYQJKHTZJsfrMm8/g4Md
SnI1j1kJ7lDRiYEhGdVFvjEebZ1fhIkBiouLTMHuTp5V2ATVwSIvJ9reMDPtk6O1
EZjcQPbSkcUl62I7loV0vFd8eF6XrabSiR8dJZhqRJ+TyA8ErwMh7KeTJC6513Rv
3X880xESMct/ISb6cnuT53ojiv2OgXAZwgB1rfmopjwpk+qDHZEG7QvQ7p09YsNK
-----END RSA PRIVATE KEY-----"""


def is_pem_key(text):
    # Mentioning the header is not a key.
    return text.startswith("-----BEGIN RSA PRIVATE KEY-----")
