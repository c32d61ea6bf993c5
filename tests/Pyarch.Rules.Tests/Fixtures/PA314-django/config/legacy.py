CORS_ORIGIN_ALLOW_ALL = True  # expect: PA314 "`CORS_ORIGIN_ALLOW_ALL = True` allows every origin"
