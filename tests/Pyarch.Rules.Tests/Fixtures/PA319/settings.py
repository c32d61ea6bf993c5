SECRET_KEY = "not-relevant-here"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher",  # expect: PA319 "UnsaltedMD5PasswordHasher"
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
