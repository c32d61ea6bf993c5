import os

AWS_ACCESS_KEY_ID = "AKIAHITD4UU52WN7CQXE"  # expect: 22 PA323 "AWS access key ID `AKIAHI…`"
AWS_DOCS_KEY = "AKIAIOSFODNN7EXAMPLE"
GITHUB_TOKEN = "ghp_GAYrhjCbekKIBMAmjV6ROgWrNfWXyDmYyHwU"  # expect: PA323 "GitHub personal access token `ghp_GA…`"
GITHUB_FINE_GRAINED = "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"  # expect: PA323 "GitHub fine-grained token"
STRIPE_KEY = "sk_live_NL2whg8m8pUl9nmax6zd33NDbtr2uIJl"  # expect: PA323 "Stripe live key"
STRIPE_TEST_KEY = "sk_test_RchJht3zCcol8wvPeVkmHVuYUAssiErE"
OPENAI_API_KEY = "sk-proj-3EOuZIqiASRPg0oQorkwT3BlbkFJXARNoJFoLD8ewnImREqc"  # expect: PA323 "OpenAI API key"
ANTHROPIC_API_KEY = "sk-ant-api03-HO3GvLCuWVzjJoqryeCdUqcEjl3Jxj2BqjBEQeVEr1HDzUjYmSZmwhmGJuoFGwM6Se5YxlX99rIaRGE3CUOT_AaB_AMjHAA"  # expect: PA323 "Anthropic API key"
GOOGLE_MAPS_KEY = "AIzaONsmp1N4v3iChJsz032YAaMgWKn6C38ovWI"  # expect: PA323 "Google API key"
HF_TOKEN = "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"  # expect: PA323 "Hugging Face token"
SENDGRID_API_KEY = "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"  # expect: PA323 "SendGrid API key"
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "xoxb-your-token-here")
PLACEHOLDER_AWS = "AKIAAAAAAAAAAAAAAAAA"

DATABASES = {
    "default": {"URL": "postgres://app:SQplHtZm9H9uzcxh9D@db.internal:5432/app"},  # expect: PA323 "Password in URL `postgres://app:…@db.internal`"
    "replica": {"URL": "postgres://app:${DB_PASSWORD}@replica.internal:5432/app"},
    "local": {"URL": "postgres://postgres:postgres@localhost:5432/app"},
    "docs": {"URL": "mysql://user:hunter2@db.example.com/app"},
}
BROKER_URL = f"amqp://{os.environ['MQ_USER']}:{os.environ['MQ_PASSWORD']}@mq.internal//"
