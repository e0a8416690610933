"""PDF, Word and Excel reports laid out as the ordinary Report model.

Each format's reader (``word``, ``excel``, ``pdf``) turns a file into a
``Layout``: the narrative as lines, each with the place it was read from, and
the document's real tables as grids of cells with merged cells resolved.
``assemble`` then hands the narrative to the same reader as plain text (so a
.docx gives at least what its text gives) and builds the tables from the
grids (``grids``), keeping every place traceable to the original file.
"""
