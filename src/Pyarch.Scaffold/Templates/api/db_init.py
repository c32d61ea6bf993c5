"""Database engine, sessions and the declarative base."""
