import os

import jwt
from jose import jwt as jose_jwt

SIGNING_KEY = os.environ["JWT_SIGNING_KEY"]
LEGACY_KEY = "legacy-signing-key-2019"
UNVERIFIED = {"verify_signature": False}


def peek(token):
    return jwt.decode(token, options={"verify_signature": False})  # expect: 38 PA321 "verify_signature: False"


def peek_through_variable(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options=UNVERIFIED)  # expect: PA321 "verify_signature"


def old_pyjwt(token):
    return jwt.decode(token, SIGNING_KEY, verify=False)  # expect: PA321 "verify=False"


def accepts_none(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256", "none"])  # expect: PA321 "`none` algorithm"


def verified(token):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"require": ["exp"], "verify_signature": True})


def key_id(token):
    # Reading the header to pick a key is how key rotation works.
    return jwt.get_unverified_header(token)["kid"]


def issue(user_id):
    return jwt.encode({"sub": user_id}, "hardcoded-signing-key", algorithm="HS256")  # expect: PA321 "hardcoded key"


def issue_legacy(user_id):
    return jwt.encode({"sub": user_id}, LEGACY_KEY, algorithm="HS256")  # expect: PA321 "hardcoded key"


def issue_properly(user_id):
    return jwt.encode({"sub": user_id}, SIGNING_KEY, algorithm="HS256")


def jose_unverified(token):
    return jose_jwt.decode(token, SIGNING_KEY, options={"verify_signature": False})  # expect: PA321 "jose.jwt.decode"


def jose_ok(token):
    return jose_jwt.decode(token, SIGNING_KEY, algorithms=["RS256"])
