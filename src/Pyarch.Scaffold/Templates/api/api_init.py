"""HTTP layer: unversioned endpoints (health, metrics) and one package per API version."""
