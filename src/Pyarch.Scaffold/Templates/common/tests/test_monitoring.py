from typing import Any, Dict

import {{ monitoring_module }} as monitoring


def test_sentry_stays_off_without_a_dsn(monkeypatch) -> None:
    monkeypatch.setattr(monitoring.settings, "SENTRY_DSN", "", raising=False)

    assert monitoring.init_sentry() is False


def test_sentry_starts_with_the_configured_dsn(monkeypatch) -> None:
    calls: Dict[str, Any] = {}
    monkeypatch.setattr(monitoring.settings, "SENTRY_DSN", "https://key@sentry.invalid/1", raising=False)
    monkeypatch.setattr(monitoring.sentry_sdk, "init", lambda **kwargs: calls.update(kwargs))

    assert monitoring.init_sentry() is True
    assert calls["dsn"] == "https://key@sentry.invalid/1"
    assert calls["send_default_pii"] is False
