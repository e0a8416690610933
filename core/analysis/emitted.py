"""Facts, relations and claims as the narrative's emitter holds them, and their JSON form.

A reading of a large text emits hundreds of thousands of small records; held as
dicts they were most of its peak memory. Each is held here as one slotted object
of its shape, its quote as four fields, and written out as a dict only once the
reading is gone.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from crossfoot.model.quantity import Quantity, format_value


def json_form(emitted: list[Emitted], texts: Mapping[str, str]
               ) -> tuple[list[dict[str, Any]], dict[str, Quantity]]:
    """The facts' JSON form, each emitted fact let go as its dict is made, and the quantity
    each figure's fact was read as (fact id -> quantity: the model keeps these)."""
    emitted.reverse()
    facts = []
    quantities = {}
    while emitted:
        fact = emitted.pop()
        facts.append(fact.as_dict(texts))
        if fact.quantity is not None:
            quantities[facts[-1]["id"]] = fact.quantity
    return facts, quantities


def numbered(prefix: str, made: Iterable[dict[str, Any]]) -> list[Emitted]:
    """Relations or claims, each given its id (``r1``, ``r2`` …) and held as it is made."""
    held: list[Emitted] = []
    for number, data in enumerate(made, 1):
        data["id"] = f"{prefix}{number}"
        held.append(Emitted(data))
    return held


def as_dicts(held: list[Emitted], texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """The JSON form of held relations or claims, each let go as its dict is made."""
    held.reverse()
    out = []
    while held:
        out.append(held.pop().as_dict(texts))
    return out


#: the class of the emitted facts of each shape (its keys, and those holding a ``Quoted``)
_SHAPES: dict[tuple[tuple[str, ...], tuple[str, ...]], type[Emitted]] = {}


@dataclass(slots=True)
class Quoted:
    """Where an emitted fact stands in its paragraph; the quote is cut from the paragraph's
    text when the JSON form is made (a copy per fact beside the reading was 1 MiB at 1 MB)."""

    section: str
    paragraph: str
    start: int
    end: int

    def as_dict(self, texts: Mapping[str, str]) -> dict[str, Any]:
        return _quote_dict(self.section, self.paragraph, self.start, self.end, texts)


def _quote_dict(section: str, paragraph: str, start: int, end: int,
                texts: Mapping[str, str]) -> dict[str, Any]:
    """A source's JSON form, its quote cut from its paragraph's text."""
    return {"section": section, "paragraph": paragraph, "start": start, "end": end,
            "quote": texts[paragraph][start:end]}


class Emitted(Mapping[str, Any]):
    """A fact, relation or claim as the emitter made it, held while the reading is alive.

    Each shape (its keys, in the order they were set) is a class with one slot per key,
    so a fact is one object with its values in it: a dict per fact and per source were
    5 MiB of a 1 MB text's peak, a key tuple and a value tuple beside each fact 1.6 MiB.
    A ``Quoted`` value is held as its four fields, in four slots of the fact (an object
    per fact, 0.4 MiB more). The dicts are made once the reading is gone (``as_dict``).
    A nested dict is held the same way, a list as a tuple (written back as a list). A
    figure's value may be the very Decimal it was read as (written out then), and
    ``quantity`` is the quantity a statement's fact was read as. Setting a key the shape
    lacks gives a new object (``with_value``).
    """

    __slots__ = ("quantity",)
    quantity: Quantity | None
    # set on each shape's class: its keys, those of them whose value is a ``Quoted``, each
    # key's first slot, the slots' setters in order, and a getter of all the slots' values
    _keys: tuple[str, ...] = ()
    _quoted: tuple[str, ...] = ()
    _slot_of: dict[str, str] = {}
    _setters: tuple[Callable[[Any, Any], None], ...] = ()
    _values: Callable[[Any], tuple[Any, ...]] = staticmethod(lambda fact: ())

    def __new__(cls, data: Mapping[str, Any], quantity: Quantity | None = None) -> Emitted:
        held: list[Any] = []
        quoted: list[str] = []
        for name, value in data.items():
            if type(value) is Quoted:
                quoted.append(name)
                held += (value.section, value.paragraph, value.start, value.end)
            else:
                held.append(_held(value))
        keys = tuple(data)
        shape = _SHAPES.get((keys, tuple(quoted))) or _shape(keys, tuple(quoted))
        fact: Emitted = object.__new__(shape)
        fact.quantity = quantity
        for set_slot, value in zip(shape._setters, held, strict=True):
            set_slot(fact, value)
        return fact

    def __init__(self, data: Mapping[str, Any], quantity: Quantity | None = None) -> None:
        pass  # made by __new__

    def __getitem__(self, key: str) -> Any:
        if key in self._quoted:
            return Quoted(*(getattr(self, f"_{key}{part}") for part in _QUOTED_PARTS))
        return getattr(self, self._slot_of[key])

    def with_value(self, key: str, value: Any) -> Emitted:
        """This fact with ``key`` set to ``value``: itself when its shape has the key for
        such a value (it keeps its place), else a new fact (with the key last, as in a
        dict, if the shape lacks it)."""
        if key in self._quoted and type(value) is Quoted:
            for part in _QUOTED_PARTS:
                object.__setattr__(self, f"_{key}{part}", getattr(value, part[2:]))
            return self
        if key in self._slot_of and key not in self._quoted and type(value) is not Quoted:
            object.__setattr__(self, self._slot_of[key], _held(value))
            return self
        return Emitted({**self, key: value}, self.quantity)

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def as_dict(self, texts: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The JSON form; ``texts`` (paragraph id -> text) gives a ``Quoted``'s quote."""
        values = self._values(self)
        out: dict[str, Any] = {}
        at = 0
        for name in self._keys:
            if name in self._quoted:
                assert texts is not None
                section, paragraph, start, end = values[at:at + 4]
                out[name] = _quote_dict(section, paragraph, start, end, texts)
                at += 4
            else:
                out[name] = _json_value(values[at], texts)
                at += 1
        return out


#: the slots a ``Quoted`` value is held in, after its key's name (``_source__start``)
_QUOTED_PARTS = ("__section", "__paragraph", "__start", "__end")


def _shape(keys: tuple[str, ...], quoted: tuple[str, ...]) -> type[Emitted]:
    """The class of the emitted facts whose keys are ``keys`` (``quoted``: holding a Quoted)."""
    slots = tuple(f"_{name}{part}" for name in keys
                  for part in (_QUOTED_PARTS if name in quoted else ("",)))
    getter = operator.attrgetter(*slots) if slots else None
    shape: type[Emitted] = type("Emitted", (Emitted,), {
        "__slots__": slots, "_keys": keys, "_quoted": quoted,
        "_slot_of": {name: f"_{name}" for name in keys},
        "_values": staticmethod((lambda fact: ()) if getter is None
                                else (lambda fact: (getter(fact),)) if len(slots) == 1
                                else getter)})
    shape._setters = tuple(getattr(shape, slot).__set__ for slot in slots)
    _SHAPES[keys, quoted] = shape
    return shape


def _held(value: Any) -> Any:
    """A value as an emitted fact holds it: a dict as an ``Emitted``, a list as a tuple."""
    if type(value) is dict:
        return Emitted(value)
    if type(value) is list:
        return tuple(map(_held, value))
    return value


def _json_value(value: Any, texts: Mapping[str, str] | None) -> Any:
    if isinstance(value, Emitted):
        return value.as_dict(texts)
    if isinstance(value, Quoted):
        assert texts is not None
        return value.as_dict(texts)
    if type(value) is tuple:
        return [_json_value(v, texts) for v in value]
    return format_value(value) if type(value) is Decimal else value
