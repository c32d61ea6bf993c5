"""Cross-cutting concerns: configuration, security, logging."""
