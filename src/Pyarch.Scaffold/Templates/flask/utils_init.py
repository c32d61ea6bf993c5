"""Framework-independent helpers."""
