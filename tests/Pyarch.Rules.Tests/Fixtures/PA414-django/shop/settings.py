SECRET_KEY = "x"
ROOT_URLCONF = "shop.urls"
