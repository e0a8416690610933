"""Stage 2, importing: a file in, a validated ``Report`` out.

``load`` reads the native JSON (limits, exact Decimals, the JSON Schema);
``text`` reads plain text (often extracted from PDF) into sections, paragraphs
and the tables it can read for certain. Importers only lay out the document:
reading what the narrative asserts is the analysis stage's work.
"""
