"""JUnit XML: findings as failing tests, so any CI system shows them natively.

One ``testsuite`` per report. Each live finding at or above ``--fail-on`` is
a failing ``testcase``; a waived one is a skipped test case carrying its
reason; a report with nothing failing gets one passing test case, so it still
shows up as checked. Findings below ``--fail-on`` are listed in the suite's
``system-out``. A report that could not be read is a test case with an
``error``. Written as a stream: one report at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from crossfoot.checking.findings import Finding
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.serialize import evidence_json
from crossfoot.reporting.streaming import RenderOptions

# characters XML 1.0 cannot carry at all, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def attr(text: str) -> str:
    return quoteattr(clean(text))


def body(text: str) -> str:
    return escape(clean(text))


def finding_details(path: str, finding: Finding, lang: str) -> str:
    """The text under a failure: where, the quote, the numbers, related places."""
    location = finding.location
    lines = [f"{path}:{location.pointer or location.label or '-'}: {finding.rule_id} "
             f"{finding.severity.value} {finding.message(lang)}"]
    if location.quote:
        lines.append(f"quote: {location.quote}")
    evidence = evidence_json(finding.evidence)
    numbers = [f"{k} {evidence[k]}" for k in ("expected", "actual", "difference", "tolerance")
               if k in evidence]
    if numbers:
        lines.append("; ".join(numbers) + (f" ({evidence['unit']})" if "unit" in evidence
                                           else ""))
    lines.extend(f"see also: {r.pointer or r.label}" for r in finding.related)
    lines.append(f"fingerprint: {finding.fingerprint}")
    return "\n".join(lines)


def testcase(path: str, finding: Finding, lang: str, kind: str) -> str:
    name = f"{finding.rule_id} {finding.location.pointer or finding.location.label or '-'}"
    head = f"    <testcase classname={attr(path)} name={attr(name)}>"
    if kind == "skipped":
        inner = f"      <skipped message={attr('waived: ' + (finding.waived or ''))}/>"
    else:
        inner = (f"      <failure type={attr(finding.rule_id)} "
                 f"message={attr(finding.message(lang))}>"
                 f"{body(finding_details(path, finding, lang))}</failure>")
    return f"{head}\n{inner}\n    </testcase>"


def suite(result: FileResult, options: RenderOptions) -> str:
    path = result.path
    if result.failed:
        return (f"  <testsuite name={attr(path)} tests=\"1\" failures=\"0\" errors=\"1\" "
                f"skipped=\"0\">\n"
                f"    <testcase classname={attr(path)} name=\"read report\">\n"
                f"      <error type=\"input\" message={attr(result.error[0])}>"
                f"{body(chr(10).join(result.error))}</error>\n"
                f"    </testcase>\n  </testsuite>")
    lang = options.language(result.language)
    cases: list[str] = []
    below: list[str] = []
    failures = skipped = 0
    for finding in result.findings:
        if finding.waived is not None:
            cases.append(testcase(path, finding, lang, "skipped"))
            skipped += 1
        elif finding.severity.rank >= options.fail_on.rank:
            cases.append(testcase(path, finding, lang, "failure"))
            failures += 1
        else:
            below.append(finding_details(path, finding, lang))
    if not failures:
        cases.insert(0, f"    <testcase classname={attr(path)} "
                        f"name={attr('no findings at or above ' + options.fail_on.value)}/>")
    out = [f"  <testsuite name={attr(path)} tests=\"{len(cases)}\" failures=\"{failures}\" "
           f"errors=\"0\" skipped=\"{skipped}\">", *cases]
    if below or result.known:
        notes = list(below)
        if result.known:
            notes.append(f"{result.known} finding(s) known from the baseline, not listed")
        out.append(f"    <system-out>{body(chr(10).join(notes))}</system-out>")
    out.append("  </testsuite>")
    return "\n".join(out)


def stream(results: Iterable[FileResult], options: RenderOptions) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="crossfoot">\n'
    for result in results:
        yield suite(result, options) + "\n"
    yield "</testsuites>\n"


def render(results: Iterable[FileResult], options: RenderOptions) -> str:
    return "".join(stream(results, options))
