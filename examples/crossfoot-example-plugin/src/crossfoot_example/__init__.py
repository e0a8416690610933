"""crossfoot-example-plugin: a worked example of a third-party crossfoot plugin."""

__version__ = "0.1.0"
