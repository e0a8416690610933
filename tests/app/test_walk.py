"""Which JSON files a folder walk takes as reports (crossfoot.app.walk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crossfoot.app.walk import skip_reason

NOT_A_REPORT = 'not a crossfoot report (no "crossfoot" key)'


@pytest.mark.parametrize(("content", "reason"), [
    ('{"crossfoot": "1.0", "meta": {}}', None),  # the key first: its opening bytes settle it
    ('\n  {\n  "crossfoot" : "1.0"}', None),
    ('{"meta": {}, "crossfoot": "1.0"}', None),  # the key later: read whole
    ('{"crossfoot": "1.0", "meta": {', None),  # broken: the loader says what is wrong
    ('{"meta": {"crossfoot": "1.0"}}', NOT_A_REPORT),  # only nested
    ('{"name": "x", "version": "1.0.0"}', NOT_A_REPORT),
    ("[1, 2]", NOT_A_REPORT),
])
def test_a_walk_takes_json_shaped_like_a_report(tmp_path: Path, content: str,
                                                reason: str | None) -> None:
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    assert skip_reason(path) == reason
