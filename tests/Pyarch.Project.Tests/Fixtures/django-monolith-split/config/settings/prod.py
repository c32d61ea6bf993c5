import logging

import sentry_sdk

from .base import *  # noqa: F401,F403

DEBUG = False
sentry_sdk.init(dsn=env("SENTRY_DSN"))
logging.getLogger(__name__).info("production settings loaded")
