"""A real studio for tests: uvicorn in a thread on a free port of 127.0.0.1, a project in a
real git repository, and a plain HTTP client that sets every header itself."""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import uvicorn

from susi_spec.checks.config import load_config
from susi_spec.studio.app import create_app
from susi_spec.studio.security import COOKIE, Keys


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    text: str


@dataclass
class Running:
    """A studio serving `root`, and a client that holds its session once opened."""

    root: Path
    keys: Keys
    cookie: str = ""
    csrf: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def port(self) -> int:
        return self.keys.port

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        *,
        cookie: bool = True,
        host: str | None = None,
    ) -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        sent = {"Host": host if host is not None else f"127.0.0.1:{self.port}"}
        if cookie and self.cookie:
            sent["Cookie"] = f"{COOKIE}={self.cookie}"
        sent.update(headers or {})
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, text)
        finally:
            connection.close()

    def open(self) -> Answer:
        """Trade the opening URL's token for the session cookie, as the browser does."""
        answer = self.request("GET", f"/open?token={self.keys.token}", cookie=False)
        found = re.search(rf"{COOKIE}=([^;]+)", answer.headers.get("set-cookie", ""))
        assert found, answer
        self.cookie = found.group(1)
        page = self.get("/")
        found_csrf = re.search(r'<meta name="csrf-token" content="([^"]+)">', page.text)
        assert found_csrf, page.text[:1000]
        self.csrf = found_csrf.group(1)
        return answer

    def get(self, path: str, **query: str) -> Answer:
        return self.request("GET", path + (f"?{urlencode(query)}" if query else ""))

    def post_form(self, path: str, fields: dict[str, str], *, csrf: bool = True) -> Answer:
        data = dict(fields)
        if csrf:
            data["csrf"] = self.csrf
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return self.request("POST", path, urlencode(data).encode(), headers)

    def edit(self, file: str, base: str, ops: list[dict[str, object]]) -> Answer:
        body = json.dumps({"file": file, "base": base, "ops": ops}).encode()
        headers = {"Content-Type": "application/json", "X-CSRF-Token": self.csrf}
        return self.request("POST", "/api/edit", body, headers)

    def base_of(self, file: str) -> str:
        page = self.get("/edit", file=file)
        found = re.search(r'id="editor"[^>]*data-base="([0-9a-f]{64})"', page.text)
        assert found, page.text[:2000]
        return found.group(1)


@contextmanager
def running_studio(root: Path, lang: str = "da") -> Iterator[Running]:
    """Serve the project at `root` until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    keys = Keys(sock.getsockname()[1])
    app = create_app(load_config(root), keys, lang)
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the studio did not start")
        time.sleep(0.01)
    try:
        yield Running(root, keys)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
