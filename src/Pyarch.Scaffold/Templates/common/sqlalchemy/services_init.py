"""Business logic, independent of the web framework."""
