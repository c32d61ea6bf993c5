"""Typed access to environment variables, the only place configuration comes from.

Values arrive as strings: a boolean must be parsed, never used as-is, or ``DEBUG=false``
would be truthy.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import List

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValueError(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


def env_list(name: str, default: str = "") -> List[str]:
    raw = os.environ.get(name, default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def resolve_sqlite_url(url: str, base_dir: Path) -> str:
    """Anchor a relative SQLite path to the project folder so every process opens the same file."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
        return prefix + str(base_dir / url[len(prefix):])
    return url
{% if django %}


def database_from_url(url: str, base_dir: Path) -> dict:
    """Django's DATABASES entry for a URL such as sqlite:///db.sqlite3 or postgresql://u:p@host:5432/name."""
    from urllib.parse import unquote, urlsplit

    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(base_dir / path) if path else ":memory:"}
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"DATABASE_URL scheme {parts.scheme!r} is not supported; use sqlite or postgresql")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parts.path.lstrip("/"),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": 60,
    }
{% endif %}
