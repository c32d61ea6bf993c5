MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
SECURE_REFERRER_POLICY = ["same-origin", "strict-origin-when-cross-origin", "no-referer"]  # expect: PA309 "not a referrer policy"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-site"  # expect: PA309 "opener policy"
