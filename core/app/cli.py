"""The ``crossfoot`` command line.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage, input, configuration or internal error. Errors are one line on
stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from crossfoot import __version__
from crossfoot.errors import ConfigError, CrossfootError

if TYPE_CHECKING:  # imported where used, so that `crossfoot --version` starts quickly
    from crossfoot.app.config import Config
    from crossfoot.app.session import Session
    from crossfoot.checking.findings import Severity
    from crossfoot.reporting.results import FileResult

#: commands run under the watchdog when started from the command line (crossfoot.app.watchdog)
SUPERVISED = {"check", "baseline", "extract"}


def _severity(text: str) -> Severity:
    """``Severity.parse``, imported when a severity is given, not on every start."""
    from crossfoot.checking.findings import Severity

    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; ``argv=None`` (the installed script) runs a check under a watchdog."""
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(frozenset(words))
    args = parser.parse_args(argv)
    if argv is None and args.command in SUPERVISED:
        from crossfoot.app.runtime import own_process
        from crossfoot.app.watchdog import supervised

        own_process()

        return supervised(lambda: _run(args))
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    """Run the command; whatever goes wrong is one line on stderr and exit code 2."""
    from crossfoot.app.output import OutputError, abandon_stdout, flush_stdout
    from crossfoot.app.signals import Terminated, exit_code, terminating

    try:
        with terminating():
            code: int = args.func(args)
            flush_stdout()
            return code
    except CrossfootError as exc:
        if isinstance(exc, OutputError):
            abandon_stdout()
        return _say(f"crossfoot: error: {exc}", exc.exit_code)
    except BrokenPipeError:
        abandon_stdout()
        return 0
    except (KeyboardInterrupt, Terminated) as exc:
        word = "terminated" if isinstance(exc, Terminated) else "interrupted"
        return _say(f"crossfoot: {word}", exit_code(exc))
    except MemoryError:
        return _say("crossfoot: error: out of memory (a memory limit such as ulimit -v, or a "
                    "report too large for this machine)", 2)
    except Exception as exc:  # a bug: still one line, never a traceback
        from crossfoot.errors import describe

        return _say(f"crossfoot: error: internal error: {describe(exc)[:1000]}", 2)


def _say(line: str, code: int) -> int:
    from crossfoot.reporting.terminal import visible_lines

    with suppress(OSError, ValueError):
        print(visible_lines(line), file=sys.stderr)
    return code


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the usage is one --help away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        """argparse's formatter at the width it would take, found without ``shutil``:
        argparse makes a formatter for every option it adds, and importing shutil (with
        lzma, bz2 and fnmatch) cost every start about 3 ms for help it never prints."""
        make: Any = self.formatter_class  # typeshed's protocol names prog only
        return make(prog=self.prog, width=_terminal_columns() - 2)  # type: ignore[no-any-return]


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            stdout = sys.__stdout__
            columns = os.get_terminal_size(stdout.fileno()).columns if stdout else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def _common_options(defaults: bool) -> _Parser:
    """Options every command takes, before or after the command name.

    The subcommands' copies default to SUPPRESS so that ``crossfoot -p no:X check``
    keeps what was given before the command instead of resetting it.
    """
    def default(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    common = _Parser(add_help=False)
    common.add_argument("-p", dest="plugins", action="append", default=default([]),
                        metavar="no:NAME", help="disable a plugin: -p no:NAME (repeatable)")
    common.add_argument("--require-plugins", action="append", default=default([]),
                        metavar="NAME", help="fail unless this plugin is loaded (repeatable)")
    common.add_argument("--config", type=Path, metavar="FILE", default=default(None),
                        help="configuration file (default: nearest crossfoot.toml or "
                             "pyproject.toml with [tool.crossfoot])")
    return common


#: each subcommand's line in ``crossfoot --help``
_HELP = {
    "check": 'check report files',
    "rules": 'list all rules',
    "rule": "show a rule's documentation",
    "packs": 'list rule packs and where they come from',
    "pack": 'rule pack tools for pack authors',
    "schema": 'print the report JSON Schema',
    "plugins": 'list loaded plugins',
    "extract": "read a text, PDF, Word or Excel report into Report JSON, with the mentions "
               "and claims found in it",
    "serve": 'a page on this computer (127.0.0.1) to upload and check reports',
    "baseline": 'record current findings, so later checks show only new ones',
}


def build_parser(commands: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The command line; with ``commands``, only those subcommands get their options.

    Building every subcommand's options costs a start about 3 ms. The command
    a command line runs is one of its words, so ``main`` names the words: a
    subcommand not among them is made empty, with the one-line help that
    ``crossfoot --help`` lists and the name an unknown command's error offers.
    """
    def wanted(name: str) -> bool:
        return commands is None or name in commands

    def subcommand(name: str, *parents: _Parser,
                   needed_by: tuple[str, ...] = ()) -> argparse.ArgumentParser | None:
        """The parser to give ``name``'s options, or None: made empty, not wanted."""
        if wanted(name) or any(map(wanted, needed_by)):
            return sub.add_parser(name, parents=list(parents), help=_HELP[name])
        sub.add_parser(name, help=_HELP[name], add_help=False)  # never parses: not named
        return None

    common = _common_options(defaults=False)
    parser = _Parser(
        prog="crossfoot", parents=[_common_options(defaults=True)],
        description="Check structured reports: totals, ratios, dates, text vs table, structure.")
    parser.add_argument("--version", action="version", version=f"crossfoot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    if (check := subcommand("check", common, needed_by=("baseline",))) is not None:
        check.add_argument("files", nargs="*", type=Path, metavar="PATH", default=[Path(".")],
                           help="report files, or folders to search for them (default: .)")
        check.add_argument("--format", "--output-format", dest="format", default="text",
                           help="output format: text, json, sarif, junit "
                                                            "or html (plugins may add more)")
        check.add_argument("--quiet", "-q", action="store_true",
                           help="print the findings and errors only: no summary, progress or notes")
        check.add_argument("--statistics", action="store_true",
                           help="print the number of findings per rule instead of the findings")
        check.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                           help="colour the text output (auto: on a terminal, unless NO_COLOR is "
                                "set)")
        check.add_argument("--select", type=_csv, help="rule ids, prefixes or names to run (ALL)")
        check.add_argument("--extend-select", type=_csv)
        check.add_argument("--ignore", type=_csv, help="rule ids, prefixes or names to skip")
        check.add_argument("--extend-ignore", type=_csv)
        check.add_argument("--severity", action="append", default=[], metavar="RULE=LEVEL",
                           help="override a rule's severity, e.g. SUM105=warning (repeatable)")
        check.add_argument("--fail-on", type=_severity, metavar="LEVEL",
                           help="lowest severity that makes the exit code 1 (default error)")
        check.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
        check.add_argument("--lang", choices=["zh", "en"], help="message language (default: the "
                                                                 "report's language)")
        check.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                           help="the date to check report dates against (default: today)")
        check.add_argument("--rule-timeout", type=float, default=10.0, metavar="SECONDS",
                           help="time budget per rule and report (default 10)")
        check.add_argument("--max-bytes", type=_size, metavar="SIZE",
                           help="largest report file read, e.g. 200M (default 50M)")
        check.add_argument("--max-depth", type=_size, metavar="LEVELS",
                           help="deepest nesting of a report's JSON (default 64)")
        check.add_argument("--encoding", metavar="NAME", type=_encoding,
                           help="encoding of text reports (default: UTF-8 with or without BOM, "
                                "else GB18030/GBK)")
        check.add_argument("--from", dest="from_format", metavar="SUFFIX",
                           help="read every file as this format (json, txt ...)")
        check.add_argument("--output", "-o", type=Path, metavar="FILE",
                           help="write the output to FILE (atomically) instead of stdout")
        check.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                           help="check N reports at once in worker processes (default: one per "
                                "core; a single process for fewer than 8 reports)")
        check.add_argument("--dask", metavar="SCHEDULER", default=None,
                           help="check the reports on the Dask cluster at SCHEDULER "
                                "(tcp://host:8786), or on a local one: --dask local (with --jobs "
                                "workers); needs crossfoot[dask]")
        check.add_argument("--baseline", type=Path, metavar="FILE",
                           help="report only findings not in this baseline (see `baseline`)")
        _pack_option(check)
        check.set_defaults(func=cmd_check)

    if (rules := subcommand("rules", common)) is not None:
        rules.add_argument("--format", choices=["text", "json"], default="text")
        _pack_option(rules)
        rules.set_defaults(func=cmd_rules)

    if (rule := subcommand("rule", common)) is not None:
        rule.add_argument("rule_id", metavar="ID")
        _pack_option(rule)
        rule.set_defaults(func=cmd_rule)

    if (packs := subcommand("packs", common)) is not None:
        _pack_option(packs)
        packs.set_defaults(func=cmd_packs)
    if (pack := subcommand("pack")) is not None:
        pack_sub = pack.add_subparsers(dest="pack_command", metavar="COMMAND", required=True)
        pack_check = pack_sub.add_parser("check", parents=[common],
                                         help="validate pack files without a report")
        pack_check.add_argument("pack_files", nargs="+", type=Path, metavar="FILE")
        pack_check.set_defaults(func=cmd_pack_check)

    if (schema := subcommand("schema")) is not None:
        schema.add_argument("--output-format", dest="which", action="store_const",
                            const="findings", default="report",
                            help="print the schema of the JSON output instead")
        schema.set_defaults(func=cmd_schema)

    if (plugins := subcommand("plugins", common)) is not None:
        plugins.set_defaults(func=cmd_plugins)

    if (extract := subcommand("extract")) is not None:
        extract.add_argument("file", type=Path, metavar="FILE",
                             help="a .txt, .pdf, .docx or .xlsx file, or - for standard input "
                                  "(with --from)")
        extract.add_argument("--from", dest="from_format", metavar="SUFFIX",
                             help="read the file as this format (txt, pdf, docx, xlsx)")
        extract.add_argument("--output", "-o", type=Path, metavar="FILE",
                             help="write the JSON to FILE (atomically) instead of stdout")
        extract.add_argument("--encoding", metavar="NAME", type=_encoding,
                             help="encoding of the text (default: UTF-8 with or without BOM, "
                                  "else GB18030/GBK)")
        extract.set_defaults(func=cmd_extract)

    if (serve := subcommand("serve", common)) is not None:
        serve.add_argument("--port", type=int, default=8765,
                           help="port to listen on (default 8765; 0 picks a free one)")
        serve.add_argument("--max-upload", type=_size, default=20 * 1024 * 1024, metavar="SIZE",
                           help="largest file accepted, e.g. 50M (default 20M)")
        serve.add_argument("--lang", choices=["zh", "en"], help="page language (default zh)")
        serve.add_argument("--today", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                           help="the date to check report dates against (default: today)")
        _pack_option(serve)
        serve.set_defaults(func=cmd_serve)

    # check is built whenever baseline is (needed_by), and gives it its options
    if (baseline := subcommand("baseline", common)) is not None and check is not None:
        baseline.add_argument("files", nargs="+", type=Path, metavar="PATH")
        baseline.add_argument("--output", "-o", type=Path, metavar="FILE",
                              help="baseline file to write (default: stdout)")
        _share_options(check, baseline, skip={"help", "files", "format", "output", "baseline",
                                              "exit_zero", "fail_on", "quiet", "statistics",
                                              "color"})
        baseline.set_defaults(func=cmd_baseline)
    return parser


def _pack_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", action="append", default=[], metavar="PATH",
                        help="also load this rule pack (repeatable)")


def _share_options(source: argparse.ArgumentParser, target: argparse.ArgumentParser,
                   skip: set[str]) -> None:
    """Give ``target`` every option of ``source`` it lacks (as argparse's parents= does).

    ``baseline`` takes all of check's rule and input options, including those
    added later, without repeating them.
    """
    for action in source._actions:
        if action.dest in skip or any(o in target._option_string_actions
                                      for o in action.option_strings):
            continue
        target._add_action(action)


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of jobs: {text!r}")
    return int(text)


def _size(text: str) -> int:
    """A positive whole number, with an optional K, M or G (binary) suffix."""
    scale = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(text.strip()[-1:].upper(), 1)
    digits = text.strip()[:-1] if scale > 1 else text.strip()
    if not digits.isdigit() or int(digits) == 0:
        raise argparse.ArgumentTypeError(f"not a positive size: {text!r}")
    return int(digits) * scale


def _encoding(name: str) -> str:
    """A codec that turns bytes into text (not rot13, base64, zlib ...).

    An unknown name passes: the reader says so, naming the file.
    """
    import codecs

    try:
        info = codecs.lookup(name)
    except LookupError:
        return name
    if not getattr(info, "_is_text_encoding", True):
        raise argparse.ArgumentTypeError(f"{name!r} is not a text encoding") from None
    return name


def _csv(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(",") if item.strip())


def make_config(args: argparse.Namespace, start: Path | None) -> Config:
    from crossfoot.app.config import load_config, load_config_file

    config = load_config_file(args.config) if args.config else load_config(start)
    severity = dict(config.severity)
    for item in getattr(args, "severity", []):
        key, sep, level = item.partition("=")
        if not sep:
            raise ConfigError(f"--severity wants RULE=LEVEL, got {item!r}")
        try:
            severity[key.strip()] = _severity(level)
        except ValueError as exc:
            raise ConfigError(f"--severity {item}: {exc}") from None
    return config.merged(
        select=getattr(args, "select", None),
        extend_select=getattr(args, "extend_select", None),
        ignore=getattr(args, "ignore", None),
        extend_ignore=getattr(args, "extend_ignore", None),
        fail_on=getattr(args, "fail_on", None),
        lang=getattr(args, "lang", None),
        severity=severity,
    )


def make_session(args: argparse.Namespace, start: Path | None = None) -> Session:
    """The session a command runs, built with the collector paused (``runtime.starting``)."""
    from crossfoot.app.runtime import starting

    with starting():
        return _make_session(args, start)


def _make_session(args: argparse.Namespace, start: Path | None) -> Session:
    config = make_config(args, start)
    blocked = []
    for item in args.plugins:
        if not item.startswith("no:"):
            raise ConfigError(f"-p wants no:NAME to disable a plugin, got {item!r}")
        blocked.append(item[3:])
    today = getattr(args, "today", None) or dt.date.today()
    from crossfoot.analysis.labels import parse_synonyms
    from crossfoot.app.session import Session
    from crossfoot.checking.context import Options, parse_grade_scale
    from crossfoot.model.records import replace

    options = Options(today=today, lang=config.lang, settings=config.options,
                      synonyms=parse_synonyms(config.synonyms, config.source or "configuration"))
    if config.grade_scale:
        scale = parse_grade_scale(config.grade_scale, config.source or "configuration")
        options = replace(options, grade_scale=scale)
    session = Session(config=config, options=options, blocked=blocked,
                      required=args.require_plugins,
                      rule_timeout=getattr(args, "rule_timeout", None),
                      packs=tuple(getattr(args, "pack", ())))
    flags = ("select", "extend_select", "ignore", "extend_ignore")
    given = {key.replace("_", "-"): getattr(args, key, None) or () for key in flags}
    given["severity"] = [item.partition("=")[0].strip() for item in getattr(args, "severity", [])]
    session.refuse_typos(given)
    for limit in ("max_bytes", "max_depth", "encoding"):
        if getattr(args, limit, None):
            session.import_options[limit] = getattr(args, limit)
    from crossfoot.reporting.terminal import visible_lines

    for warning in session.warnings:
        print(visible_lines(warning), file=sys.stderr)
    return session


def cmd_check(args: argparse.Namespace) -> int:
    """Check files and folders; output streams one report at a time, in path order."""
    session = make_session(args, args.files[0])
    if args.baseline is not None:
        from crossfoot.filtering.baseline import load as load_baseline

        session.baseline = load_baseline(args.baseline)
    return run_checks(args, session, args.format, args.exit_zero)


def cmd_serve(args: argparse.Namespace) -> int:
    """The self-check page until Ctrl+C (crossfoot.app.serve)."""
    from crossfoot.app.serve import serve

    session = make_session(args)
    return serve(session, args.port, args.max_upload, args.lang or session.config.lang or "zh")


def cmd_baseline(args: argparse.Namespace) -> int:
    """Record every live finding by fingerprint; exit 2 if a file could not be checked."""
    session = make_session(args, args.files[0])
    code = run_checks(args, session, "baseline", exit_zero=True)
    if args.output is not None:
        print(f"crossfoot: baseline written to {args.output}", file=sys.stderr)
    return code


def run_checks(args: argparse.Namespace, session: Session, fmt: str, exit_zero: bool) -> int:
    """Collect, check (in parallel), stream ``fmt`` to stdout or ``--output``; the exit code."""
    from crossfoot.app import batch
    from crossfoot.app.console import Progress
    from crossfoot.app.output import abandon_stdout, open_output, same_file, use_color
    from crossfoot.app.runtime import settled
    from crossfoot.app.side_waivers import waivers_judged
    from crossfoot.reporting.streaming import RenderOptions
    from crossfoot.reporting.tally import Tally

    stream = reporter(fmt, session)
    if getattr(args, "statistics", False) and fmt != "text":
        raise ConfigError(f"--statistics counts findings in the text format, not {fmt}")
    notes: list[tuple[bool, str]] = []
    paths = batch.collect(args.files, session.importers()
                          if args.from_format is None else {"." + args.from_format.lstrip(".")},
                          notes)
    quiet = getattr(args, "quiet", False)
    for failed, note in notes:
        if failed or not quiet:
            print(f"crossfoot: {'error' if failed else 'note'}: {note}", file=sys.stderr)
    floor = 2 if any(failed for failed, _ in notes) else 0
    if not paths:
        raise ConfigError(f"no report files found in {', '.join(map(str, args.files))}")
    if args.output is not None and any(same_file(args.output, path) for path in paths):
        raise ConfigError(f"--output {args.output} is one of the reports being checked; "
                          "choose another file")
    tally = Tally(session.config.fail_on, exit_zero)
    progress = None if quiet else Progress.for_terminal(len(paths))
    dask = getattr(args, "dask", None)
    if dask is not None:
        from crossfoot.app import distributed
        checked = distributed.check_paths(session, paths, dask, args.jobs, args.from_format)
    else:
        checked = batch.check_paths(session, paths, args.jobs, args.from_format)
    results = _echo_errors(tally.track(waivers_judged(checked), progress))
    options = RenderOptions(lang=session.config.lang, fail_on=session.config.fail_on,
                            exit_zero=exit_zero, rules=session.all_rules, output=args.output,
                            baseline=session.baseline is not None, quiet=quiet,
                            statistics=getattr(args, "statistics", False),
                            color=use_color(getattr(args, "color", "never"), args.output))
    try:
        with settled(), open_output(args.output) as out:
            for chunk in stream(results, options):
                out.write(chunk)
    except BrokenPipeError:  # `crossfoot check . | head`: the code of what was checked
        abandon_stdout()
        return max(floor, tally.exit_code())
    return max(floor, tally.exit_code())


def _echo_errors(results: Iterable[FileResult]) -> Iterator[FileResult]:
    """Say on stderr why a file could not be checked, as soon as it is known."""
    from crossfoot.reporting.terminal import visible_lines

    for result in results:
        for line in result.error:
            print(visible_lines(line), file=sys.stderr)
        yield result


Reporter = Callable[[Iterable["FileResult"], Any], Iterable[str]]


def reporter(fmt: str, session: Session) -> Reporter:
    """The writer of an output format, from the ``crossfoot_reporters`` hook (built-ins too)."""
    found: dict[str, Callable[..., Any]] = {}
    for _, mapping in session.plugins.each("crossfoot_reporters", "reporters"):
        found.update(mapping or {})
    if fmt not in found:
        known = ", ".join(sorted(set(found) - {"baseline"}))
        raise ConfigError(f"unknown output format {fmt!r} (known: {known})")
    write = found[fmt]
    # a reporter that renders the document itself (html) asks for the report with each result
    session.keep_reports = session.keep_reports or bool(getattr(write, "needs_report", False))

    def chunks(results: Iterable[FileResult], options: Any) -> Iterable[str]:
        written = write(results, options)
        return [written] if isinstance(written, str) else written

    return chunks


def render(results: Sequence[FileResult], fmt: str, lang: str | None,
           session: Session | None = None) -> str:
    """All of one format's output as one string (the CLI streams it instead)."""
    from crossfoot.app.session import Session
    from crossfoot.reporting.streaming import RenderOptions

    session = session or Session()
    options = RenderOptions(lang=lang, fail_on=session.config.fail_on, rules=session.all_rules)
    return "".join(reporter(fmt, session)(results, options))


def exit_code(results: Sequence[FileResult], fail_on: Severity, exit_zero: bool) -> int:
    from crossfoot.reporting.tally import file_exit_code

    return max((file_exit_code(r, fail_on, exit_zero) for r in results), default=0)


def cmd_rules(args: argparse.Namespace) -> int:
    session = make_session(args)
    if args.format == "json":
        catalogue = [r.describe() for r in session.all_rules]
        sys.stdout.write(json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n")
        return 0
    rows = [(r.id, r.name, r.family, r.severity.value, r.summary) for r in session.all_rules]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        print("  ".join([*cells, row[4]]))
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    session = make_session(args)
    rule = session.rule(args.rule_id)
    if rule is None:
        raise ConfigError(f"no rule {args.rule_id!r} (see `crossfoot rules`)")
    from crossfoot.app.ruledoc import page

    sys.stdout.write(page(rule))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from importlib import resources

    name = "findings.schema.json" if args.which == "findings" else "report.schema.json"
    sys.stdout.write(resources.files("crossfoot.model.schema").joinpath(name).read_text("utf-8"))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Write the Report JSON of a text report (valid against the schema), analysis included."""
    from crossfoot.app.builtin import read_office_document, read_text_document
    from crossfoot.app.output import write_atomically
    from crossfoot.importing.documents.formats import SUFFIXES

    suffix = "." + args.from_format.lstrip(".") if args.from_format else args.file.suffix.lower()
    if suffix in SUFFIXES:
        document = read_office_document(args.file, {}, suffix)
    else:
        document = read_text_document(args.file, {"encoding": args.encoding})
    text = json.dumps(document.data, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        write_atomically(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    session = make_session(args)
    counts: dict[str, int] = {}
    for rule in session.all_rules:
        counts[rule.plugin] = counts.get(rule.plugin, 0) + 1
    for info in session.plugins.loaded:
        print(f"{info.name}  {info.module}  {info.origin}  rules: {counts.get(info.name, 0)}")
    return 0


def cmd_packs(args: argparse.Namespace) -> int:
    from crossfoot.packs.loading import describe_packs

    print("\n".join(describe_packs(make_session(args).pack_set)))
    return 0


def cmd_pack_check(args: argparse.Namespace) -> int:
    from crossfoot.app.plugins import load_plugins
    from crossfoot.packs.loading import check_pack_files

    blocked = [item[3:] for item in args.plugins if item.startswith("no:")]
    plugins = load_plugins(blocked=blocked)
    functions = list(plugins.each("crossfoot_functions", "pack functions"))
    code, out, err = check_pack_files(args.pack_files, functions, plugins.warnings)
    for line in out:
        print(line)
    for line in err:
        print(line, file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
