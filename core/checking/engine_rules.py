"""The engine's own rules (CF0xx): what goes wrong while checking, as findings."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from crossfoot.checking.context import Context
from crossfoot.checking.findings import Finding, Location, Severity
from crossfoot.checking.letters import count_letters
from crossfoot.checking.rule import Rule
from crossfoot.model.report import READER_FAILED

if TYPE_CHECKING:
    from crossfoot.model.report import Paragraph


class _EngineRule(Rule):
    family = "engine"
    reads_analysis = False

    def check(self, ctx: Context) -> Iterable[Finding]:
        return ()


class InternalError(_EngineRule):
    id = "CF001"
    name = "internal-error"
    severity = Severity.ERROR
    summary = "A rule raised an exception; its checks did not run on this report."
    explanation = (
        "crossfoot runs every rule in isolation. When one raises, the exception becomes this "
        "finding, naming the rule and the error, and the other rules still run. Report it to "
        "whoever provides the rule (its origin is in the finding). A reader of the narrative "
        "that raises (reader:changes, reader:products ...) is reported the same way: the claims "
        "it reads are left out, everything else is read and checked."
    )
    messages = {
        "zh": "规则 {rule} 运行出错，未能完成检查：{error}",
        "en": "Rule {rule} failed and did not finish checking: {error}",
    }

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A reader of the narrative that failed (its claims were left out, the rest read),
        as the importer noted it."""
        for index, note in _notes(ctx):
            if note.get("kind") == READER_FAILED:
                location = Location(pointer=f"/analysis/notes/{index}", anchor=f"note:{index}")
                yield self.finding(ctx, location, rule=f"reader:{note.get('reader', '')}",
                                   error=str(note.get("error", "")))


def _notes(ctx: Context) -> Iterator[tuple[int, Mapping[str, Any]]]:
    """The analysis notes of the report, each with its index, where they are well formed."""
    analysis = ctx.report.data.get("analysis")
    notes = analysis.get("notes", []) if isinstance(analysis, Mapping) else []
    for index, note in enumerate(notes if isinstance(notes, list) else []):
        if isinstance(note, Mapping) and isinstance(note.get("message"), Mapping):
            yield index, note


class RuleTimeout(_EngineRule):
    id = "CF002"
    name = "rule-timeout"
    severity = Severity.ERROR
    summary = "A rule ran past its time budget and was stopped."
    explanation = (
        "Each rule gets a time budget per report (--rule-timeout, default 10 s). A rule that "
        "runs longer is stopped, reported here, and the run goes on with the other rules."
    )
    messages = {
        "zh": "规则 {rule} 运行超过 {seconds} 秒，已被终止",
        "en": "Rule {rule} ran longer than {seconds} s and was stopped",
    }


class NoteReported(_EngineRule):
    id = "CF003"
    name = "import-note"
    severity = Severity.INFO
    summary = "Something the importer could not read, said instead of guessed."
    explanation = (
        "Importers that read text (or other formats) report what they could not turn into "
        "structure, such as a table whose grid was lost, so nothing is dropped silently. "
        "The notes travel with the report (analysis.notes, each with a message in zh and en "
        "and the table it is about), so `crossfoot extract` output reports them too."
    )
    messages = {"zh": "{zh}", "en": "{en}"}

    def check(self, ctx: Context) -> Iterable[Finding]:
        for index, note in _notes(ctx):
            if note.get("kind") == READER_FAILED:
                continue  # CF001's
            message, title = note["message"], str(note.get("table") or "")
            place = note.get("place")
            location = Location(pointer=f"/analysis/notes/{index}", anchor=f"note:{index}",
                                label=title, quote=title or None,
                                place=str(place) if place else None)
            yield self.finding(ctx, location, zh=str(message.get("zh", "")),
                               en=str(message.get("en", "")))


class UnusedWaiver(_EngineRule):
    id = "CF004"
    name = "unused-waiver"
    severity = Severity.INFO
    summary = "A waiver matches no finding of a rule that ran: it is stale or mistyped."
    explanation = (
        "Waivers (in the report's waivers list or in crossfoot-waivers.toml) accept a finding "
        "with a reason. When the report is corrected, or a pointer or quote no longer fits, the "
        "waiver matches nothing; this finding says so, so that old waivers are removed instead "
        "of silently covering a future problem. Waivers of rules that did not run are not checked. "
        "A side-file waiver written for many reports (no file, or a file pattern) is judged "
        "once the whole run is done: it is reported if it matched in none of the reports it "
        "applies to. A waiver naming a rule that does not exist is reported wherever it applies."
    )
    messages = {
        "zh": "豁免未匹配任何发现：{rule} {where}（理由：{reason}；出自 {source}），请删除或更正",
        "en": "Waiver matches no finding: {rule} at {where} (reason: {reason}; from {source}); "
              "remove or correct it",
        "unknown.zh": "豁免所指规则不存在：{rule} {where}（理由：{reason}；出自 {source}），"
                      "请更正规则编号或名称",
        "unknown.en": "Waiver names no known rule: {rule} at {where} (reason: {reason}; from "
                      "{source}); correct the rule id or name",
    }


class NarrativeNotRead(_EngineRule):
    id = "CF005"
    name = "narrative-not-read"
    severity = Severity.INFO
    summary = "The narrative is not Chinese, the only language the narrative analyzers read."
    explanation = (
        "The analyzers that read figures, totals and rates out of the narrative know Chinese "
        "phrasing only. A report whose text is in another language (fewer than a fifth of its "
        "letters are Chinese characters, whatever meta.language says) is still checked by the "
        "rules that read tables, facts and relations, but nothing in its text is; this finding "
        "says so instead of reporting a silent clean bill."
    )
    messages = {
        "zh": "正文不是中文（汉字占文字的 {share}）：叙述分析只读中文，正文中的数字未经核对",
        "en": "The text is not Chinese ({share} of its letters are Chinese characters): the "
              "narrative analyzers read only Chinese, so figures in the text were not checked",
    }
    #: letters read to judge the language: enough to tell, bounded for a huge report
    SAMPLE = 20_000
    #: below this share of Chinese characters among letters, the text is not Chinese
    LEAST_HAN = 0.2

    def check(self, ctx: Context) -> Iterable[Finding]:
        letters, han = self._count(ctx.report.iter_paragraphs())
        if letters < 40 or han >= self.LEAST_HAN * letters:
            return
        share = f"{100 * han // letters}%"
        yield self.finding(ctx, Location(pointer="/meta", anchor="narrative-language",
                                         label="meta.language"), share=share)


    def _count(self, paragraphs: Iterator[Paragraph]) -> tuple[int, int]:
        """(letters, Chinese letters) of the sample: each paragraph's first ``SAMPLE``
        characters until ``SAMPLE`` letters are read. A narrative shorter than that in all
        is counted in one go (joined, its paragraphs' counts add up the same)."""
        texts: list[str] = []
        size = 0
        for paragraph in paragraphs:
            texts.append(paragraph.text[:self.SAMPLE])
            size += len(texts[-1])
            if size >= self.SAMPLE:
                break
        else:
            return count_letters("".join(texts))
        letters = han = 0
        for text in itertools.chain(texts, (p.text[:self.SAMPLE] for p in paragraphs)):
            more, more_han = count_letters(text)
            letters += more
            han += more_han
            if letters >= self.SAMPLE:
                break
        return letters, han


ENGINE_RULES: tuple[type[Rule], ...] = (InternalError, RuleTimeout, NoteReported, UnusedWaiver,
                                        NarrativeNotRead)
