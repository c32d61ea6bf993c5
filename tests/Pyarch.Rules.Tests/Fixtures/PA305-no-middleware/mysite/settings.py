MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]  # expect: PA305 "XFrameOptionsMiddleware"
# Without the middleware the header is never sent, so Django does not test the value.
X_FRAME_OPTIONS = "SAMEORIGIN"
