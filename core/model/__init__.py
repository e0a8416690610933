"""Stage 1, the model: what a report is, independent of where it came from.

In: nothing (the lowest layer). Out: the immutable ``Report`` (sections,
paragraphs, tables, facts, relations) and the value types every later stage
shares: ``Quantity`` (a Decimal with the digits it shows), ``Interval`` (the
tolerance those digits allow), units, dates and periods, printed heading
numbers, Chinese numerals, the JSON Schema of a report. Nothing here reads a
file, a configuration or a plugin.
"""
