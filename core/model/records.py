"""Small immutable value classes that cost next to nothing to define.

A frozen dataclass costs a few tenths of a millisecond to define, because its
methods are written out as source and compiled for each class; a command
line pays that at every start for every class it imports. A ``Record``
subclass declares its fields as annotations, as a dataclass does, and gets
the same behaviour from one shared set of methods: construction by position
or keyword (fields in declaration order, a subclass's after its base's),
equality and hashing by type and fields, a dataclass-style repr, slots, and
no assignment after construction. No defaults: every field is given.
"""

from __future__ import annotations

from typing import Any, ClassVar, dataclass_transform


@dataclass_transform(frozen_default=True)
class RecordType(type):
    """Makes each annotation of a class body a slot and a field."""

    _fields: tuple[str, ...]

    def __new__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                **kwargs: Any) -> RecordType:
        own = tuple(field for field, kind in namespace.get("__annotations__", {}).items()
                    if not str(kind).startswith(("ClassVar", "typing.ClassVar")))
        namespace["__slots__"] = own
        made = super().__new__(cls, name, bases, namespace, **kwargs)
        inherited: tuple[str, ...] = next(
            (base._fields for base in bases if isinstance(base, RecordType)), ())
        made._fields = inherited + own
        return made


class Record(metaclass=RecordType):
    """Base of the value classes; see the module docstring."""

    _fields: ClassVar[tuple[str, ...]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields = self._fields
        if kwargs or len(args) != len(fields):
            args = _arrange(type(self).__name__, fields, args, kwargs)
        for name, value in zip(fields, args, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), self._values()


def _arrange(name: str, fields: tuple[str, ...], args: tuple[Any, ...],
             kwargs: dict[str, Any]) -> tuple[Any, ...]:
    """Positional and keyword arguments as one value per field, or the TypeError Python gives."""
    if len(args) > len(fields):
        raise TypeError(f"{name}() takes {len(fields)} arguments but {len(args)} were given")
    values = dict(zip(fields, args, strict=False))
    for key, value in kwargs.items():
        if key not in fields:
            raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
        if key in values:
            raise TypeError(f"{name}() got multiple values for argument {key!r}")
        values[key] = value
    missing = [field for field in fields if field not in values]
    if missing:
        raise TypeError(f"{name}() missing arguments: {', '.join(missing)}")
    return tuple(values[field] for field in fields)
