MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
# The load balancer redirects to HTTPS: the finding is kept as suppressed, not reported.
SILENCED_SYSTEM_CHECKS = ["security.W008"]
