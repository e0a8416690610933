"""From a file to a validated, immutable Report.

JSON numbers are read as Decimal (never float); NaN, Infinity, duplicate keys,
absurd exponents, numbers of absurd length and absurd nesting are refused; the
schema is checked and every violation is reported with its JSON pointer. Any
failure is an ``InputError``. ``Limits`` carries the bounds a user may raise.
"""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from crossfoot.errors import InputError
from crossfoot.model.quantity import Quantity
from crossfoot.model.records import Record
from crossfoot.model.report import CLAIM_ROLES, DECIMAL_TEXT, Report, Section, build_report
from crossfoot.packaged import package_files
from crossfoot.patterns import LazyPattern

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 64
MAX_EXPONENT = 30
MAX_NUMBER_LENGTH = 40
MAX_SCHEMA_PROBLEMS = 20
#: characters of JSON a process checks with the light walk (``light_schema``) before it
#: loads jsonschema-rs: the walk costs about 0.15 ms a KiB, loading jsonschema-rs about
#: 8 ms once, so a one-file check of a small report skips the load and a batch soon pays it
LIGHT_BUDGET = 16 * 1024
_light_left = LIGHT_BUDGET
#: a high surrogate escape with its low partner, or either one alone
_SURROGATE = LazyPattern(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?"
                         r"|\\u[dD][c-fC-F][0-9a-fA-F]{2}")


class Limits(Record):
    """What one input may cost. Validation and the model recurse over nesting,
    so depth is bounded well below Python's recursion limit; both have flags."""

    max_bytes: int = MAX_BYTES
    max_depth: int = MAX_DEPTH

    @classmethod
    def of(cls, options: Mapping[str, Any]) -> Limits:
        """The limits among an importer's options (keys ``max_bytes``, ``max_depth``)."""
        return cls(int(options.get("max_bytes") or MAX_BYTES),
                   int(options.get("max_depth") or MAX_DEPTH))


@cache
def report_schema() -> dict[str, Any]:
    folder = package_files("crossfoot.model.schema")
    text = folder.joinpath("report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(report_schema())


@cache
def _quick_check() -> Callable[[Any], bool]:
    """The fast yes/no schema check; jsonschema is needed only to explain a no.

    jsonschema walks a seed-size report in tens of milliseconds, more than all
    the rules together; jsonschema-rs answers "valid?" in a fraction of one.
    jsonschema stays the reference: it words every problem a user sees.
    """
    import jsonschema_rs

    validator = jsonschema_rs.validator_for(report_schema())
    return validator.is_valid


def _surely_valid(data: Any, size: int | None) -> bool:
    """The light walk's yes for a small JSON report while jsonschema-rs is not loaded yet;
    False means "ask jsonschema-rs". ``size``: the JSON text's length, None if not JSON."""
    global _light_left
    if size is None or size > _light_left or _quick_check.cache_info().currsize:
        return False
    _light_left -= size
    from crossfoot.importing.light_schema import surely_valid

    return surely_valid(data, report_schema())


#: the path that names standard input (``crossfoot check - --from docx``)
STDIN = "-"


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, with a clear error for anything that is not a readable file.

    ``-`` is standard input, read as a pipe is: one byte past the limit.
    """
    name = str(path)
    if name == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(name, f"input is over the limit of {max_bytes} bytes "
                                   "(raise it with --max-bytes)")
        if not data.strip():
            raise InputError(name, "standard input is empty")
        return data
    if path.is_dir():
        raise InputError(name, "is a folder, not a report file")
    try:
        info = path.stat()
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise InputError(name, "is a device or socket, not a report file")
        if info.st_size > max_bytes:
            raise InputError(name, f"file is {info.st_size} bytes, over the limit of "
                                   f"{max_bytes} (raise it with --max-bytes)")
        # one byte past what is allowed (a pipe has no size) and no more: read(n) reserves n
        wanted = max_bytes if stat.S_ISFIFO(info.st_mode) else min(max_bytes, info.st_size)
        with path.open("rb") as handle:
            data = handle.read(wanted + 1)
        if len(data) > max_bytes:
            raise InputError(name, f"input is over the limit of {max_bytes} bytes "
                                   "(raise it with --max-bytes)")
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(name, "file is empty")
    return data


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: (first bytes, what the file is, how to read it instead) of documents mistaken for text
_DOCUMENTS = ((b"%PDF-", "a PDF", "read it with --from pdf (or name it .pdf)"),
              (b"PK\x03\x04", "a zip archive",
               "read it with --from docx or --from xlsx, if it is one"),
              (_OLE, "an encrypted or legacy Office (OLE) file (.doc/.xls, or "
                     "password-protected)", "save it as .docx or .xlsx without a password"))


def document_kind(data: bytes) -> str | None:
    """What a file's first bytes say it is, when it is a document people mistake for text."""
    head = data.lstrip()[:8] if data[:1].isspace() else data[:8]
    return next((kind for magic, kind, _ in _DOCUMENTS if head.startswith(magic)), None)


def refuse_document(data: bytes, name: str, reading: str) -> None:
    """One clear line for a PDF, Word or Excel file read as ``reading`` (text, JSON),
    instead of an encoding error at some byte of it."""
    kind = document_kind(data)
    if kind is not None:
        instead = next(how for _, found, how in _DOCUMENTS if found == kind)
        raise InputError(name, f"is {kind}, not {reading}: {instead}")


def decode_utf8(data: bytes, name: str) -> str:
    refuse_document(data, name, "JSON")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} "
                               f"at offset {exc.start}") from None


def parse_json(text: str, name: str) -> Any:
    """JSON with Decimal numbers; refuses NaN, Infinity, duplicate keys and lone surrogates."""
    try:
        data = json.loads(text, parse_float=_decimal, parse_int=_integer,
                          parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
        if "\\ud" in text or "\\uD" in text:
            _refuse_lone_surrogates(text)
        return data
    except json.JSONDecodeError as exc:
        raise InputError(name, f"line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}"
                         ) from None
    except _JsonProblem as exc:
        raise InputError(name, f"invalid JSON: {exc}") from None
    except RecursionError:
        raise InputError(name, "invalid JSON: nested too deeply to read") from None


def _refuse_lone_surrogates(text: str) -> None:
    """``\\ud800`` alone is valid JSON but no character: no output could be written."""
    for match in _SURROGATE.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] == "\\":
            before -= 1
        escaped = (match.start() - before) % 2 == 1  # "\\\\ud800" is a backslash and text
        if len(match.group()) == 6 and not escaped:
            raise json.JSONDecodeError(f"{match.group()} is half of a surrogate pair, not a "
                                       "character", text, match.start())


def check_depth(data: Any, name: str, max_depth: int = MAX_DEPTH) -> None:
    """Refuse nesting deeper than ``max_depth`` (the root is level 1), saying where."""
    if _depth_at_most(data, max_depth):
        return
    _refuse_depth(data, name, max_depth)


def _depth_at_most(data: Any, max_depth: int) -> bool:
    """Whether ``data`` nests at most ``max_depth`` levels: one level at a time, no paths kept."""
    level = [data] if isinstance(data, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > max_depth:
            return False
        level = [child for value in level
                 for child in (value.values() if isinstance(value, dict) else value)
                 if isinstance(child, (dict, list))]
    return True


def _refuse_depth(data: Any, name: str, max_depth: int) -> None:
    """The error for the first place found nested deeper than ``max_depth``."""
    stack: list[tuple[Any, int, Any, str]] = []
    if isinstance(data, (dict, list)):
        stack.append((data, 1, None, ""))
    while stack:
        entry = stack.pop()
        value, depth = entry[0], entry[1]
        if depth > max_depth:
            steps = []
            while entry[2] is not None:
                steps.append(entry[3])
                entry = entry[2]
            where = _pointer(reversed(steps))
            where = where if len(where) <= 80 else where[:80] + "..."
            raise InputError(name, f"{where}: nested more than {max_depth} levels deep "
                                   "(raise the limit with --max-depth)")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        stack.extend((child, depth + 1, entry, str(key)) for key, child in items
                     if isinstance(child, (dict, list)))


def validate(data: Any, name: str, size: int | None = None) -> None:
    """Check ``data`` against the report schema; all problems in one error.

    ``size``: the length of the JSON text ``parse_json`` read ``data`` from, if it did.
    """
    valid = _surely_valid(data, size) or _quick_check()(data)
    errors = [] if valid else sorted(
        _validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    problems = [f"{_pointer(e.absolute_path)}: {_describe(e)}" for e in errors]
    problems.extend(_reference_problems(data) if not problems else [])
    if problems:
        shown = problems[:MAX_SCHEMA_PROBLEMS]
        if len(problems) > MAX_SCHEMA_PROBLEMS:
            shown.append(f"... and {len(problems) - MAX_SCHEMA_PROBLEMS} more")
        count = len(problems)
        noun = "problem" if count == 1 else "problems"
        raise InputError(name, f"does not match the report schema ({count} {noun})", shown)


def report_from_data(data: Any, name: str, limits: Limits | None = None,
                     read: Mapping[str, Quantity] | None = None,
                     handed_over: bool = False, size: int | None = None,
                     sections: tuple[Section, ...] | None = None) -> Report:
    """The validated model of ``data``; ``read``: quantities already read, by fact id
    (``build_report`` keeps them); ``handed_over``: the caller lets ``data`` go with it;
    ``size``: the length of the JSON text ``data`` was parsed from (see ``validate``);
    ``sections``: the model of its sections, built by an importer from its own JSON form of
    them (which ``data`` no longer has: they are not checked against the schema again)."""
    limits = limits or Limits()
    check_depth(data, name, limits.max_depth)
    try:
        validate(data, name, size)
        return build_report(data, name, read, handed_over, sections)
    except RecursionError:  # only when --max-depth was raised too far
        raise InputError(name, f"nested too deeply to check, even with --max-depth "
                               f"{limits.max_depth}") from None


def load_json_report(path: Path, limits: Limits | None = None) -> Report:
    limits = limits or Limits()
    name = str(path)
    text = decode_utf8(read_bytes(path, limits.max_bytes), name)
    return report_from_data(parse_json(text, name), name, limits, size=len(text))


# ---------------------------------------------------------------------------


class _JsonProblem(ValueError):
    pass


def number_problem(text: str) -> str | None:
    """Why a number's text is refused (absurd length or exponent), or None."""
    if len(text) > MAX_NUMBER_LENGTH:
        return (f"number {text[:20]}... is {len(text)} characters long, over the limit of "
                f"{MAX_NUMBER_LENGTH}")
    return _range_problem(text, Decimal(text))


def _range_problem(text: str, value: Decimal) -> str | None:
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        return f"number {text} is out of range"
    return None


def _decimal(text: str) -> Decimal:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _JsonProblem(number_problem(text))
    value = Decimal(text)
    if value:
        # plain digits no longer than the exponent limit are within it (as for integers)
        if len(text) > MAX_EXPONENT or "e" in text or "E" in text:
            problem = _range_problem(text, value)
            if problem:
                raise _JsonProblem(problem)
        return value
    if not -MAX_EXPONENT <= value.as_tuple().exponent <= MAX_EXPONENT:  # type: ignore[operator]
        return Decimal(0)  # 0E-99999999 is exactly zero; its exponent would poison arithmetic
    return value.copy_abs()  # -0.0 is 0.0, its decimals kept


def _integer(text: str) -> int:
    if len(text) > MAX_EXPONENT:  # shorter integers are always within the limits
        problem = number_problem(text)
        if problem:
            raise _JsonProblem(problem)
    return int(text)


def _no_constant(name: str) -> Any:
    raise _JsonProblem(f"{name} is not a number crossfoot accepts")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _JsonProblem(f"duplicate key {key!r}")
            seen.add(key)
    return result


def _pointer(path: Any) -> str:
    steps = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(steps) if steps else "/"


def _describe(error: Any) -> str:
    """A schema error in a few words; oneOf failures say what would be accepted."""
    if error.validator in ("oneOf", "anyOf"):
        kinds = sorted({str(s.get("type", "value")) for s in error.validator_value
                        if isinstance(s, Mapping)})
        return f"{_short(error.instance)} is not valid here (expected one of: {', '.join(kinds)})"
    message = str(error.message)
    return message if len(message) <= 200 else message[:197] + "..."


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _reference_problems(data: Mapping[str, Any]) -> list[str]:
    """Ids that must be unique and references that must resolve."""
    problems: list[str] = []
    #: kind -> id -> where the first of that id is: its pointer, or its index in the one
    #: list all of its kind are in (a key and a pointer string per fact were 4 MiB at 10,000)
    seen: dict[str, dict[str, str | int]] = {}

    def claim(kind: str, ident: str, pointer: str, index: int | None = None) -> None:
        """``pointer``: the item's; with ``index``: the list's it is item ``index`` of."""
        firsts = seen.setdefault(kind, {})
        first = firsts.get(ident)
        if first is None:
            firsts[ident] = pointer if index is None else index
            return
        here = pointer if index is None else f"{pointer}/{index}"
        there = first if isinstance(first, str) else f"{pointer}/{first}"
        problems.append(f"{here}/id: duplicate {kind} id {ident!r} (first at {there})")

    for pointer, section in _walk_sections(data.get("sections", []), "/sections"):
        claim("section", section["id"], pointer)
        for i, paragraph in enumerate(section.get("paragraphs", [])):
            claim("paragraph", paragraph["id"], f"{pointer}/paragraphs/{i}")
    tables = {}
    for t, table in enumerate(data.get("tables", [])):
        pointer = f"/tables/{t}"
        claim("table", table["id"], pointer)
        tables[table["id"]] = table
        columns = {c["id"] for c in table["columns"]}
        for c, column in enumerate(table["columns"]):
            claim(f"column of {table['id']}", column["id"], f"{pointer}/columns/{c}")
        rows = {r["id"] for r in table["rows"]}
        for r, row in enumerate(table["rows"]):
            claim(f"row of {table['id']}", row["id"], f"{pointer}/rows/{r}")
            for key, cell in row.get("cells", {}).items():
                if key not in columns:
                    problems.append(f"{pointer}/rows/{r}/cells/{key}: no column {key!r} "
                                    f"in table {table['id']!r}")
                problem = _text_number_problem(cell.get("value") if isinstance(cell, dict)
                                               else cell)
                if problem:
                    problems.append(f"{pointer}/rows/{r}/cells/{key}: {problem}")
            for ref in row.get("sum_of", []):
                if ref not in rows:
                    problems.append(f"{pointer}/rows/{r}/sum_of: no row {ref!r} "
                                    f"in table {table['id']!r}")
        for s, declared in enumerate(table.get("column_sums", [])):
            for key in [declared["total"], *declared["parts"]]:
                if key not in columns:
                    problems.append(f"{pointer}/column_sums/{s}: no column {key!r}")
    facts = seen.setdefault("fact", {})
    for f, fact in enumerate(data.get("facts", [])):
        claim("fact", fact["id"], "/facts", f)
        value = fact["value"]
        if isinstance(value, str) and fact.get("measure") not in ("grade", "date") \
                and not DECIMAL_TEXT.match(value.strip()):
            shown = value if len(value) <= 60 else value[:57] + "..."
            problems.append(f"/facts/{f}/value: {shown!r} is not a number "
                            "(text values need measure grade or date)")
        elif problem := _text_number_problem(value):
            problems.append(f"/facts/{f}/value: {problem}")
    for r, relation in enumerate(data.get("relations", [])):
        pointer = f"/relations/{r}"
        claim("relation", relation["id"], "/relations", r)
        refs = [("total", relation["total"])]
        refs += [(f"parts/{i}", p) for i, p in enumerate(relation["parts"])]
        for where, ref in refs:
            problem = _missing_ref(ref, facts, tables)
            if problem:
                problems.append(f"{pointer}/{where}: {problem}")
        weights = relation.get("weights")
        if weights is not None and len(weights) != len(relation["parts"]):
            problems.append(f"{pointer}/weights: {len(weights)} weights for "
                            f"{len(relation['parts'])} parts")
    for c, declared in enumerate(data.get("claims", [])):
        pointer = f"/claims/{c}"
        claim("claim", declared["id"], "/claims", c)
        named = [(where, declared[where]) for where in CLAIM_ROLES if where in declared]
        named += [(f"of/{i}", ref) for i, ref in enumerate(declared.get("of", ()))]
        for where, ref in named:
            problem = _missing_ref(ref, facts, tables)
            if problem:
                problems.append(f"{pointer}/{where}: {problem}")
        missing = [name.replace("|", " or ") for name in CLAIM_NEEDS[declared["kind"]]
                   if not any(one in declared for one in name.split("|"))]
        if missing:
            problems.append(f"{pointer}: a {declared['kind']} claim needs "
                            f"{' and '.join(missing)}")
    return problems


#: the figures a claim may name, and those each kind of claim needs (a|b: either; a rate's
#: whole may be given by what the part passed it by, 超预算 d)
CLAIM_NEEDS = {"change": (), "share": ("value", "part", "whole"),
               "rate": ("value", "part", "whole|change"), "enumeration": ("count", "items"),
               "average": ("value", "of"), "growth": ("base", "current", "percent")}


def _text_number_problem(value: Any) -> str | None:
    """Decimal strings are numbers too: the same bounds as JSON numbers."""
    if isinstance(value, str):
        digits = value.strip()
        # plain digits no longer than the exponent limit are within both limits (as for
        # integers in ``_integer``): most cells, so their Decimal is not made twice
        if len(digits) > MAX_EXPONENT and DECIMAL_TEXT.match(digits):
            return number_problem(digits)
    return None


def _missing_ref(ref: Mapping[str, str], facts: Mapping[str, Any],
                 tables: Mapping[str, Any]) -> str | None:
    if "fact" in ref:
        return None if ref["fact"] in facts else f"no fact {ref['fact']!r}"
    table = tables.get(ref["table"])
    if table is None:
        return f"no table {ref['table']!r}"
    if not any(r["id"] == ref["row"] for r in table["rows"]):
        return f"no row {ref['row']!r} in table {ref['table']!r}"
    if not any(c["id"] == ref["col"] for c in table["columns"]):
        return f"no column {ref['col']!r} in table {ref['table']!r}"
    return None


def _walk_sections(sections: list[Any], pointer: str) -> Iterator[tuple[str, Any]]:
    for i, section in enumerate(sections):
        here = f"{pointer}/{i}"
        yield here, section
        yield from _walk_sections(section.get("sections", []), f"{here}/sections")
