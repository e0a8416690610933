"""Output formats. Reporters render results; they never compute findings."""
