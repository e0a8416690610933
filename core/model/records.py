"""Small immutable value classes that cost next to nothing to define.

A frozen dataclass costs a few tenths of a millisecond to define, because its
methods are written out as source and compiled for each class; a command
line pays that at every start for every class it imports. A ``Record``
subclass declares its fields as annotations, as a dataclass does, and gets
the same behaviour from one shared set of methods: construction by position
or keyword (fields in declaration order, a subclass's after its base's),
equality and hashing by type and fields, a dataclass-style repr, slots, and
no assignment after construction. A field may have a default (``place: str | None
= None``), as in a dataclass: immutable values only, and no field without one
after a field with one.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, ClassVar, dataclass_transform


@dataclass_transform(frozen_default=True)
class RecordType(type):
    """Makes each annotation of a class body a slot and a field."""

    _fields: tuple[str, ...]
    _defaults: dict[str, Any]
    _tail: tuple[Any, ...]
    _values: Callable[[Any], tuple[Any, ...]]

    def __new__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                **kwargs: Any) -> RecordType:
        own = tuple(field for field, kind in namespace.get("__annotations__", {}).items()
                    if not str(kind).startswith(("ClassVar", "typing.ClassVar")))
        defaults = {field: namespace.pop(field) for field in own if field in namespace}
        namespace["__slots__"] = own
        made = super().__new__(cls, name, bases, namespace, **kwargs)
        base = next((base for base in bases if isinstance(base, RecordType)), None)
        made._fields = (base._fields if base else ()) + own
        made._defaults = {**(base._defaults if base else {}), **defaults}
        # the defaults of the last fields, in order, and the fields as a tuple: both in C
        made._tail = tuple(made._defaults[f] for f in made._fields if f in made._defaults)
        values = attrgetter(*made._fields) if made._fields else (lambda record: ())
        made._values = values if len(made._fields) != 1 else (lambda record: (values(record),))
        return made


class Record(metaclass=RecordType):
    """Base of the value classes; see the module docstring."""

    _fields: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]
    _tail: ClassVar[tuple[Any, ...]]
    _values: ClassVar[Callable[[Any], tuple[Any, ...]]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if kwargs or len(args) != len(fields):
            tail = self._tail
            missing = len(fields) - len(args)
            if not kwargs and 0 < missing <= len(tail):
                args += tail[len(tail) - missing:]
            else:
                args = _arrange(type(self).__name__, fields, args, kwargs, self._defaults)
        for name, value in zip(fields, args, strict=False):  # as many: arranged above
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = type(self)._values
        return bool(values(self) == values(other))

    def __hash__(self) -> int:
        return hash(type(self)._values(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), type(self)._values(self)


def _arrange(name: str, fields: tuple[str, ...], args: tuple[Any, ...],
             kwargs: dict[str, Any], defaults: dict[str, Any]) -> tuple[Any, ...]:
    """Arguments and defaults as one value per field, or the TypeError Python gives."""
    if len(args) > len(fields):
        raise TypeError(f"{name}() takes {len(fields)} arguments but {len(args)} were given")
    values = dict(zip(fields, args, strict=False))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
        if key in values:
            raise TypeError(f"{name}() got multiple values for argument {key!r}")
        values[key] = value
    for field, value in defaults.items():
        values.setdefault(field, value)
    missing = [field for field in fields if field not in values]
    if missing:
        raise TypeError(f"{name}() missing arguments: {', '.join(missing)}")
    return tuple(values[field] for field in fields)
