"""Stage 3, analysis: what a report says, beyond how it is laid out.

In: a ``Report`` (or the ``TextDocument`` the text importer lays out). Out:
the facts, relations and claims its narrative states (``narrative``), and
views that rules share (``measures.MeasureGroups``). The reader normalizes
each paragraph (``normalize``), splits it into clauses (``clauses``), finds
its figures (``figures``) and what each says (``statements``), gathers them
into items (``items``) and reads the claims among them (``claims``). The
words it knows are data, one table per concept (``vocabulary``, ``labels``,
``placeholders``).
"""
