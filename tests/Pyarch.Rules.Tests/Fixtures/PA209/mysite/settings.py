CSRF_TRUSTED_ORIGINS = [
    "https://shop.example.com",
    "admin.example.com",  # expect: PA209 "admin.example.com"
]
