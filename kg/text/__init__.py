"""Documents to clean text to sentences."""
