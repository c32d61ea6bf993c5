import os

DB_PASSWORD = "s3cr3t-Pa55"  # expect: 1 PA322 "`DB_PASSWORD` is assigned a string literal"
apiToken = "a1b2c3d4e5f6"  # expect: PA322 "`apiToken`"
STRIPE_API_KEY: str = "live-9f8e7d6c"  # expect: PA322
SECRET_KEY = os.environ["SECRET_KEY"]
SMTP_PASSWORD = ""
REDIS_PASSWORD = None
OAUTH_TOKEN_URL = "https://auth.example.com/oauth/token"
TOKEN_ENDPOINT = "/api/v1/token"
PASSWORD_ENV = "DB_PASSWORD"
db_password = "DB_PASSWORD"
admin_password = "$ADMIN_PASSWORD"
deploy_token = "${DEPLOY_TOKEN}"
chart_secret = "{{ .Values.secret }}"
service_token = "3f2b8c1e-9a4d-4c7e-8b1f-2d6a5e9c0b7a"
NEXT_TOKEN = "NextToken"
PASSWORD_FIELD = "password"
TOKEN_TYPE = "bearer"
masked_password = "********"
passthrough = "enabled"
config = {}
config["SECRET_KEY"] = "dev-only-but-still-a-secret"  # expect: PA322 "`SECRET_KEY`"
