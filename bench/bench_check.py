"""Time `susi check` on generated specs beside the floor measured in the same run.

    .venv/bin/python bench/bench_check.py [--n 1000] [--seed 42] [--runs 3] [--little]

1. Generates `n` valid specs (bench/generate.py) into a temporary folder; with `--little`,
   v0 drafts with little front matter.
2. Floor, as its own process on every core (bench/floor_check.py): for each file read the
   bytes, decode, split off the front matter, `yaml.load(..., Loader=yaml.CSafeLoader)`,
   `MarkdownIt("commonmark").parse(body)` (full parse including inline) and
   `Spec.model_validate(data)`. Its steps are also timed in this process, one core, to
   show where the floor goes.
3. The real CLI, `susi check specs --format json`, as a subprocess (it uses every core).
   CLI and floor run in turn, `runs` pairs, each timed from outside, start-up included;
   the ratio is taken pair by pair and its median printed. The run must report `n` files
   and no problems, so that it measures a real, clean check.
4. The CLI on one file, `susi check specs/<id>/index.md`, wall time including start-up,
   median of 5: outside git, and inside a git repository where the spec has a history of
   four released versions (tagged, with a draft commit before each, built as
   bench_history.py builds its repository), so that the history rules read it. Also shown,
   without a target: the same without bytecode (when the environment sets
   PYTHONDONTWRITEBYTECODE).

The CLI runs with its bytecode cached (in a scratch PYTHONPYCACHEPREFIX, after one warm-up
run), as a pip-installed package has it; `--no-bytecode` keeps the inherited environment.
5. Peak memory of `susi check specs` (the largest process, workers included: ru_maxrss
   from wait4) for each of `--memory-n` (default 1000 and 5000 specs), to show it is flat.

Targets (issue): the folder check within 1.1x the floor (with and without `--little`), peak
memory of a 5,000-spec check at most 100 MB, one file in under 0.3 s, in git too.
CSafeLoader reads YAML 1.1, susi YAML 1.2: a sample of the files is checked to give the
same data under both, and the floor validates every file under 1.1 as the CLI does under 1.2.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_history import build_repository
from generate import generate

from susi_spec.loading.yamlload import load_yaml
from susi_spec.model import Spec

FLOOR_RATIO_TARGET = 1.1
MEMORY_TARGET_MB = 100
FLOOR_SCRIPT = Path(__file__).resolve().parent / "floor_check.py"
SINGLE_FILE_TARGET = 0.3  # seconds
GIT_VERSIONS = 4  # the in-git spec's released versions, as the bundled example's v0..v3


@dataclass
class Floor:
    """One floor run: total wall time and the time of each step, summed over files."""

    total: float
    split: float
    yaml: float
    markdown: float
    pydantic: float


def measure_floor(paths: list[Path]) -> Floor:
    """Read, decode, split, C YAML load, markdown-it parse and pydantic validate each file."""
    md = MarkdownIt("commonmark")
    clock = time.perf_counter
    split = load = parse = check = 0.0
    start = clock()
    for path in paths:
        t0 = clock()
        text = path.read_bytes().decode("utf-8")
        if not text.startswith("---\n"):
            raise SystemExit(f"{path}: no front matter")
        end = text.index("\n---\n", 3)
        front, body = text[4:end], text[end + 5 :]
        t1 = clock()
        data = yaml.load(front, Loader=yaml.CSafeLoader)
        t2 = clock()
        md.parse(body)
        t3 = clock()
        Spec.model_validate(data)
        t4 = clock()
        split += t1 - t0
        load += t2 - t1
        parse += t3 - t2
        check += t4 - t3
    return Floor(clock() - start, split, load, parse, check)


def same_under_yaml_11_and_12(paths: list[Path]) -> None:
    """The generated front matter means the same to CSafeLoader (1.1) and susi (1.2)."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        front = text[4 : text.index("\n---\n", 3)]
        old = yaml.load(front, Loader=yaml.CSafeLoader)
        assert old == load_yaml(front).data, f"{path}: YAML 1.1 and 1.2 read it differently"


def susi_command() -> list[str]:
    """The installed `susi` console script next to this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "susi"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("susi")
    if found is None:
        raise SystemExit("susi is not installed: pip install -e . in the project first")
    return [found]


def run_cli(
    args: list[str], cwd: Path, env: dict[str, str]
) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return time.perf_counter() - start, done


def clean_check(args: list[str], cwd: Path, files: int, env: dict[str, str]) -> float:
    """Wall time of one `susi check --format json` run that must find `files` clean files."""
    elapsed, done = run_cli([*args, "--format", "json"], cwd, env)
    try:
        report: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"susi check failed ({done.returncode}):\n{done.stderr}") from None
    problems = report["problems"]
    assert done.returncode == 0, f"exit code {done.returncode}: {problems[:3]}"
    assert report["files"] == files, f"checked {report['files']} files, expected {files}"
    assert not problems, f"{len(problems)} problems, first: {problems[:3]}"
    assert report["errors"] == 0 and report["warnings"] == 0, report
    return elapsed


def run_measured(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak memory in KB (the largest of the process and its children) and
    standard output of one run."""
    start = time.perf_counter()
    with subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if child.returncode not in (0, 1):
        raise SystemExit(f"{args[0]} failed ({child.returncode})")
    return elapsed, usage.ru_maxrss, out


def checked_clean(out: str, files: int) -> None:
    report: dict[str, Any] = json.loads(out)
    assert report["files"] == files, f"checked {report['files']} files, expected {files}"
    assert not report["problems"], f"first problems: {report['problems'][:3]}"


@dataclass
class Paired:
    """CLI and floor run in turn: the ratio pair by pair, and the CLI's peak memory."""

    cli: list[float]
    floor: list[float]
    ratios: list[float]
    peak_kb: int


def paired(runs: int, root: Path, n: int, env: dict[str, str], command: list[str]) -> Paired:
    floor_args = [sys.executable, str(FLOOR_SCRIPT), "specs"]
    cli_args = [*command, "specs", "--format", "json"]
    cli: list[float] = []
    floor: list[float] = []
    peak = 0
    for _ in range(runs):
        seconds, kb, out = run_measured(cli_args, root, env)
        checked_clean(out, n)
        cli.append(seconds)
        peak = max(peak, kb)
        seconds, _, out = run_measured(floor_args, root, env)
        assert out.strip() == str(n), f"floor validated {out.strip()} of {n} files"
        floor.append(seconds)
    return Paired(cli, floor, [c / f for c, f in zip(cli, floor, strict=True)], peak)


def peak_memory(n: int, seed: int, little: bool, scratch: Path, command: list[str]) -> int:
    """Peak memory in KB of `susi check specs` over `n` generated specs."""
    root = scratch / f"memory-{n}"
    generate(root, n, seed, little)
    init_project(root)
    _, kb, out = run_measured([*command, "specs", "--format", "json"], root, cli_env(None))
    checked_clean(out, n)
    shutil.rmtree(root)
    return kb


def init_project(root: Path) -> None:
    """Make the folder a git repository with nothing committed, as a new project is, so that
    the check has no history to read and says nothing about missing history (SP404)."""
    subprocess.run(["git", "init", "-q", str(root)], check=True)


def median_of(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    times = [measure() for _ in range(runs)]
    return statistics.median(times), times


def cli_env(pycache: Path | None) -> dict[str, str]:
    """The environment for the CLI: with `pycache`, bytecode is written and reused there.

    An installed package has its bytecode compiled (pip does it), but an editable install
    run with PYTHONDONTWRITEBYTECODE=1 compiles every module of the project on each start.
    """
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def git_project(root: Path, seed: int) -> Path:
    """A git repository holding one spec with four released versions; the spec's path."""
    built = build_repository(
        root, specs=1, versions=GIT_VERSIONS, seed=seed, tags=True, drafts=True
    )
    return built.paths[0]


def _busy_seconds() -> tuple[float, float] | None:
    """CPU seconds all processes have been busy, and wall seconds times cores (/proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except (OSError, ValueError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields) - idle) / ticks, sum(fields) / ticks


def _own_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class ForeignLoad:
    """How much CPU other processes used while the benchmark ran (Linux only)."""

    def __init__(self) -> None:
        self.start = _busy_seconds()
        self.own = _own_seconds()

    def share(self) -> float | None:
        """Other processes' CPU time as a share of all cores' time since the start."""
        end = _busy_seconds()
        if self.start is None or end is None:
            return None
        busy = end[0] - self.start[0]
        available = end[1] - self.start[1]
        foreign = busy - (_own_seconds() - self.own)
        return max(0.0, foreign) / max(available, 1e-9)


@dataclass
class Row:
    label: str
    seconds: float
    per_file: str = ""
    ratio: str = ""
    target: str = ""


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark `susi check` against its floor.")
    parser.add_argument("--n", type=int, default=1000, help="number of specs (default 1000)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--keep", type=Path, help="generate here and keep the files")
    parser.add_argument("--little", action="store_true", help="v0 drafts, little front matter")
    parser.add_argument(
        "--memory-n",
        default="1000,5000",
        help="spec counts whose peak memory is measured (comma-separated; '' for none)",
    )
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="run the CLI with the inherited environment even if it forbids bytecode caching",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    n = args.n

    with tempfile.TemporaryDirectory(prefix="susi-bench-") as scratch:
        root = args.keep or Path(scratch) / "project"
        started = time.perf_counter()
        paths = generate(root, n, args.seed, args.little)
        init_project(root)
        generated = time.perf_counter() - started
        sizes = sorted(p.stat().st_size for p in paths)
        print(
            f"generated {len(paths)} specs in {generated:.1f} s: "
            f"{sum(sizes) / 1e6:.1f} MB, median {statistics.median(sizes) / 1000:.1f} KB/file; "
            f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
        )
        same_under_yaml_11_and_12(paths[:: max(1, n // 100)])
        command = [*susi_command(), "check"]
        foreign = ForeignLoad()
        no_bytecode = bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
        cached = None if args.no_bytecode else Path(scratch) / "pycache"
        env = cli_env(cached)
        one = str(paths[0].relative_to(root))
        clean_check([*command, one], root, 1, env)  # warm-up: page cache and bytecode

        floors = [measure_floor(paths) for _ in range(args.runs)]
        floor = sorted(floors, key=lambda f: f.total)[len(floors) // 2]
        pairs = paired(args.runs, root, n, env, command)
        cli = statistics.median(pairs.cli)
        floor_process = statistics.median(pairs.floor)
        cli_ratio = statistics.median(pairs.ratios)
        counts = [int(x) for x in args.memory_n.split(",") if x.strip()]
        peaks = {m: peak_memory(m, args.seed, args.little, Path(scratch), command) for m in counts}
        single, single_runs = median_of(5, lambda: clean_check([*command, one], root, 1, env))
        repo = Path(scratch) / "repo"
        target = str(git_project(repo, args.seed).relative_to(repo))
        clean_check([*command, target], repo, 1, env)  # warm-up: page cache
        in_git, in_git_runs = median_of(5, lambda: clean_check([*command, target], repo, 1, env))
        extra: list[Row] = []
        if no_bytecode and cached is not None:
            plain = cli_env(None)
            seconds, _ = median_of(5, lambda: clean_check([*command, one], root, 1, plain))
            extra.append(Row("  same, PYTHONDONTWRITEBYTECODE=1 (no .pyc)", seconds))

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    def ms(seconds: float) -> str:
        return f"{seconds / n * 1000:.2f}"

    kind = "v0 drafts, little front matter" if args.little else "full front matter"
    rows = [
        Row(f"floor process, all cores ({kind})", floor_process, ms(floor_process)),
        Row("one core: read+CSafeLoader+markdown-it+pydantic", floor.total, ms(floor.total)),
        Row("  read + decode + split", floor.split, ms(floor.split)),
        Row("  yaml.load CSafeLoader", floor.yaml, ms(floor.yaml)),
        Row("  MarkdownIt('commonmark').parse", floor.markdown, ms(floor.markdown)),
        Row("  Spec.model_validate", floor.pydantic, ms(floor.pydantic)),
        Row(
            f"susi check specs/ ({n} files, all cores)",
            cli,
            ms(cli),
            f"{cli_ratio:.2f}x",
            f"<= {FLOOR_RATIO_TARGET}x floor process: {verdict(cli_ratio <= FLOOR_RATIO_TARGET)}",
        ),
        Row(
            "susi check one/index.md (with start-up)",
            single,
            "",
            f"{single / SINGLE_FILE_TARGET:.2f}x",
            f"<= {SINGLE_FILE_TARGET} s: {verdict(single <= SINGLE_FILE_TARGET)}",
        ),
        Row(
            f"  same in git ({GIT_VERSIONS} releases, history rules)",
            in_git,
            "",
            f"{in_git / SINGLE_FILE_TARGET:.2f}x",
            f"<= {SINGLE_FILE_TARGET} s: {verdict(in_git <= SINGLE_FILE_TARGET)}",
        ),
        *extra,
    ]
    print()
    print(f"{'measurement':<46} {'wall s':>7} {'ms/file':>8} {'ratio':>6}  target")
    print("-" * 96)
    for row in rows:
        print(f"{row.label:<46} {row.seconds:7.3f} {row.per_file:>8} {row.ratio:>6}  {row.target}")
    print()
    print("(the check's ratio is the median of the ratios of runs in turn, check then floor)")
    for count, kb in peaks.items():
        mb = kb / 1024
        print(
            f"peak memory, susi check of {count} specs: {mb:.0f} MB "
            f"(<= {MEMORY_TARGET_MB} MB: {verdict(mb <= MEMORY_TARGET_MB)})"
        )
    print()
    print("runs, s: floor " + " ".join(f"{t:.2f}" for t in pairs.floor))
    print("         check " + " ".join(f"{t:.2f}" for t in pairs.cli))
    print("         ratio " + " ".join(f"{r:.2f}" for r in pairs.ratios))
    print("  one core floor " + " ".join(f"{f.total:.2f}" for f in floors))
    print("         one   " + " ".join(f"{t:.3f}" for t in single_runs))
    print("         git   " + " ".join(f"{t:.3f}" for t in in_git_runs))
    if cached is not None:
        print("(CLI bytecode cached in a scratch PYTHONPYCACHEPREFIX, as an installed package has)")
    share = foreign.share()
    if share is not None:
        print(f"other processes used {share:.0%} of the machine's CPU time during the run")
        if share > 0.05:
            print("warning: something else was running; the figures are not reliable")
    missed = cli_ratio > FLOOR_RATIO_TARGET or max(single, in_git) > SINGLE_FILE_TARGET
    missed = missed or any(kb / 1024 > MEMORY_TARGET_MB for kb in peaks.values())
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
