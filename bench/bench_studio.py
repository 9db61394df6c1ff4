"""Time `susi studio`: the round trip of one change and the start-up to the first page.

    .venv/bin/python bench/bench_studio.py [--runs 30] [--strict]

1. Start-up: `susi studio --no-browser` as a subprocess in the project, timed from the
   launch to the start page served (the opening URL's token traded for the cookie, then
   `/`), median of 5 starts.
2. Round trip of a change on the bundled spec (specs/en-familie-en-indgang, in this
   repository with its history, so the history rules run) and on a spec of about 300 KB
   (the bundled spec with its core elements repeated, in a fresh git repository): POST
   /api/edit with one `set` of the summary, a different text each time, timed from the
   request to the whole answer (the draft edited losslessly, checked as `susi check` does,
   the release list, the preview and the forms' problem slots). The first change is a
   warm-up; the median of `runs` is printed. Nothing is saved.

Targets (issue 12): ≤ 150 ms median round trip on the bundled spec, ≤ 1 s start to first page.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SUSI = Path(sys.executable).parent / "susi"
BUNDLED = "specs/en-familie-en-indgang/index.md"


class Client:
    """An HTTP client holding the studio's session and CSRF token."""

    def __init__(self, url: str) -> None:
        found = re.match(r"http://127\.0\.0\.1:(\d+)(/open\?token=\S+)", url)
        assert found, url
        self.port = int(found.group(1))
        self.cookie = ""
        answer = self.request("GET", found.group(2))
        cookie = re.search(r"susi_studio=([^;]+)", answer[1].get("set-cookie", ""))
        assert cookie, answer
        self.cookie = cookie.group(1)
        status, _, page = self.request("GET", "/")
        assert status == 200, page[:300]
        token = re.search(r'<meta name="csrf-token" content="([^"]+)">', page)
        assert token
        self.csrf = token.group(1)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        sent = {"Host": f"127.0.0.1:{self.port}", **(headers or {})}
        if self.cookie:
            sent["Cookie"] = f"susi_studio={self.cookie}"
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            text = response.read().decode("utf-8", "replace")
            return response.status, {k.lower(): v for k, v in response.getheaders()}, text
        finally:
            connection.close()

    def base(self, file: str) -> str:
        status, _, page = self.request("GET", "/edit?" + urlencode({"file": file}))
        assert status == 200, page[:300]
        found = re.search(r'id="editor"[^>]*data-base="([0-9a-f]{64})"', page)
        assert found
        return found.group(1)

    def edit(self, file: str, base: str, ops: list[dict[str, object]]) -> float:
        body = json.dumps({"file": file, "base": base, "ops": ops}).encode()
        headers = {"Content-Type": "application/json", "X-CSRF-Token": self.csrf}
        start = time.perf_counter()
        status, _, text = self.request("POST", "/api/edit", body, headers)
        elapsed = time.perf_counter() - start
        assert status == 200, text[:500]
        return elapsed


@contextmanager
def studio(project: Path) -> Iterator[tuple[Client, float]]:
    """`susi studio` serving `project`; the client and the seconds to the first page."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(SUSI), "studio", "--no-browser"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = re.search(r"http://\S+", line)
        assert url, line + (process.stderr.read() if process.stderr else "")
        client = Client(url.group(0))
        yield client, time.perf_counter() - start
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


def large_spec(target: int = 300_000) -> str:
    """The bundled spec with its first core element repeated (new ids) to `target` bytes."""
    text = (ROOT / BUNDLED).read_text(encoding="utf-8")
    first = re.search(r"^  - id: (\S+)\n(?:(?:    .*)?\n)+?(?=  - id: )", text, re.M)
    assert first, "the bundled spec's first core element"
    block, element = first.group(0), first.group(1)
    copies: list[str] = []
    n = 0
    while len(text) + sum(map(len, copies)) < target:
        n += 1
        copies.append(block.replace(f"id: {element}", f"id: {element}-{n}", 1))
    return text.replace(block, block + "".join(copies), 1)


def large_project(folder: Path) -> Path:
    project = folder / "large"
    spec = project / BUNDLED
    spec.parent.mkdir(parents=True)
    spec.write_text(large_spec(), encoding="utf-8")
    (project / "pyproject.toml").write_text("[tool.susi]\n", encoding="utf-8")
    env = ["-c", "user.name=Bench", "-c", "user.email=bench@example.org"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=project, check=True)
    subprocess.run(["git", "add", "-A"], cwd=project, check=True)
    subprocess.run(["git", *env, "commit", "-q", "-m", "Stor"], cwd=project, check=True)
    return project


def round_trips(client: Client, file: str, runs: int) -> list[float]:
    base = client.base(file)
    client.edit(file, base, [{"op": "set", "path": ["summary"], "value": "Opvarmning."}])
    return [
        client.edit(file, base, [{"op": "set", "path": ["summary"], "value": f"Resumé nr. {i}."}])
        for i in range(runs)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    rows: list[tuple[str, float, float | None]] = []
    starts = []
    for _ in range(5):
        with studio(ROOT) as (_client, seconds):
            starts.append(seconds)
    rows.append(("start-up to the first page (median of 5)", statistics.median(starts), 1.0))
    with studio(ROOT) as (client, _):
        bundled = round_trips(client, BUNDLED, args.runs)
    size = len((ROOT / BUNDLED).read_bytes()) // 1000
    rows.append(
        (f"round trip, bundled spec ({size} KB), median", statistics.median(bundled), 0.150)
    )
    folder = Path(tempfile.mkdtemp(prefix="susi-bench-studio-"))
    try:
        project = large_project(folder)
        size = len((project / BUNDLED).read_bytes()) // 1000
        with studio(project) as (client, _):
            large = round_trips(client, BUNDLED, max(5, args.runs // 3))
        rows.append((f"round trip, {size} KB spec, median", statistics.median(large), None))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{'measurement':<48} {'ms':>8}  target")
    print("-" * 72)
    missed = False
    for label, seconds, target in rows:
        verdict = ""
        if target is not None:
            ok = seconds <= target
            missed |= not ok
            verdict = f"≤ {target * 1000:.0f} ms {'ok' if ok else 'MISSED'}"
        print(f"{label:<48} {seconds * 1000:8.1f}  {verdict}")
    print()
    print("bundled, ms: " + " ".join(f"{t * 1000:.0f}" for t in bundled))
    print("300 KB,  ms: " + " ".join(f"{t * 1000:.0f}" for t in large))
    print("starts,  ms: " + " ".join(f"{t * 1000:.0f}" for t in starts))
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores (wall times grow with it)")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
