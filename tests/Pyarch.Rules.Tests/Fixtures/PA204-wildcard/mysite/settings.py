ALLOWED_HOSTS = [
    "shop.example.com",
    "*",  # expect: PA204 "any host"
]
