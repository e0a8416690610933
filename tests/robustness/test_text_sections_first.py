"""A check builds a text's model sections before it reads the narrative, and reads them:
the model is the one built from the text's whole JSON form (what ``extract`` writes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfoot.app.builtin import import_text, read_text_document
from crossfoot.importing.load import report_from_data

from .deadline import ROOT

TEXTS = [ROOT / "fixtures" / "text" / "yiyang-2021.txt",
         *sorted((ROOT / "fixtures" / "text" / "claims").glob("*.txt"))[:4]]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_the_checked_model_is_the_model_of_the_json_form(path: Path) -> None:
    checked = import_text(path)
    document = read_text_document(path, statements=False)
    whole = report_from_data(document.data, str(path), read=document.quantities)
    assert checked.sections == whole.sections
    assert checked.facts == whole.facts and checked.relations == whole.relations
    assert checked.claims == whole.claims and checked.tables == whole.tables
    assert [f.location() for f in checked.facts] == [f.location() for f in whole.facts]
