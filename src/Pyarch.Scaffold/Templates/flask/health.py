from __future__ import annotations

from typing import Dict

from flask import Blueprint

bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> Dict[str, str]:
    """Liveness probe for load balancers and orchestrators."""
    return {"status": "ok"}
