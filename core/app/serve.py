"""``crossfoot serve``: a page on this computer where a report is uploaded and checked.

For a department checking its own report before submitting it: no command
line, just a browser. It listens on 127.0.0.1 only. An upload is written to
a temporary folder (the importers read paths), checked, and the folder is
removed before the response is sent; nothing is kept. The answer is the same
HTML report ``--format html`` writes, with the JSON and HTML results offered
for download from the page itself. An upload over the limit, of a format no
importer reads, or that cannot be read gives a page saying so, never a trace.
"""

from __future__ import annotations

import dataclasses
import re
import socket
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossfoot.errors import ConfigError, CrossfootError
from crossfoot.model.records import replace
from crossfoot.reporting.html import Download, Extras
from crossfoot.reporting.html import render as render_html
from crossfoot.reporting.html.page import Problem, served_policy, upload_page
from crossfoot.reporting.html.words import words
from crossfoot.reporting.json import render as render_json
from crossfoot.reporting.results import FileResult
from crossfoot.reporting.streaming import RenderOptions

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse

    from crossfoot.app.session import Session

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DEFAULT_LIMIT = 20 * 1024 * 1024
#: what a multipart body carries besides the file (boundaries, headers of the part)
FORM_OVERHEAD = 64 * 1024
UNSAFE_NAME = re.compile(r"[^\w.\-\u3400-\u9fff]+")


def readable_size(size: int) -> str:
    for unit, scale in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


@dataclasses.dataclass
class Checker:
    """The session, the limit and the language: all a request needs."""

    session: Session
    limit: int = DEFAULT_LIMIT
    lang: str = "zh"

    def __post_init__(self) -> None:
        self.session.keep_reports = True

    def suffixes(self) -> list[str]:
        return sorted(self.session.importers())

    def page(self, problem: Problem | None = None) -> str:
        return upload_page(self.lang, "/check", self.suffixes(), readable_size(self.limit),
                           problem)

    def problem(self, message: str, lines: tuple[str, ...] = ()) -> str:
        return self.page(Problem(words(self.lang)["error_title"], message, lines))

    def check(self, name: str, content: bytes) -> FileResult:
        """Check ``content`` as a file called ``name``; its folder is gone when this returns."""
        with tempfile.TemporaryDirectory(prefix="crossfoot-serve-") as folder:
            path = Path(folder) / name
            path.write_bytes(content)
            result = self.session.check_path(path)
        error = tuple(line.replace(str(path), name).replace(folder + "/", "")
                      for line in result.error)
        return replace(result, path=name, error=error)

    def report(self, result: FileResult) -> str:
        options = RenderOptions(lang=self.lang, fail_on=self.session.config.fail_on,
                                rules=self.session.all_rules)
        w = words(self.lang)
        stem = Path(result.path).stem or "report"
        standalone = render_html([result], options)
        downloads = (
            Download.of(w["download_json"], f"{stem}.crossfoot.json", "application/json",
                        render_json([result])),
            Download.of(w["download_html"], f"{stem}.crossfoot.html", "text/html", standalone),
        )
        return render_html([result], options, Extras(downloads, again="/", served=True))


def safe_name(filename: str | None) -> str:
    """The uploaded file's own name, without folders or characters a file system dislikes."""
    base = Path((filename or "").replace("\\", "/")).name
    cleaned = UNSAFE_NAME.sub("_", base).strip("._") or "report"
    return cleaned[-120:]


def build_app(checker: Checker) -> Starlette:
    """The two pages: the form (GET /) and the result of an upload (POST /check)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.datastructures import UploadFile
    from starlette.exceptions import HTTPException
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    w = words(checker.lang)
    policy = served_policy()

    def html(text: str, status: int = 200) -> HTMLResponse:
        # the meta tag says it too; the header also covers what comes before it
        return HTMLResponse(text, status, headers={
            "Content-Security-Policy": policy,
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "Cache-Control": "no-store"})

    async def index(request: Request) -> HTMLResponse:
        return html(checker.page())

    async def check(request: Request) -> HTMLResponse:
        declared = request.headers.get("content-length", "")
        too_large = f"{w['too_large']} {readable_size(checker.limit)}"
        if not declared.isdigit():
            return html(checker.problem(w["no_length"]), 411)
        if int(declared) > checker.limit + FORM_OVERHEAD:
            return html(checker.problem(too_large), 413)
        try:
            async with request.form(max_files=1, max_fields=4) as form:
                upload = form.get("report")
                if not isinstance(upload, UploadFile) or not upload.filename:
                    return html(checker.problem(w["no_file"]), 400)
                if (upload.size or 0) > checker.limit:
                    return html(checker.problem(too_large), 413)
                content = await upload.read()
                name = safe_name(upload.filename)
        except HTTPException as exc:
            return html(checker.problem(str(exc.detail)), 400)
        suffix = Path(name).suffix.lower()
        if suffix not in checker.suffixes():
            return html(checker.problem(f"{w['unknown_format']}{w['colon']}{suffix or name}",
                                        (f"{w['formats']}{w['colon']}"
                                         f"{' '.join(checker.suffixes())}",)),
                        415)
        # checked in the server's own thread, one upload at a time: the session is not
        # shared between threads, and only there does each rule's time budget apply
        result = checker.check(name, content)
        if result.failed:
            return html(checker.problem(w["cannot_check"], result.error), 422)
        return html(await run_in_threadpool(checker.report, result))

    async def failure(request: Request, exc: Exception) -> HTMLResponse:
        return html(checker.problem(f"internal error: {type(exc).__name__}: {exc}"), 500)

    return Starlette(routes=[Route("/", index), Route("/check", check, methods=["POST"])],
                     exception_handlers={Exception: failure})


def listen(port: int) -> socket.socket:
    """A socket bound to 127.0.0.1:``port`` (0: any free port), or a one-line error."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise ConfigError(f"cannot listen on {HOST}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    return sock


def serve(session: Session, port: int = DEFAULT_PORT, limit: int = DEFAULT_LIMIT,
          lang: str = "zh") -> int:
    """Run the page until interrupted; print its address first."""
    try:
        import uvicorn
    except ImportError:
        raise CrossfootError("crossfoot serve needs its web server: "
                             "pip install 'crossfoot[serve]'") from None
    sock = listen(port)
    app: Any = build_app(Checker(session, limit, lang))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                           lifespan="off"))
    print(f"crossfoot: serving on http://{HOST}:{sock.getsockname()[1]}/ "
          "(Ctrl+C to stop)", file=sys.stderr, flush=True)
    server.run(sockets=[sock])
    return 0
