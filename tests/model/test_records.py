"""Records: the dataclass behaviour the pack syntax tree relies on, without a dataclass."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import ClassVar

import pytest

from crossfoot.model import record_forms
from crossfoot.model.records import (
    FORMS,
    Record,
    RecordType,
    factory,
    forms_module,
    replace,
)


class Point(Record):
    x: int
    y: int


class Named(Point):
    name: str


def test_fields_follow_the_bases_and_are_slots() -> None:
    assert Named._fields == ("x", "y", "name")
    assert Named.__slots__ == ("name",)
    assert not hasattr(Named(1, 2, "a"), "__dict__")


def test_construction_by_position_or_keyword() -> None:
    assert Named(1, 2, "a") == Named(1, name="a", y=2)
    with pytest.raises(TypeError, match=r"Named.__init__\(\) missing 1 required positional "
                                        "argument: 'name'"):
        Named(1, 2)
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, 2, z=3)
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)
    with pytest.raises(TypeError, match="takes 3 positional arguments but 4 were given"):
        Point(1, 2, 3)


def test_equality_and_hash_by_type_and_fields() -> None:
    assert Point(1, 2) == Point(1, 2) and hash(Point(1, 2)) == hash(Point(1, 2))
    assert Point(1, 2) != Point(2, 1)
    assert Point(1, 2) != Named(1, 2, "") and Point(1, 2) != (1, 2)
    assert len({Point(1, 2), Point(1, 2), Point(0, 0)}) == 2


def test_frozen_and_shown_as_a_dataclass_is() -> None:
    point = Point(1, 2)
    with pytest.raises(AttributeError, match="cannot assign to field 'x'"):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot delete field 'x'"):
        del point.x  # type: ignore[misc]
    assert repr(Named(1, 2, "a")) == "Named(x=1, y=2, name='a')"


def test_copies_and_pickles_equal() -> None:
    named = Named(1, 2, "a")
    assert copy.deepcopy(named) == named == pickle.loads(pickle.dumps(named))


class Placed(Named):
    place: str | None = None
    level: int = 0


def test_defaults_fill_what_is_not_given() -> None:
    assert Placed(1, 2, "a") == Placed(1, 2, "a", None, 0) == Placed(x=1, y=2, name="a")
    assert Placed(1, 2, "a", level=3).level == 3 and Placed(1, 2, "a", "p").place == "p"
    assert Placed.__slots__ == ("place", "level") and Placed._fields[-2:] == ("place", "level")
    with pytest.raises(TypeError, match=r"Placed.__init__\(\) missing 1 required positional "
                                        "argument: 'name'"):
        Placed(1, 2)
    assert repr(Placed(1, 2, "a")) == "Placed(x=1, y=2, name='a', place=None, level=0)"


class Wide(Record):
    f0: int
    f1: int
    f2: int
    f3: int
    f4: int
    f5: int
    f6: int
    f7: int
    f8: int
    f9: int
    f10: int
    f11: int = 11
    f12: int = 12


def test_each_argument_goes_to_its_field() -> None:
    wide = Wide(*range(11))
    assert [getattr(wide, f"f{i}") for i in range(13)] == list(range(13))
    assert Wide(*range(13), ) == Wide(**{f"f{i}": i for i in range(13)})
    assert Wide.__init__.__qualname__ == "Wide.__init__"


def test_matched_by_position_as_a_dataclass_is() -> None:
    match Placed(1, 2, "a", "p"):
        case Placed(x, y, name, place):
            assert (x, y, name, place) == (1, 2, "a", "p")
        case _:
            pytest.fail("no match")


def test_defaults_only_at_the_end() -> None:
    with pytest.raises(TypeError, match="a field without a default follows one with a default"):
        class Wrong(Record):
            a: int = 0
            b: int
    with pytest.raises(TypeError, match="may not be named 'self'"):
        class Selfish(Record):
            self: int


class Settings(Record):
    name: str = ""
    values: dict[str, int] = factory(dict)


def test_a_factory_default_is_made_for_each_record() -> None:
    first, second = Settings(), Settings("b")
    assert first.values == {} and second.values == {}
    assert first.values is not second.values
    given = {"a": 1}
    assert Settings(values=given).values is given
    assert Settings() == Settings("", {})
    assert repr(Settings()) == "Settings(name='', values={})"
    assert pickle.loads(pickle.dumps(Settings("c", {"x": 2}))) == Settings("c", {"x": 2})
    with pytest.raises(TypeError, match="unexpected keyword argument 'other'"):
        Settings(other=1)


def test_replace_makes_a_changed_copy_as_dataclasses_replace_does() -> None:
    point = Named(1, 2, "a")
    moved = replace(point, y=5)
    assert moved == Named(1, 5, "a") and point == Named(1, 2, "a")
    assert replace(Settings("n"), name="m") == Settings("m")
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        replace(point, z=1)


class Kept(Record):
    _hidden: ClassVar[tuple[str, ...]] = ("cache",)

    name: str
    cache: tuple[int, ...] = ()


def test_hidden_fields_are_left_out_of_equality_hash_and_repr() -> None:
    assert Kept("a", (1,)) == Kept("a", (2,)) and Kept("a") != Kept("b")
    assert hash(Kept("a", (1,))) == hash(Kept("a"))
    assert repr(Kept("a", (1,))) == "Kept(name='a')"
    assert replace(Kept("a", (1,)), name="b").cache == (1,)
    assert pickle.loads(pickle.dumps(Kept("a", (1,)))).cache == (1,)


class Indexed(Record):
    _hidden: ClassVar[tuple[str, ...]] = ("_by_name",)

    names: tuple[str, ...]
    _by_name: dict[str, int] = factory(dict)

    def __post_init__(self) -> None:
        self._by_name.update((name, i) for i, name in enumerate(self.names))


def test_post_init_runs_after_the_fields_are_set() -> None:
    assert Indexed(("a", "b"))._by_name == {"a": 0, "b": 1}
    assert Indexed(names=("c",))._by_name == {"c": 0}
    assert Indexed(("a",)) == Indexed(("a",)) and repr(Indexed(("a",))) == "Indexed(names=('a',))"


def test_the_stored_forms_are_the_ones_records_would_make() -> None:
    """``record_forms`` is generated: regenerate it with ``forms_module()`` after a change."""
    assert Path(record_forms.__file__).read_text(encoding="utf-8") == forms_module()


def test_a_record_with_more_fields_than_the_stored_forms() -> None:
    wide = RecordType("Wide", (Record,), {"__annotations__": {
        f"f{i}": "int" for i in range(FORMS + 2)}, "__module__": __name__})
    made = wide(*range(FORMS + 2))
    assert made._values(made) == tuple(range(FORMS + 2))
    with pytest.raises(TypeError, match="f17"):
        wide(*range(FORMS + 1))
