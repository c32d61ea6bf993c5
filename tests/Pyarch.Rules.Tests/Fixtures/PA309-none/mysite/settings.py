MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECURE_REFERRER_POLICY = None  # expect: PA309 "no Referrer-Policy"
SECURE_CROSS_ORIGIN_OPENER_POLICY = None
