"""What keeps the studio the user's own: who may talk to it, what they may send, what a page
may do, and which files a request may name.

The server listens on 127.0.0.1 only, but any page in the user's browser can still send it
requests, and a DNS-rebinding page can even read the answers. So every request must carry
the session cookie (given only in exchange for the random token in the URL `susi studio`
opened), name the server by its own address (the Host header), and every POST must carry the
CSRF token of the page it came from. Pages may run only the studio's own scripts (CSP).
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import parse_qs

from susi_spec.errors import SusiError
from susi_spec.problems import Text

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "susi_studio"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf"
OPEN_PATH = "/open"
# A request body larger than this is refused before it is read whole: specs stop at 512 KB
# (loading/document.py), and an edit sends far less.
MAX_BODY = 2 * 1024 * 1024

# No inline script or style anywhere (so no inline event handlers either), no frames, no
# plug-ins, no form posted elsewhere; images only from the studio or inline data.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),  # no-referrer would make Origin "null"
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


@dataclass
class Keys:
    """The secrets of one studio run: made fresh at every start, never written anywhere."""

    port: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    used: bool = False  # the token has been traded for the cookie: it opens nothing more

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset({f"127.0.0.1:{self.port}", f"localhost:{self.port}"})

    @property
    def opening_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{OPEN_PATH}?token={self.token}"


def _same(given: str | None, secret: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), secret.encode())


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def _cookie(scope: Scope, name: str) -> str | None:
    for part in (_header(scope, b"cookie") or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


class Guard:
    """ASGI middleware in front of the whole studio: host, session, CSRF, headers."""

    def __init__(self, app: ASGIApp, keys: Keys, lang: str = "da") -> None:
        self.app = app
        self.keys = keys
        self.lang = lang

    async def _plain(self, send: Send, status: int, text: Text) -> None:
        await _plain(send, status, text.get(self.lang))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        if _header(scope, b"host") not in self.keys.hosts:
            # A page on another name that resolves here (DNS rebinding) is never answered.
            await self._plain(
                send,
                400,
                Text(
                    "Forkert adresse: åbn studiet fra 127.0.0.1.",
                    "Wrong address: open the studio from 127.0.0.1.",
                ),
            )
            return
        if scope["path"] == OPEN_PATH and scope["method"] == "GET":
            await self._open(scope, send)
            return
        if not _same(_cookie(scope, COOKIE), self.keys.session):
            await self._plain(
                send,
                403,
                Text(
                    "Ingen adgang: åbn studiet med den adresse, 'susi studio' skrev i terminalen.",
                    "No access: open the studio with the address 'susi studio' printed.",
                ),
            )
            return
        if scope["method"] not in ("GET", "HEAD"):
            body = await _read_body(receive)
            if body is None:
                await self._plain(
                    send, 413, Text("Forespørgslen er for stor.", "The request is too large.")
                )
                return
            if not self._csrf_ok(scope, body):
                await self._plain(
                    send,
                    403,
                    Text(
                        "Forespørgslen kom ikke fra studiets egen side (CSRF).",
                        "The request did not come from the studio's own page (CSRF).",
                    ),
                )
                return
            receive = _replay(body)
        await self.app(scope, receive, send)

    async def _open(self, scope: Scope, send: Send) -> None:
        """Trade the URL's token for the session cookie, once, then drop the token from the
        URL. The browser that already has the cookie may open the URL again (a reload, the
        back button); any other gets nothing for it, so a token copied from the terminal,
        a shell history or a screen share after the first use opens nothing."""
        if _same(_cookie(scope, COOKIE), self.keys.session):
            await _redirect(send, [])
            return
        query = parse_qs(bytes(scope.get("query_string", b"")).decode("latin-1"))
        if not _same(next(iter(query.get("token", [])), None), self.keys.token):
            await self._plain(
                send,
                403,
                Text(
                    "Adressen er forkert eller forældet; start 'susi studio' igen.",
                    "The address is wrong or out of date; start 'susi studio' again.",
                ),
            )
            return
        if self.keys.used:
            await self._plain(
                send,
                403,
                Text(
                    "Adressen er allerede brugt til at åbne studiet i en anden browser. Brug den "
                    "browser, eller start 'susi studio' igen for en ny adresse.",
                    "The address has already opened the studio in another browser. Use that "
                    "browser, or start 'susi studio' again for a new address.",
                ),
            )
            return
        self.keys.used = True
        cookie = f"{COOKIE}={self.keys.session}; Path=/; HttpOnly; SameSite=Strict"
        await _redirect(send, [(b"set-cookie", cookie.encode())])

    def _csrf_ok(self, scope: Scope, body: bytes) -> bool:
        site = _header(scope, b"sec-fetch-site")
        if site is not None and site not in ("same-origin", "none"):
            return False
        origin = _header(scope, b"origin")
        if origin is not None and origin.removeprefix("http://") not in self.keys.hosts:
            return False
        if _same(_header(scope, CSRF_HEADER.encode()), self.keys.csrf):
            return True
        kind = (_header(scope, b"content-type") or "").split(";")[0].strip()
        if kind == "application/x-www-form-urlencoded":
            fields = parse_qs(body.decode("utf-8", "replace"))
            return _same(next(iter(fields.get(CSRF_FIELD, [])), None), self.keys.csrf)
        return False


async def _redirect(send: Send, headers: list[tuple[bytes, bytes]]) -> None:
    """303 to the start page."""
    start = {
        "type": "http.response.start",
        "status": 303,
        "headers": [(b"location", b"/"), *headers],
    }
    await send(start)
    await send({"type": "http.response.body", "body": b""})


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {bytes(k).lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in HEADERS if k not in names]
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return sending


async def _plain(send: Send, status: int, text: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": text.encode("utf-8")})


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None once it grows past MAX_BODY."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = bytes(message.get("body", b""))
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class OutsideSpecs(SusiError):
    """A request named a file outside the specs folder, or no file the studio edits."""


def _not_in_specs(relative: str) -> Text:
    return Text(
        f"'{relative[:80]}' er ikke en fil i specs-mappen.",
        f"'{relative[:80]}' is not a file in the specs folder.",
    )


_SAFE_PART = re.compile(r"[A-Za-z0-9æøåÆØÅ_.-]+")


def resolve_inside(project: Path, specs: Path, relative: str) -> Path:
    """The file `relative` (to the project) names, strictly inside `specs`: no `..`, no
    absolute path, no symbolic link that leads out, only Markdown files that exist."""
    if not relative or "\\" in relative or "\x00" in relative:
        raise OutsideSpecs(
            Text(
                f"'{relative[:80]}' er ikke en fil i projektet.",
                f"'{relative[:80]}' is not a file in the project.",
            )
        )
    pure = PurePosixPath(relative)
    if pure.is_absolute() or any(not _SAFE_PART.fullmatch(p) or p == ".." for p in pure.parts):
        raise OutsideSpecs(_not_in_specs(relative))
    root = specs.resolve()
    path = (project / pure).resolve()
    if not path.is_relative_to(root) or path.suffix != ".md" or not path.is_file():
        raise OutsideSpecs(_not_in_specs(relative))
    return path
