"""Time `susi studio`: the start-up to the first page and the round trip of one change,
each beside its floor measured in the same run and its target.

    .venv/bin/python bench/bench_studio.py [--runs 30] [--starts 5] [--strict]

1. Start-up: `susi studio --no-browser` as a subprocess in this repository, timed from the
   launch to the start page served (the opening URL's token traded for the cookie, then
   `/`: every spec and local file named from its front matter and the git log, what each
   still needs left to the check that runs after the page). Floor: a bare Starlette app
   on uvicorn, started the same way, answering `/` with a small page. Studio and floor
   start in turn, `starts` pairs after one warm-up pair; the ratio is taken pair by pair
   and its median printed. Also shown: the launch to those counts filled in
   (`/api/start`, the page's own request, answered when every file is checked as `susi
   check` does, history rules included); the studio process's CPU seconds at its first
   page (less noisy than wall time on a busy machine; the check after the page may have
   just begun); and `susi --help`, the CLI's own start-up. All run with their bytecode
   cached (a scratch PYTHONPYCACHEPREFIX, warmed by the warm-up pair), as a pip-installed
   package has it.
2. Round trip of a change on the bundled spec (specs/en-familie-en-indgang, in this
   repository with its history, so the history rules run) and on a spec of about 300 KB
   (the bundled spec with its core elements repeated, in a fresh git repository): POST
   /api/edit with one `set` of the summary, a different text each time, timed from the
   request to the whole answer (the draft edited losslessly, checked as `susi check` does,
   the release list, the preview and the forms' problem slots). Floor: a GET of a static
   file from the same server, through the same guard, right after each change. The first
   change is a warm-up; medians of `runs` pairs. Nothing is saved.

Targets (issue 12): ≤ 150 ms median round trip on the bundled spec, ≤ 1 s start to first page.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_check import ForeignLoad, cli_env, susi_command

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = "specs/en-familie-en-indgang/index.md"
START_TARGET = 1.0  # seconds
ROUND_TRIP_TARGET = 0.150
# The start-up floor: what any Starlette app on uvicorn costs, started as `susi studio` is
# (a socket bound to a free port first, the address printed, then served).
FLOOR_SERVER = """
import socket, uvicorn
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route
async def page(request):
    return HTMLResponse("<!doctype html><title>floor</title><p>floor</p>")
sock = socket.socket(); sock.bind(("127.0.0.1", 0)); sock.listen(128)
print(f"http://127.0.0.1:{sock.getsockname()[1]}/", flush=True)
app = Starlette(routes=[Route("/", page)])
uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")).run(
    sockets=[sock]
)
"""


def request(
    port: int,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, str], str]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(
            method, path, body=body, headers={"Host": f"127.0.0.1:{port}", **(headers or {})}
        )
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text
    finally:
        connection.close()


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
        sent = dict(headers or {})
        if self.cookie:
            sent["Cookie"] = f"susi_studio={self.cookie}"
        return request(self.port, method, path, body, sent)

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

    def static(self) -> float:
        """The floor of a round trip: a static file through the same guard."""
        start = time.perf_counter()
        status, _, text = self.request("GET", "/static/studio.css")
        elapsed = time.perf_counter() - start
        assert status == 200, text[:300]
        return elapsed


def cpu_seconds(pid: int) -> float | None:
    """The process's user + system CPU seconds so far (Linux's /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Started:
    """A server up and its first page served: seconds from launch, CPU seconds by then."""

    seconds: float
    cpu: float | None
    client: Client | None = None
    filled: float = 0.0  # seconds from launch to the start page's counts filled in


@contextmanager
def launched(
    args: list[str], cwd: Path, env: dict[str, str]
) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """A server process and the address it printed first; stopped (Ctrl+C) at the end."""
    process = subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = re.search(r"http://\S+", line)
        assert url, line + (process.stderr.read() if process.stderr else "")
        yield process, url.group(0)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


@contextmanager
def studio(project: Path, env: dict[str, str]) -> Iterator[Started]:
    """`susi studio` serving `project`, timed to its first page."""
    start = time.perf_counter()
    with launched([*susi_command(), "studio", "--no-browser"], project, env) as (process, url):
        client = Client(url)
        seconds = time.perf_counter() - start
        cpu = cpu_seconds(process.pid)
        status, _, text = client.request("GET", "/api/start")
        assert status == 200, text[:300]
        yield Started(seconds, cpu, client, time.perf_counter() - start)


def floor_start(env: dict[str, str]) -> Started:
    """The bare server, timed to its first page."""
    start = time.perf_counter()
    with launched([sys.executable, "-c", FLOOR_SERVER], ROOT, env) as (process, url):
        port = int(url.split(":")[2].split("/")[0])
        status, _, text = request(port, "GET", "/")
        seconds = time.perf_counter() - start
        assert status == 200, text[:300]
        return Started(seconds, cpu_seconds(process.pid))


def help_start(env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([*susi_command(), "--help"], env=env, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - start


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


@dataclass
class Paired:
    """A measurement and its floor, in turn: each run, and the ratio pair by pair."""

    runs: list[float]
    floor: list[float]

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.runs, self.floor, strict=True)]


def round_trips(client: Client, file: str, runs: int) -> Paired:
    base = client.base(file)
    client.edit(file, base, [{"op": "set", "path": ["summary"], "value": "Opvarmning."}])
    client.static()
    paired = Paired([], [])
    for i in range(runs):
        ops: list[dict[str, object]] = [
            {"op": "set", "path": ["summary"], "value": f"Resumé nr. {i}."}
        ]
        paired.runs.append(client.edit(file, base, ops))
        paired.floor.append(client.static())
    return paired


def row(label: str, paired: Paired, target: float | None) -> tuple[str, str, str, str, str]:
    median = statistics.median(paired.runs)
    floor = statistics.median(paired.floor)
    verdict = ""
    if target is not None:
        verdict = f"≤ {target * 1000:.0f} ms: {'ok' if median <= target else 'MISSED'}"
    ratio = statistics.median(paired.ratios)
    return label, f"{median * 1000:.0f}", f"{floor * 1000:.1f}", f"{ratio:.1f}x", verdict


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="changes per spec (default 30)")
    parser.add_argument("--starts", type=int, default=5, help="start-ups of each (default 5)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    foreign = ForeignLoad()
    with tempfile.TemporaryDirectory(prefix="susi-bench-studio-") as scratch:
        env = cli_env(Path(scratch) / "pycache")
        starts = Paired([], [])
        cpu: list[float] = []
        filled: list[float] = []
        for number in range(args.starts + 1):  # the first pair warms the bytecode
            with studio(ROOT, env) as started:
                pass
            floor = floor_start(env)
            if number:
                starts.runs.append(started.seconds)
                starts.floor.append(floor.seconds)
                filled.append(started.filled)
                if started.cpu is not None:
                    cpu.append(started.cpu)
        helps = [help_start(env) for _ in range(args.starts)]
        with studio(ROOT, env) as started:
            assert started.client is not None
            bundled = round_trips(started.client, BUNDLED, args.runs)
        size = len((ROOT / BUNDLED).read_bytes()) // 1000
        project = large_project(Path(scratch))
        large_size = len((project / BUNDLED).read_bytes()) // 1000
        with studio(project, env) as started:
            assert started.client is not None
            large = round_trips(started.client, BUNDLED, max(5, args.runs // 3))
    rows = [
        row(f"start-up to the first page (median of {args.starts})", starts, START_TARGET),
        row(f"round trip, bundled spec ({size} KB), median", bundled, ROUND_TRIP_TARGET),
        row(f"round trip, {large_size} KB spec, median", large, None),
    ]
    print(f"{'measurement':<46} {'ms':>6} {'floor ms':>9} {'ratio':>6}  target")
    print("-" * 88)
    for label, ms, floor_ms, ratio, verdict in rows:
        print(f"{label:<46} {ms:>6} {floor_ms:>9} {ratio:>6}  {verdict}")
    print()
    print("floors: start-up, a bare Starlette app on uvicorn answering / (started in turn with the")
    print("studio); round trip, a static file from the same server, through the same guard, after")
    print("each change. Ratios are the medians of the ratios pair by pair.")
    print(
        "start-up to the counts filled in (the check after the first page): "
        f"median {statistics.median(filled) * 1000:.0f} ms"
    )
    if cpu:
        print(
            f"studio process CPU to its first page: median {statistics.median(cpu) * 1000:.0f} ms"
        )
    print(f"susi --help (the CLI's own start-up): median {statistics.median(helps) * 1000:.0f} ms")
    print()
    for label, paired in (("starts", starts), ("bundled", bundled), ("300 KB", large)):
        print(f"{label + ', ms:':<13} " + " ".join(f"{t * 1000:.0f}" for t in paired.runs))
        print(f"{'  floor:':<13} " + " ".join(f"{t * 1000:.1f}" for t in paired.floor))
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores (wall times grow with it)")
    share = foreign.share()
    if share is not None:
        print(f"other processes used {share:.0%} of the machine's CPU time during the run")
    missed = statistics.median(starts.runs) > START_TARGET
    missed |= statistics.median(bundled.runs) > ROUND_TRIP_TARGET
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
