"""Service settings, read from the environment with development fallbacks."""
import os

import psycopg2
import redis

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/reports")
ADMIN_PASSWORD = "Tr0ub4dor&3"
PASSWORD_ENV = "ADMIN_PASSWORD"
TOKEN_HEADER = "X-Api-Token"


def database():
    return psycopg2.connect(host="db", user="reports", password="reports-dev-2024")


def cache(password=""):  # bandit-only: B107 an empty default is no credential
    return redis.Redis(host="cache", password=password or None)


def api_client(base_url, token="ghx-7f3a9b2c1d"):
    return {"base_url": base_url, "token": token}


def oauth(client):
    # bandit-only: B106 a URL, not a credential
    return client.fetch_token(token_url="https://auth.example.com/oauth/token", client_id="reports")


def mailer(smtp, secret_env="SMTP_SECRET"):  # bandit-only: B107 the name of an environment variable, not a credential
    return smtp.login("reports", os.environ[secret_env])


def check(password):
    return password == "letmein"
