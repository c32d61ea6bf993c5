INSTALLED_APPS = ["django.contrib.auth", "rest_framework", "api"]

# expect: PA315 "`REST_FRAMEWORK` sets no `DEFAULT_THROTTLE_CLASSES`"
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
}
