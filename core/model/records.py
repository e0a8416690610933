"""Small immutable value classes that cost next to nothing to define.

A frozen dataclass costs a few tenths of a millisecond to define, because its
methods are written out as source and compiled for each class; a command
line pays that at every start for every class it imports. A ``Record``
subclass declares its fields as annotations, as a dataclass does, and gets
the same behaviour: construction by position or keyword (fields in
declaration order, a subclass's after its base's), equality and hashing by
type and fields, a dataclass-style repr, ``__match_args__``, slots, and no
assignment after construction. Its ``__init__`` is made for its fields, as a
dataclass's is, so a record is as quick to build as a frozen dataclass; but
the code is compiled once per number of fields, not once per class (see
``_initializer``), and the other methods are shared. A field may have a
default (``place: str | None = None``), as in a dataclass: immutable values
only, and no field without one after a field with one; a default made anew for
each record is ``factory(dict)`` (a dataclass's ``field(default_factory=dict)``).
A ``__post_init__`` of the class runs after the made ``__init__``, as a
dataclass's does (to fill ``_hidden`` fields kept from the others).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from operator import attrgetter
from types import CellType, CodeType, FunctionType
from typing import Any, ClassVar, TypeVar, cast, dataclass_transform

#: the free variables of a made ``__init__``: a field may not take one of these names
_SETTER = "_record_set_"


_FORMS: dict[int, CodeType] = {}

T = TypeVar("T")


class _Factory:
    """The default of a field whose value is made for each record (see ``factory``)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make

    def __repr__(self) -> str:
        return f"factory({self.make!r})"


def factory(make: Callable[[], T]) -> T:
    """A field default made by calling ``make`` for each record that is not given one:
    ``settings: Mapping[str, Any] = factory(dict)``."""
    return cast(T, _Factory(make))


def _with_factories(init: Callable[..., None],
                    factories: dict[str, Callable[[], Any]]) -> Callable[..., None]:
    """``init``, then each field still holding its ``factory`` marker made anew."""
    @wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        for name, make in factories.items():
            if isinstance(getattr(self, name), _Factory):
                object.__setattr__(self, name, make())

    return __init__


def _with_post_init(init: Callable[..., None],
                    post_init: Callable[[Any], None]) -> Callable[..., None]:
    """``init``, then the class's ``__post_init__``."""
    @wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        post_init(self)

    return __init__


def _initializer(record: RecordType) -> Callable[..., None]:
    """``__init__(self, <fields>)`` for ``record``, with its defaults.

    The code for n fields (parameters ``a0`` ... ``a<n-1>``, each stored by
    calling the slot's setter it closes over) is compiled once and renamed
    for each class: the parameters take the fields' names, so keywords,
    defaults and Python's own ``TypeError``s behave as a dataclass's do.
    Storing through the slot's setter skips the class's ``__setattr__``,
    which refuses assignment.
    """
    fields = record._fields
    if any(field == "self" or field.startswith(_SETTER) for field in fields):
        raise TypeError(f"{record.__name__}: a record field may not be named 'self' "
                        f"or start with {_SETTER!r}")
    code = _form(len(fields)).replace(co_varnames=("self", *fields), co_name="__init__",
                                      co_qualname=f"{record.__qualname__}.__init__")
    setters = {f"{_SETTER}{i}": getattr(record, field).__set__ for i, field in enumerate(fields)}
    cells = tuple(CellType(setters[name]) for name in code.co_freevars)  # in the code's order
    made = FunctionType(code, {}, "__init__", record._tail or None, cells or None)
    made.__qualname__ = f"{record.__qualname__}.__init__"
    made.__module__ = record.__module__
    return made


def _form(count: int) -> CodeType:
    """The code of an ``__init__`` storing ``count`` arguments through ``count`` setters.

    Taken from ``record_forms`` (kept compiled by Python like any module: compiling the
    forms a check needs cost 1.2-2 ms of every start) up to ``FORMS`` fields, else made
    from ``form_source``.
    """
    if count not in _FORMS:
        from crossfoot.model import record_forms

        outer = getattr(record_forms, f"form_{count}", None)
        if outer is None:
            space: dict[str, Any] = {"Any": Any}
            exec(compile(form_source(count), "<record>", "exec"), space)
            outer = space[f"form_{count}"]
        _FORMS[count] = outer(*[None] * count).__code__
    return _FORMS[count]


#: the field counts ``record_forms`` holds the code for
FORMS = 16


def form_source(count: int) -> str:
    """``form_<count>(setters)``: the source of an ``__init__`` for ``count`` fields, its
    parameters and its body on one line each (the generated module repeats no run of lines)."""
    setters = ", ".join(f"{_SETTER}{i}: Any" for i in range(count))
    params = "".join(f", a{i}: Any" for i in range(count))
    body = "; ".join(f"{_SETTER}{i}(self, a{i})" for i in range(count)) or "pass"
    return (f"def form_{count}({setters}) -> Any:\n"
            f"    def __init__(self: Any{params}) -> None:\n        {body}\n"
            "    return __init__\n")


def forms_module() -> str:
    """The text of ``crossfoot/model/record_forms.py`` (a test checks the file is this)."""
    head = ('"""The code of a record\'s ``__init__`` for 0 to 16 fields, as a module, so that\n'
            "Python keeps it compiled (see ``records._form``). Made by ``forms_module()`` in\n"
            '``records``: do not edit; ``tests/model/test_records.py`` checks it."""\n'
            "# ruff: noqa: E501, E702\n\n"
            "from typing import Any\n")
    return head + "".join(f"\n\n{form_source(count)}" for count in range(FORMS + 1))


def _getter(fields: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values of ``fields`` of a record, as a tuple (made in C by ``attrgetter``)."""
    values = attrgetter(*fields) if fields else (lambda record: ())
    return values if len(fields) != 1 else (lambda record: (values(record),))


@dataclass_transform(frozen_default=True)
class RecordType(type):
    """Makes each annotation of a class body a slot and a field."""

    _fields: tuple[str, ...]
    _defaults: dict[str, Any]
    _tail: tuple[Any, ...]
    _values: Callable[[Any], tuple[Any, ...]]
    _hidden: tuple[str, ...]
    _shown: tuple[str, ...]
    _compared: Callable[[Any], tuple[Any, ...]]

    def __new__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                **kwargs: Any) -> RecordType:
        own = tuple(field for field, kind in namespace.get("__annotations__", {}).items()
                    if not str(kind).startswith(("ClassVar", "typing.ClassVar")))
        defaults = {field: namespace.pop(field) for field in own if field in namespace}
        base = next((base for base in bases if isinstance(base, RecordType)), None)
        fields = (base._fields if base else ()) + own
        namespace["__slots__"] = own
        namespace["__match_args__"] = fields
        made = super().__new__(cls, name, bases, namespace, **kwargs)
        made._fields = fields
        made._defaults = {**(base._defaults if base else {}), **defaults}
        # the defaults of the last fields, in order, and the fields as a tuple: both in C
        made._tail = tuple(made._defaults[f] for f in fields if f in made._defaults)
        if any(f not in made._defaults for f in fields[len(fields) - len(made._tail):]):
            raise TypeError(f"{name}: a field without a default follows one with a default")
        made._values = _getter(fields)
        # fields named in ``_hidden`` are left out of equality, hashing and repr
        made._shown = tuple(f for f in fields if f not in made._hidden)
        made._compared = made._values if made._shown == fields else _getter(made._shown)
        if "__init__" not in namespace:
            init = _initializer(made)
            factories = {field: default.make for field, default in made._defaults.items()
                         if isinstance(default, _Factory)}
            if factories:
                init = _with_factories(init, factories)
            if "__post_init__" in namespace:
                init = _with_post_init(init, namespace["__post_init__"])
            made.__init__ = init  # type: ignore[misc]
        return made


class Record(metaclass=RecordType):
    """Base of the value classes; see the module docstring."""

    _fields: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]
    _tail: ClassVar[tuple[Any, ...]]
    _values: ClassVar[Callable[[Any], tuple[Any, ...]]]
    #: fields left out of equality, hashing and repr (a dataclass's compare=False, repr=False)
    _hidden: ClassVar[tuple[str, ...]] = ()
    _shown: ClassVar[tuple[str, ...]]
    _compared: ClassVar[Callable[[Any], tuple[Any, ...]]]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = type(self)._compared
        return bool(values(self) == values(other))

    def __hash__(self) -> int:
        return hash(type(self)._compared(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{type(self).__qualname__}({shown})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return type(self), type(self)._values(self)


R = TypeVar("R", bound=Record)


def replace(record: R, /, **changes: Any) -> R:
    """A copy of ``record`` with ``changes``, as ``dataclasses.replace`` makes one of a
    dataclass: built again through the class's ``__init__``; an unknown field is a
    ``TypeError``."""
    values = dict(zip(record._fields, type(record)._values(record), strict=True))
    values.update(changes)
    return type(record)(**values)
