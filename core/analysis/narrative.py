"""The narrative of a text document read into facts and relations.

In: a ``TextDocument`` (sections, paragraphs, tables, meta) from the text
importer. Out: the same document with ``facts`` (every figure, with its
concept, measure, period and quoted span), ``relations`` (every total the
text says is made of parts) and, under ``analysis``, the mentions and claims
read, so that ``crossfoot extract`` shows what was read and the rules check
text as they check JSON.
"""

from __future__ import annotations

import copy
from typing import Any

from crossfoot.analysis.claims import Claim, Figure, other_claims, resolve, total_claims
from crossfoot.analysis.facts import Context, FactBuilder, as_of_date
from crossfoot.analysis.mentions import scan
from crossfoot.importing.text import TextDocument


def read_document(document: TextDocument) -> TextDocument:
    """``document`` with the facts, relations, mentions and claims its narrative states."""
    data = copy.deepcopy(document.data)
    figures: list[Figure] = []
    for section_id, paragraph_id, text in _paragraphs(data.get("sections", ())):
        mine = [Figure(f"m{len(figures) + i + 1}", m, section_id, paragraph_id, text)
                for i, m in enumerate(scan(text))]
        resolve(mine)
        figures.extend(mine)
    claims: list[Claim] = []
    by_paragraph: dict[str, list[Figure]] = {}
    for figure in figures:
        by_paragraph.setdefault(figure.paragraph, []).append(figure)
    for group in by_paragraph.values():
        claims.extend(total_claims(group))
        claims.extend(other_claims(group))
    fiscal_year = data["meta"].get("fiscal_year")
    context = Context(fiscal_year, as_of_date(figures, fiscal_year),
                      document.report_date_paragraph)
    builder = FactBuilder(figures, claims, context)
    facts, relations = builder.build()
    for table in data.get("tables", ()):
        _link_table_total(table, figures, facts)
    analysis = {"mentions": [_mention_json(f, builder.fact_of.get(f.id)) for f in figures],
                "claims": [c.to_json() for c in claims], **data.pop("analysis", {})}
    data = {**{k: v for k, v in data.items() if k != "analysis"}, "facts": facts,
            "relations": relations, "analysis": analysis}
    return TextDocument(data, document.offsets, document.report_date_paragraph, document.notes)


def _paragraphs(sections: Any) -> Any:
    for section in sections:
        for paragraph in section.get("paragraphs", ()):
            yield section["id"], paragraph["id"], paragraph["text"]
        yield from _paragraphs(section.get("sections", ()))


def _link_table_total(table: dict[str, Any], figures: list[Figure],
                      facts: list[dict[str, Any]]) -> None:
    """Tag a total row's budget cell with the concept of the text's stated total of it.

    The text's total (项目资金总计 70.42 万元: a budget amount with 总计 / 合计 / 共)
    in the part the table belongs to is the same quantity as the table's total
    row; only a single such total is linked, so AGR402 compares them.
    """
    section = table.get("section")
    totals = [r for r in table["rows"] if r["role"] == "total"]
    if not totals or "budget" not in totals[0]["cells"] or totals[0]["cells"]["budget"] is None:
        return
    by_quote = {(f["source"]["paragraph"], f["source"]["start"]): f for f in facts
                if "source" in f and "paragraph" in f["source"]}
    candidates = []
    for figure in figures:
        mention = figure.mention
        if not (mention.total_cue and figure.measure == "budget"
                and mention.dimension == "money"):
            continue
        if section and not (figure.section == section or figure.section.startswith(section + "-")):
            continue
        fact = by_quote.get((figure.paragraph, mention.quote_start))
        if fact is not None and fact.get("concept") and fact.get("unit") == table.get("unit"):
            candidates.append(fact)
    if len(candidates) == 1:
        cell = totals[0]["cells"]["budget"]
        totals[0]["cells"]["budget"] = {"value": cell, "concept": candidates[0]["concept"],
                                        "period": candidates[0].get("period")}
        if totals[0]["cells"]["budget"]["period"] is None:
            del totals[0]["cells"]["budget"]["period"]


def _mention_json(figure: Figure, fact: str | None) -> dict[str, Any]:
    mention = figure.mention
    data: dict[str, Any] = {"id": figure.id, "kind": mention.kind, "section": figure.section,
                            "paragraph": figure.paragraph, "start": mention.quote_start,
                            "end": mention.quote_end or mention.end, "quote": figure.quote}
    if mention.value is not None:
        data["value"] = str(mention.value)
        data["unit"] = mention.unit
    if mention.qualifier:
        data["qualifier"] = mention.qualifier
    if mention.date is not None:
        data["date"] = mention.date.iso()
    if mention.grade:
        data["grade"] = mention.grade
    if figure.label:
        data["label"] = figure.label
    if figure.measure:
        data["measure"] = figure.measure
    if fact is not None:
        data["fact"] = fact
    return data
