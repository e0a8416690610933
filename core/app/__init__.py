"""Stage 8, the application: what a person runs.

The command line, configuration files, the session that wires plugins, packs
and stages together, the batch pool and the console. The only stage that
writes to a terminal.
"""
