"""Loading raw data and writing processed tables."""
