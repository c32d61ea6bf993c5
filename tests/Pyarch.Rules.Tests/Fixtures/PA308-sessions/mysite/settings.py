MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]
# The token lives in the session, so the CSRF cookie is never set.
CSRF_USE_SESSIONS = True
CSRF_COOKIE_SECURE = False
