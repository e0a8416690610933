"""One run of crossfoot: plugins loaded, rules chosen, files checked.

``Session.check_path`` is the per-report work: a pure function from a file to
its result (findings or the error that stopped it), so a batch can map it
over many files in any executor and still print in a stable order.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossfoot import report_caches
from crossfoot.app.config import Config
from crossfoot.app.plugins import Plugins, load_plugins
from crossfoot.checking.context import Options
from crossfoot.checking.engine import (
    DEFAULT_RULE_TIMEOUT,
    BudgetExceeded,
    run_rules,
    time_budget,
)
from crossfoot.checking.engine_rules import ENGINE_RULES
from crossfoot.checking.findings import Finding
from crossfoot.checking.rule import Rule
from crossfoot.errors import ConfigError, CrossfootError, InputError, describe
from crossfoot.filtering.known import selector_problems, setting_problems
from crossfoot.filtering.pipeline import Decided, decide
from crossfoot.filtering.selection import names_exactly
from crossfoot.model.report import Report
from crossfoot.packs.loading import PackSet, check_unique, session_packs
from crossfoot.reporting.results import FileResult

if TYPE_CHECKING:
    from crossfoot.filtering.baseline import Baseline


class Session:
    """The plugins, packs and rules of a run, and the checking of one file.

    A plain class: a dataclass costs every start its definition (see
    ``crossfoot.model.records``). ``ARGUMENTS`` names what it is built from,
    which a batch sends to its worker processes.
    """

    ARGUMENTS = ("config", "options", "blocked", "required", "extra_plugins", "rule_timeout",
                 "import_options", "baseline", "packs", "keep_reports")

    def __init__(self, config: Config | None = None, options: Options | None = None,
                 blocked: Sequence[str] = (), required: Sequence[str] = (),
                 extra_plugins: Sequence[tuple[str, Any]] = (),
                 rule_timeout: float | None = DEFAULT_RULE_TIMEOUT,
                 import_options: dict[str, Any] | None = None, baseline: Baseline | None = None,
                 packs: Sequence[str] = (), keep_reports: bool = False) -> None:
        self.config = Config() if config is None else config
        self.options = Options() if options is None else options
        self.blocked = blocked
        self.required = required
        self.extra_plugins = extra_plugins
        self.rule_timeout = rule_timeout
        self.import_options: dict[str, Any] = {} if import_options is None else import_options
        self.baseline = baseline
        #: rule pack files given on the command line (--pack), before configured ones
        self.packs = packs
        #: keep each report and its baseline-known findings in its result (the HTML report)
        self.keep_reports = keep_reports
        self._importers: dict[str, Callable[..., Report]] | None = None
        self.plugins: Plugins = load_plugins(
            blocked=(*self.config.blocked_plugins, *self.blocked),
            required=(*self.config.required_plugins, *self.required),
            extra=self.extra_plugins)
        self.pack_set: PackSet = session_packs(
            list(self.plugins.each("crossfoot_functions", "pack functions")),
            list(self.plugins.each("crossfoot_packs", "packs")),
            self.packs, self.config.packs)
        self.plugins.warnings.extend(self.pack_set.warnings)
        self.all_rules: list[Rule] = sorted(self._collect_rules(), key=lambda r: r.id)
        check_unique(self.all_rules)
        self.selection = self.config.selection
        self.rules: list[Rule] = self.selection.chosen(self.all_rules)

    def refuse_typos(self, given: Mapping[str, Sequence[str]] | None = None) -> None:
        """Selectors and option keys that name nothing are configuration errors (one line).

        The command line calls it, with the selectors its flags gave
        (``given``, by key); a program building its own session may select
        rules of plugins it registers later.
        """
        problems = [*selector_problems(self.selection, self.all_rules, given),
                    *((False, p) for p in setting_problems(self.options.settings,
                                                           self.all_rules))]
        if problems:
            flagged, first = problems[0]
            where = f"{self.config.source}: " if self.config.source and not flagged else ""
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ConfigError(f"{where}{first}{more}")

    @property
    def warnings(self) -> list[str]:
        return self.plugins.warnings

    def _collect_rules(self) -> Iterable[Rule]:
        for engine_rule in ENGINE_RULES:
            rule = engine_rule()
            rule.origin = "crossfoot"
            yield rule
        yield from self.plugins.rules()
        yield from self.pack_set.rules

    def rule(self, key: str) -> Rule | None:
        """A rule by id or by name."""
        return next((r for r in self.all_rules if names_exactly(key, r.id, r.name)), None)

    def importers(self) -> dict[str, Callable[..., Report]]:
        """Importers by suffix, asked of the plugins once per session (not once per file)."""
        if self._importers is None:
            found: dict[str, Callable[..., Report]] = {}
            for _, mapping in self.plugins.each("crossfoot_importers", "importers"):
                found.update(mapping or {})
            self._importers = found
        return dict(self._importers)

    def load(self, path: Path, fmt: str | None = None) -> Report:
        suffix = ("." + fmt.lstrip(".")) if fmt else path.suffix.lower()
        importers = self.importers()
        importer = importers.get(suffix)
        if importer is None:
            known = ", ".join(sorted(importers))
            raise InputError(str(path), f"no importer for {suffix or 'files without a suffix'} "
                                        f"(known: {known}; use --from to choose one)")
        options = self.import_options
        if not any(rule.reads_analysis for rule in self.rules):
            # no rule will ask for the narrative's analysis: an importer need not keep it
            options = {**options, "analysis": False}
        try:
            with time_budget(self.rule_timeout):
                return importer(path, options)
        except BudgetExceeded as exc:
            raise InputError(str(path), f"reading it {exc}") from None

    def analyze(self, report: Report) -> list[Any]:
        found: list[Any] = []
        for _, items in self.plugins.each("crossfoot_analyze", "analysis", report=report):
            found.extend(items or ())
        return found

    def check_report(self, report: Report, path: Path | None = None) -> list[Finding]:
        """Findings of the selected rules, filtered (waiver side files found from ``path``)."""
        try:
            return list(self._decided(report, path, None).findings)
        finally:
            report_caches.release()

    def _decided(self, report: Report, path: Path | None, baseline: Baseline | None) -> Decided:
        try:
            findings = run_rules(report, self.rules, self.options, self.analyze,
                                 self.rule_timeout, _release_import_analysis)
        finally:
            _release_import_analysis()
        return decide(report, findings, self.rules, self.selection, self.options, path,
                      baseline, self.all_rules)

    def check_path(self, path: Path, fmt: str | None = None) -> FileResult:
        """The file's findings, or the one line that says why it could not be checked."""
        try:
            return self._check_path(path, fmt)
        finally:
            report_caches.release()

    def _check_path(self, path: Path, fmt: str | None) -> FileResult:
        try:
            report = self.load(path, fmt)
            decided = self._decided(report, path, self.baseline)
        except InputError as exc:
            return FileResult(str(path), error=tuple(exc.lines()))
        except CrossfootError as exc:
            return FileResult(str(path), error=(f"{path}: {exc}",))
        except RecursionError as exc:
            return internal_error(path, exc)
        except Exception as exc:  # a plugin's importer, say: costs this file, as in a worker
            return internal_error(path, exc)
        if not self.keep_reports:
            return FileResult(str(path), decided.findings, language=report.meta.language,
                              known=decided.known, pending=decided.pending,
                              matched=decided.matched)
        return FileResult(str(path), decided.findings, language=report.meta.language,
                          known=decided.known, pending=decided.pending, matched=decided.matched,
                          report=report, known_findings=decided.known_findings)


def _release_import_analysis() -> None:
    """Let go of what a text's import handed on for the packs (``release_handed``) once
    the rules ran: unasked for, it lived on through the next report's reading. A process
    that read no text has not loaded the module and holds nothing."""
    narrative = sys.modules.get("crossfoot.analysis.narrative")
    if narrative is not None:
        narrative.release_handed()


def internal_error(path: Path, exc: BaseException) -> FileResult:
    """A file that failed through a bug (ours or a plugin's): one line, the same in any process."""
    if isinstance(exc, MemoryError):
        return FileResult(str(path), error=(f"{path}: out of memory while checking this file",))
    return FileResult(str(path), error=(f"{path}: internal error: {describe(exc)[:1000]}",))
