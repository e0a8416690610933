"""The words reports use, as data: one table per concept.

Each module holds the vocabulary of one concept (cue words of totals and
parts, words of change, measure words, words of shares and rates, words that
say a sum was paid out in full, known complete breakdowns). Every entry group
says which class of phrasing it serves; an entry belongs here only when that
class is seen in several independent reports, never for one document's
sentence. The reader in ``crossfoot.analysis`` imports these tables and holds
no words of its own.
"""
