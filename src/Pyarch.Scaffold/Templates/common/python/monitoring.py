"""Error tracking with Sentry, enabled only when SENTRY_DSN is set."""
from __future__ import annotations

import sentry_sdk

{{ config_import }}


def init_sentry() -> bool:
    if not settings.SENTRY_DSN:
        return False
    sentry_sdk.init(
        dsn=settings.SENTRY_DSN,
        traces_sample_rate=settings.SENTRY_TRACES_SAMPLE_RATE,
        send_default_pii=False,
    )
    return True
