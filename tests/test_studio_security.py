"""The studio's defences, each tried from outside against a real server: the bind address,
the token and session cookie, the Host header, CSRF, the CSP, paths out of the specs
folder, and hostile values in the preview."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from studio_harness import Running, running_studio

from gitrepo import DRAFT, SPEC, GitRepo


@pytest.fixture()
def studio(tmp_path: Path) -> Iterator[Running]:
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, DRAFT)
    git.commit("Demo")
    (tmp_path / "secret.md").write_text("---\nid: hemmelig\n---\n", encoding="utf-8")
    with running_studio(git.root) as running:
        running.open()
        yield running


PAGES = ["/", "/?checked=1", "/new", "/new-local", f"/edit?file={SPEC}", f"/diff?file={SPEC}"]


@pytest.mark.parametrize("path", [*PAGES, "/static/studio.js", "/api/edit", "/api/start"])
def test_without_the_session_cookie_everything_is_refused(studio: Running, path: str) -> None:
    method = "POST" if path == "/api/edit" else "GET"
    answer = studio.request(method, path, cookie=False)
    assert answer.status == 403
    assert "studio" not in answer.headers.get("set-cookie", "")
    forged = studio.request(method, path, cookie=False, headers={"Cookie": "susi_studio=forged"})
    assert forged.status == 403


def test_the_token_is_traded_for_a_strict_cookie_once(tmp_path: Path) -> None:
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, DRAFT)
    git.commit("Demo")
    with running_studio(git.root) as studio:
        opening = f"/open?token={studio.keys.token}"
        wrong = studio.request("GET", "/open?token=guess", cookie=False)
        assert wrong.status == 403 and "set-cookie" not in wrong.headers
        right = studio.request("GET", opening, cookie=False)
        assert right.status == 303 and right.headers["location"] == "/"
        cookie = right.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert studio.keys.token not in cookie
        # A second browser with the same address gets nothing, and is told why.
        again = studio.request("GET", opening, cookie=False)
        assert again.status == 403 and "set-cookie" not in again.headers
        assert "allerede brugt" in again.text and "start 'susi studio' igen" in again.text
        # The browser that traded it may open it again (a reload, the back button).
        studio.cookie = cookie.split(";")[0].split("=", 1)[1]
        reload = studio.request("GET", opening)
        assert reload.status == 303 and reload.headers["location"] == "/"
        assert "set-cookie" not in reload.headers
        assert studio.get("/").status == 200
        # A forged cookie is no browser that traded it.
        forged = studio.request("GET", opening, cookie=False, headers={"Cookie": "susi_studio=x"})
        assert forged.status == 403


@pytest.mark.parametrize(
    "host", ["evil.example:{port}", "127.0.0.1:1", "localhost", "127.0.0.1.nip.io:{port}", ""]
)
def test_another_host_name_is_refused_even_with_the_cookie(studio: Running, host: str) -> None:
    answer = studio.request("GET", "/", host=host.format(port=studio.port))
    assert answer.status == 400
    assert "Indsatsbeskrivelser" not in answer.text


def test_localhost_by_name_is_the_same_studio(studio: Running) -> None:
    assert studio.request("GET", "/", host=f"localhost:{studio.port}").status == 200


def test_a_post_without_the_csrf_token_is_refused(studio: Running) -> None:
    before = (studio.root / SPEC).read_bytes()
    assert studio.post_form("/save", {"file": SPEC}, csrf=False).status == 403
    forged = studio.post_form("/save", {"file": SPEC, "csrf": "forged"}, csrf=False)
    assert forged.status == 403
    base = studio.base_of(SPEC)
    op = [{"op": "set", "path": ["title"], "value": "Kapret"}]
    body = json.dumps({"file": SPEC, "base": base, "ops": op}).encode()
    plain = studio.request("POST", "/api/edit", body, {"Content-Type": "application/json"})
    assert plain.status == 403
    assert (studio.root / SPEC).read_bytes() == before


def test_a_cross_site_post_is_refused_even_with_the_token(studio: Running) -> None:
    fields = {"file": SPEC}
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Origin": "http://evil.example"}):
        data = f"file={SPEC}&csrf={studio.csrf}".encode()
        answer = studio.request(
            "POST",
            "/save",
            data,
            {"Content-Type": "application/x-www-form-urlencoded", **headers},
        )
        assert answer.status == 403, headers
    assert studio.post_form("/save", fields).status == 303


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_strict_csp_and_no_inline_script(studio: Running, path: str) -> None:
    answer = studio.request("GET", path)
    assert answer.status == 200, answer.text[:500]
    csp = answer.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert answer.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", answer.text, re.S)
    assert scripts and all('src="/static/' in attrs and not body for attrs, body in scripts)
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", answer.text, re.I)  # no inline handlers
    assert "<style" not in answer.text and " style=" not in answer.text


@pytest.mark.parametrize(
    "file",
    [
        "../secret.md",
        "specs/../../secret.md",
        "/etc/passwd",
        "specs/demo/../../../secret.md",
        "specs\\demo\\index.md",
        "specs/demo/index.md\x00.png",
        "pyproject.toml",
        "specs/demo/link.md",
        "specs/demo",
    ],
)
def test_paths_outside_the_specs_folder_are_not_found(studio: Running, file: str) -> None:
    (studio.root / "specs/demo/link.md").symlink_to(studio.root.parent / "secret.md")
    for answer in (
        studio.get("/edit", file=file),
        studio.get("/diff", file=file),
        studio.post_form("/save", {"file": file}),
        studio.edit(file, "0" * 64, []),
    ):
        assert answer.status == 404, (file, answer.status)
        assert "hemmelig" not in answer.text


def test_hostile_values_are_inert_in_the_answer_and_the_preview(studio: Running) -> None:
    base = studio.base_of(SPEC)
    script = '<script>window.__pwned = 1</script>"><img src=x onerror=alert(1)>'
    ops: list[dict[str, object]] = [
        {"op": "set", "path": ["title"], "value": script},
        {"op": "set", "path": ["core_elements", 0, "title"], "value": script},
        {
            "op": "section",
            "key": "introduction",
            "text": "[klik](javascript:alert(1)) <script>window.__pwned=1</script> "
            '<a href="javascript:alert(2)">x</a>',
        },
    ]
    answer = studio.edit(SPEC, base, ops)
    assert answer.status == 200, answer.text[:500]
    page = studio.get("/edit", file=SPEC).text
    for html in (answer.text, page):
        assert "<script>window" not in html
        assert "<img src=x" not in html
        assert not re.search(r'<a\b[^>]*href="\s*javascript:', html, re.I)
    assert "&lt;script&gt;" in answer.text


def test_susi_studio_listens_on_127_0_0_1_only(tmp_path: Path) -> None:
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, DRAFT)
    git.commit("Demo")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "susi"), "studio", "--no-browser"],
        cwd=git.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/open\?token=\S+", line)
        assert found, line + (process.stderr.read() if process.stderr else "")
        port = int(found.group(1))
        deadline = time.monotonic() + 10
        listening: list[str] = []
        while not listening and time.monotonic() < deadline:
            listening = _listening(port)
        # 0100007F is 127.0.0.1 as /proc/net/tcp writes it: not 0.0.0.0, not another address
        assert listening == ["0100007F"]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)


def _listening(port: int) -> list[str]:
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                found.append(address)
    return found
