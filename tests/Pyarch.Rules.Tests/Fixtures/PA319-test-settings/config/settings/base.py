PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    # Kept so that old MD5 hashes still verify and get upgraded on login: not the preferred hasher.
    "django.contrib.auth.hashers.MD5PasswordHasher",
]
