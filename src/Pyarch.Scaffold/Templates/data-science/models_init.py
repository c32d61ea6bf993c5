"""Training, evaluating and saving models."""
