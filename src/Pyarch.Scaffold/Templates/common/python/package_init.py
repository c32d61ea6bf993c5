"""{{ project_name }}."""
