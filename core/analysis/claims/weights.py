"""Weights handed out in turn: 四项因素，权重分别为 45%、25%、20%、10%.

Allocation plans and evaluation frameworks give each factor (or indicator) its weight, and the
weights of all of them make 100 %. Read only where 权重 and 分别 stand before the first
percentage, and the percentages after it follow one another with nothing but the marks of a
list between them (a named figure ends the list): they are shares of one whole, all of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from crossfoot.analysis.claims.ratios import ShareSet
from crossfoot.analysis.statements import Statement
from crossfoot.analysis.vocabulary import cues, scores

#: how far before the first weight its words are looked for (权重分别为)
WITHIN = 8
#: the fewest weights that make a set
MIN_WEIGHTS = 2


def find_weight_sets(statements: Sequence[Statement], texts: Mapping[str, str]
                     ) -> list[ShareSet]:
    """Each run of weights said in turn after 权重分别为, as a complete set of shares."""
    found = []
    at = 0
    while at < len(statements):
        first = statements[at]
        words = texts.get(first.paragraph, "")[max(0, first.start - WITHIN):first.start]
        at += 1
        if first.quantity.unit != "%" or not _hands_out_weights(words):
            continue
        run = [first]
        while at < len(statements) and _next_in_list(run[-1], statements[at], texts):
            run.append(statements[at])
            at += 1
        if len(run) >= MIN_WEIGHTS:
            found.append(ShareSet(run, "", True))
    return found


def _hands_out_weights(words: str) -> bool:
    """Do the words before a figure end with 权重 … 分别 (为 / 是 / ：)?"""
    at = words.rfind(scores.WEIGHT_WORD)
    return at >= 0 and cues.DISTRIBUTED in words[at:] and not any(
        ch.isdigit() for ch in words[at:])


def _next_in_list(last: Statement, following: Statement, texts: Mapping[str, str]) -> bool:
    text = texts.get(last.paragraph, "")
    between = text[last.end:following.start]
    return following.paragraph == last.paragraph and following.sentence == last.sentence \
        and following.quantity.unit == "%" and not between.strip(cues.LIST_MARKS)
