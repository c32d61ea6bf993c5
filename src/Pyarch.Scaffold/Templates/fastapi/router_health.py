from __future__ import annotations

from typing import Dict

from fastapi import APIRouter

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> Dict[str, str]:
    """Liveness probe for load balancers and orchestrators."""
    return {"status": "ok"}
