"""A text report's model without its JSON sections: what the packs see is still its reading.

``Report.data`` keeps no sections (the model holds them), so the packs' narrative analysis
reads the model's paragraphs, and the analysis the import hands on is the one of those very
paragraphs (issue 13).
"""

from __future__ import annotations

from crossfoot.analysis import narrative
from crossfoot.app.builtin import import_json, import_text

from .deadline import ROOT

SEED_TEXT = ROOT / "fixtures" / "text" / "yiyang-2021.txt"
SEED_JSON = ROOT / "fixtures" / "seed" / "yiyang-2021.json"


def test_the_handed_analysis_is_the_reading_of_the_models_paragraphs() -> None:
    report = import_text(SEED_TEXT)
    assert "sections" not in report.data and report.sections
    handed = narrative.analyze_report(report)
    narrative.release_handed()
    again = narrative.analyze_report(report)  # nothing handed: read from the model
    assert handed and again == handed


def test_another_reports_paragraphs_are_read_not_handed_the_last_import() -> None:
    text = import_text(SEED_TEXT)  # its analysis is handed on, unasked for
    report = import_json(SEED_JSON)
    assert "sections" not in report.data
    figures = narrative.analyze_report(report)
    narrative.release_handed()
    assert figures == narrative.analyze_report(report)
    assert figures != narrative.analyze_report(text)  # the same report, told otherwise
    paragraphs = {p.id for p in report.iter_paragraphs()}
    assert {f.paragraph for f in figures if isinstance(f, narrative.NarrativeFigure)} <= paragraphs


def test_a_session_whose_rules_never_ask_keeps_no_analysis_and_one_that_may_does() -> None:
    from crossfoot.app.session import Session

    quiet = Session(rule_timeout=None)  # the default rules: none asks for the analysis
    assert not any(rule.reads_analysis for rule in quiet.rules)
    narrative.release_handed()
    report = quiet.load(SEED_TEXT)
    assert not narrative._handed
    claims = Session(rule_timeout=None, packs=(str(ROOT / "fixtures" / "packs"
                                                   / "cn-narrative.toml"),))
    asked = claims.load(SEED_TEXT)
    assert narrative._handed  # kept for the claims' rules
    handed = narrative.analyze_report(asked)
    assert handed == narrative.analyze_report(report)  # read again: the same figures
