"""A paragraph's origin runs packed as machine integers read back as the tuples they were."""

from __future__ import annotations

from bisect import bisect_right

from crossfoot.model.report import build_sections
from crossfoot.model.runs import pack, place, unpack

RUNS = ((0, 3, 5), (12, 4, 1), (30, 6, 3))


def _by_tuples(runs: tuple[tuple[int, int, int], ...], offset: int) -> tuple[int, int]:
    start, line, column = runs[max(bisect_right(runs, offset, key=lambda r: r[0]) - 1, 0)]
    return line, column + offset - start


def test_packed_runs_read_back_as_given() -> None:
    packed = pack(RUNS)
    assert isinstance(packed, bytes)
    assert unpack(packed) == RUNS
    assert unpack(pack([list(run) for run in RUNS])) == RUNS  # a JSON report's arrays
    assert pack(()) == () and unpack(()) == ()


def test_a_place_is_found_in_packed_runs_as_in_tuples() -> None:
    packed = pack(RUNS)
    for offset in range(-2, 45):
        assert place(packed, offset) == _by_tuples(RUNS, offset) == place(RUNS, offset)


def test_runs_a_machine_integer_cannot_hold_stay_tuples() -> None:
    huge = ((0, 2**40, 1), (5, 2**40 + 1, 1))
    assert pack(huge) is huge
    assert pack([[0, 1, 1.5]]) == ((0, 1, 1.5),)  # not an int: kept as given
    assert pack([[0, True, 1]]) == ((0, True, 1),)
    assert place(pack(huge), 7) == (2**40 + 1, 3)


def test_a_paragraph_keeps_its_origin_packed_and_says_it_as_tuples() -> None:
    section = {"id": "s1", "title": "一、收入", "paragraphs": [
        {"id": "s1-p1", "text": "收入 12 万元", "origin": [[0, 3, 5], [3, 4, 1]]}]}
    paragraph = build_sections([section])[0].paragraphs[0]
    assert isinstance(paragraph.runs, bytes)
    assert paragraph.origin == ((0, 3, 5), (3, 4, 1))
    assert paragraph.place(4) == (4, 2)
    assert paragraph.place(None) == (None, None)
    assert paragraph == build_sections([section])[0].paragraphs[0]


def test_a_headings_line_and_column_are_packed_and_read_back() -> None:
    from crossfoot.model.runs import pack_place, unpack_place

    for line, column in ((1, 1), (47_000, 3), (2**40, 7), (5, 2**31 - 1)):
        assert unpack_place(pack_place(line, column)) == (line, column)
    assert pack_place(5, 2**40) == (5, 2**40)  # a column too wide for the bits: a tuple
    assert unpack_place(None) is None
    section = build_sections([{"id": "s1", "title": "一、收入", "origin": [12, 3]}])[0]
    assert isinstance(section.at, int)
    assert section.origin == (12, 3)
    assert (section.location().line, section.location().column) == (12, 3)
