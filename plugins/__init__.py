"""crossfoot's built-in rule families, registered through entry points like any plugin."""
