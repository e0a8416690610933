"""Robustness suite: hostile inputs, properties, isolation, nothing lost, limits."""
