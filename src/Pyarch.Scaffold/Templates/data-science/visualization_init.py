"""Charts for reports and notebooks."""
