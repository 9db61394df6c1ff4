"""Time the history of every spec (releases and the diff of each consecutive pair) in git.

    .venv/bin/python bench/bench_history.py [--specs 200] [--versions 10] [--seed 42]

1. Builds a git repository in a temporary folder with `git fast-import` (fixed author and
   committer dates, so every run makes the same commits): `specs` specs from
   bench/generate.py, each released `versions` times. Version k of a spec is released in
   its own commit ("Frigiv <id> vk") with an annotated tag `<id>/vk`, as `susi release`
   leaves it (`--no-tags` leaves the tags out; `--drafts` adds a draft commit before each
   release). Between versions about 20% of the core elements change (a level tightened,
   an element renamed with `previous_ids`, `what` reworded, an activity added), some body
   paragraphs are edited, sometimes a theory-of-change link is added, and `changes`
   explains the new version. The repository is then packed (`git gc`), as a clone is.
   A sample of versions is checked with `susi check` (history rules included), at several
   points of the history: each in a worktree with the last commit of that release round
   checked out, where the later commits and their tags must not count.
2. Real work (imports done beforehand): `Repository`, one `file_log`, `load_timelines`
   (HistoryLoader.load and `build_timeline`, the diff of every consecutive release pair, of
   every spec, on every core).
   Median of `runs`. Also the CLI `susi history <id>` for one spec, as a
   subprocess with its start-up.
3. Floor: the distinct blobs the history reads (the blob ids of every revision in the file
   log), read by id through ONE raw `git cat-file --batch` process, request/response over
   pipes. Median of `runs`.
4. Parse: `parse_spec` (`parse_document` + `validate`) of every distinct blob, in-process,
   from bytes already in memory. Median of `runs`.

Target (issue 9): the real work within 0.9 x (3 x floor + parse): the second core parses.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import os
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import OPTIONS, Writer, _flow, _text, slug, spec_text

from susi_spec.history.git import Repository
from susi_spec.history.histories import load_timelines
from susi_spec.history.versions import parse_spec
from susi_spec.loading.gc_threshold import fewer_collections

TARGET = 0.9  # real / (3 x floor + parse)
FLOOR_FACTOR = 3
START = dt.datetime(2018, 1, 8, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ROUND = dt.timedelta(days=91)  # one release round: every spec gets its next version
RENAME_SUFFIXES = ("i praksis", "og opfølgning", "i hverdagen", "på tværs", "med netværket")

# --------------------------------------------------------------------------- versions


@dataclass
class VersionedSpec:
    """One generated spec as text lines, edited from version to version like an author would."""

    rng: random.Random
    spec_id: str
    title: str
    front: list[str]
    body: list[str]
    renamed: set[str] = field(default_factory=set)

    @classmethod
    def first(cls, rng: random.Random, number: int) -> VersionedSpec:
        spec_id, text = spec_text(rng, number)
        end = text.index("\n---\n", 3)
        front = text[4:end].split("\n")
        body = text[end + 5 :].rstrip("\n").split("\n")
        title = next(line[7:] for line in front if line.startswith("title: "))
        spec = cls(rng, spec_id, title, front, body)
        spec._drop_changes()
        return spec

    def text(self, version: int, status: str, released: dt.date | None, milestone: str) -> str:
        """The file as it reads at `version` with this status."""
        head: list[str] = []
        for line in self.front:
            if line.startswith("version: "):
                head.append(f"version: {version}")
            elif line.startswith("status: "):
                head.append(f"status: {status}")
                if released is not None:
                    head.append(f"released: {released.isoformat()}")
            elif line.startswith("milestone: "):
                head.append(f"milestone: {milestone}")
            elif not line.startswith("released: "):
                head.append(line)
        return "\n".join(["---", *head, "---", *self.body]) + "\n"

    # The next version -------------------------------------------------------

    def next_version(self) -> Counter[str]:
        """Edit about 20% of the core elements and some prose; count the edits by kind."""
        rng = self.rng
        ids = self.element_ids()
        count = max(1, round(len(ids) * 0.2 + rng.uniform(-0.5, 0.5)))
        changed: list[str] = []
        done: Counter[str] = Counter()
        for ident in rng.sample(ids, count):
            ops: list[tuple[float, Callable[[str], str]]] = [
                (0.3, self.reword_what),
                (0.25, self.add_activity),
            ]
            if self.level(ident) != "rule":
                ops.append((0.3, self.tighten))
            if ident not in self.renamed:
                ops.append((0.15, self.rename))
            op = rng.choices([op for _, op in ops], [w for w, _ in ops])[0]
            changed.append(op(ident))
            done[op.__name__] += 1
        for _ in range(rng.randint(2, 4)):
            self.edit_paragraph()
        if rng.random() < 0.5:
            self.add_link()
        self._drop_changes()
        self._add_changes(changed)
        return done

    def element_ids(self) -> list[str]:
        return [line[8:] for line in self.front if line.startswith("  - id: ")]

    def _element(self, ident: str) -> tuple[int, int]:
        start = self.front.index(f"  - id: {ident}")
        stop = start + 1
        while stop < len(self.front) and self.front[stop].startswith("    "):
            stop += 1
        return start, stop

    def _key(self, ident: str, key: str) -> tuple[int, int] | None:
        """The lines of `key` (and its deeper-indented value) in an element."""
        start, stop = self._element(ident)
        for i in range(start + 1, stop):
            if self.front[i].startswith(f"    {key}:"):
                end = i + 1
                while end < stop and self.front[end].startswith("      "):
                    end += 1
                return i, end
        return None

    def _remove(self, ident: str, key: str) -> None:
        found = self._key(ident, key)
        if found is not None:
            del self.front[found[0] : found[1]]

    def _append(self, ident: str, lines: list[str]) -> None:
        _, stop = self._element(ident)
        self.front[stop:stop] = lines

    def level(self, ident: str) -> str:
        found = self._key(ident, "level")
        assert found is not None
        return self.front[found[0]].split(": ", 1)[1]

    def _set_level(self, ident: str, level: str) -> None:
        found = self._key(ident, "level")
        assert found is not None
        self.front[found[0]] = f"    level: {level}"

    def tighten(self, ident: str) -> str:
        """principle → guideline (options and a decision rule), guideline → rule (fidelity)."""
        w = Writer(self.rng)
        if self.level(ident) == "principle":
            self._set_level(ident, "guideline")
            self._remove(ident, "practice_profile")
            options = _flow(self.rng.sample(OPTIONS, self.rng.randint(2, 3)))
            self._append(
                ident,
                [f"    options: {options}", *_text("decision_rule", w.sentence(4, 7), "    ")],
            )
        else:
            self._set_level(ident, "rule")
            self._remove(ident, "options")
            self._remove(ident, "decision_rule")
            if self._key(ident, "fidelity") is None:
                self._append(ident, ["    fidelity:", f"      - {w.sentence(3, 6)}"])
        return ident

    def rename(self, ident: str) -> str:
        """A new title and id; the old id goes into `previous_ids`, references follow."""
        found = self._key(ident, "title")
        assert found is not None
        old_title = self.front[found[0]][11:]
        taken = set(self.element_ids())
        suffixes = [s for s in RENAME_SUFFIXES if slug(f"{old_title} {s}") not in taken]
        new_title = f"{old_title} {self.rng.choice(suffixes)}"
        new = slug(new_title)
        self.front[found[0]] = f"    title: {new_title}"
        start, _ = self._element(ident)
        self.front[start] = f"  - id: {new}"
        self.front.insert(start + 1, f"    previous_ids: [{ident}]")
        self.renamed.update((ident, new))

        def swap(match: re.Match[str]) -> str:
            names = [new if n == ident else n for n in match.group(1).split(", ")]
            return f"core_elements: [{', '.join(names)}]"

        self.front = [re.sub(r"core_elements: \[([^\]]*)\]", swap, line) for line in self.front]
        heading = f"### {old_title} {{#{ident}}}"
        self.body = [
            f"### {new_title} {{#{new}}}" if line == heading else line for line in self.body
        ]
        return new

    def reword_what(self, ident: str) -> str:
        found = self._key(ident, "what")
        assert found is not None
        self.front[found[0] : found[1]] = _text("what", Writer(self.rng).sentence(4, 8), "    ")
        return ident

    def add_activity(self, ident: str) -> str:
        found = self._key(ident, "activities")
        assert found is not None
        self.front.insert(found[1], f"      - {Writer(self.rng).sentence(3, 6)}")
        return ident

    def edit_paragraph(self) -> None:
        """Reword, add or drop a sentence of a body paragraph; sometimes add a link."""
        rng = self.rng
        w = Writer(rng)
        candidates = [
            i
            for i, line in enumerate(self.body)
            if line and not line.startswith(("#", "-", "|")) and ". " in line
        ]
        i = rng.choice(candidates)
        sentences = self.body[i].split(". ")
        k = rng.randrange(len(sentences))
        roll = rng.random()
        if roll < 0.5:
            sentences[k] = w.sentence(6, 12).rstrip(".")
        elif roll < 0.8:
            sentences.insert(k, w.sentence(6, 12).rstrip("."))
        elif len(sentences) > 2:
            del sentences[k]
        self.body[i] = ". ".join(sentences)
        if rng.random() < 0.2:
            page = slug(rng.choice(("vejledning", "skema", "erfaringer", "rapport")))
            self.body[i] += f" Se [{page}](https://example.org/{self.spec_id}/{page})."

    def add_link(self) -> None:
        """A new forward link in the theory of change."""
        order = ["activity", "output", "short_term_outcome", "medium_term_outcome"]
        order.append("long_term_outcome")
        nodes: list[tuple[int, str]] = []
        links: set[tuple[str, str]] = set()
        last = 0
        for i, line in enumerate(self.front):
            node = re.match(r"    - \{id: ([a-z0-9-]+), kind: ([a-z_]+)", line)
            if node:
                nodes.append((order.index(node.group(2)), node.group(1)))
            link = re.match(r"    - \{from: ([a-z0-9-]+), to: ([a-z0-9-]+)\}", line)
            if link:
                links.add((link.group(1), link.group(2)))
                last = i
        pairs = [(a, b) for la, a in nodes for lb, b in nodes if la < lb and (a, b) not in links]
        if pairs:
            a, b = self.rng.choice(pairs)
            self.front.insert(last + 1, f"    - {{from: {a}, to: {b}}}")

    def _drop_changes(self) -> None:
        front = self.front
        if "changes:" not in front:
            return
        start = front.index("changes:")
        if start and front[start - 1].startswith("# Hvorfor"):
            start -= 1
        stop = front.index("changes:") + 1
        while stop < len(front) and front[stop].startswith("  "):
            stop += 1
        del front[start:stop]

    def _add_changes(self, changed: list[str]) -> None:
        w = Writer(self.rng)
        lines = ["# Hvorfor denne version adskiller sig fra den forrige (FRAME).", "changes:"]
        for ident in dict.fromkeys(changed):
            lines.append(f"  - what: {w.sentence(6, 10)}")
            lines += _text("why", w.sentence(8, 14), "    ")
            lines.append(f"    decided_by: {self.rng.choice(('Metodeseminar', 'Styregruppen'))}")
            lines.append(f"    planned: {self.rng.choice(('true', 'false'))}")
            lines.append("    fidelity_consistent: true")
            lines.append(f"    core_elements: [{ident}]")
        at = self.front.index("costs:") if "costs:" in self.front else len(self.front)
        self.front[at:at] = lines


# --------------------------------------------------------------------------- repository


@dataclass
class Built:
    root: Path
    paths: list[Path]
    commits: int
    tags: int
    rounds: list[int]  # commits made by the end of each release round (every spec at v k)
    edits: Counter[str]


def _milestone(version: int) -> str:
    return "Opstart" if version == 1 else f"Metodeseminar {version - 1}"


def build_repository(
    root: Path, specs: int, versions: int, seed: int, tags: bool, drafts: bool
) -> Built:
    """The repository, written through one `git fast-import` stream with fixed dates."""
    rng = random.Random(seed)
    stream: list[bytes] = []
    mark = 0
    rounds: list[int] = []
    edits: Counter[str] = Counter()
    identity = "Bench <bench@example.org>"

    def commit(when: dt.datetime, message: str, path: str, text: str) -> int:
        nonlocal mark
        mark += 1
        stamp = f"{int(when.timestamp())} +0100"
        msg = message.encode()
        data = text.encode()
        head = (
            f"commit refs/heads/main\nmark :{mark}\nauthor {identity} {stamp}\n"
            f"committer {identity} {stamp}\ndata {len(msg)}\n"
        )
        parent = f"from :{mark - 1}\n" if mark > 1 else ""
        change = f"M 100644 inline {path}\ndata {len(data)}\n"
        stream.append(head.encode() + msg + f"\n{parent}{change}".encode() + data + b"\n")
        return mark

    def tag(name: str, target: int, when: dt.datetime, message: str) -> None:
        stamp = f"{int(when.timestamp())} +0100"
        msg = message.encode()
        stream.append(
            f"tag {name}\nfrom :{target}\ntagger {identity} {stamp}\ndata {len(msg)}\n".encode()
            + msg
            + b"\n"
        )

    state = [VersionedSpec.first(rng, number) for number in range(1, specs + 1)]
    tagged = 0
    for version in range(1, versions + 1):
        start = START + ROUND * (version - 1)
        for i, spec in enumerate(state):
            when = start + dt.timedelta(minutes=30 * i)
            path = f"specs/{spec.spec_id}/index.md"
            if version > 1:
                edits.update(spec.next_version())
                if drafts:
                    text = spec.text(version, "draft", None, _milestone(version))
                    commit(
                        when - dt.timedelta(days=7), f"Start {spec.spec_id} v{version}", path, text
                    )
            text = spec.text(version, "released", when.date(), _milestone(version))
            done = commit(when, f"Frigiv {spec.spec_id} v{version}", path, text)
            if tags:
                label = f"v{version}"
                tag(f"{spec.spec_id}/{label}", done, when, f"{spec.title} {label} frigivet")
                tagged += 1
        rounds.append(mark)
    import_stream(root, stream)
    subprocess.run(["git", "gc", "-q"], cwd=root, check=True)
    paths = [root / "specs" / spec.spec_id / "index.md" for spec in state]
    return Built(root, paths, mark, tagged, rounds, edits)


def import_stream(root: Path, stream: list[bytes]) -> None:
    """A new repository at `root` holding the commits and tags of `stream`, checked out."""
    git = ["git", "-c", "init.defaultBranch=main", "-c", "gc.auto=0"]
    subprocess.run([*git, "init", "-q", str(root)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], input=b"".join(stream), cwd=root, check=True)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=root, check=True)


# --------------------------------------------------------------------------- measurements


def susi_command() -> list[str]:
    beside = Path(sys.executable).parent / "susi"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("susi")
    if found is None:
        raise SystemExit("susi is not installed: pip install -e . in the project first")
    return [found]


def cli_env(pycache: Path) -> dict[str, str]:
    """Bytecode cached in a scratch folder, as an installed package has it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def check_sample(built: Built, scratch: Path, env: dict[str, str], every: int) -> str:
    """`susi check` (history rules included) on every `every`-th spec at sampled rounds."""
    root = built.root
    count = len(built.rounds)
    sample = sorted({0, 1, count // 2, count - 1} & set(range(count)))
    checked = 0
    files = [str(p.relative_to(root)) for p in built.paths[::every]]
    worktree = ["git", "-C", str(root), "worktree"]
    for index in sample:
        tree = root
        if index < count - 1:
            tree = scratch / f"check-v{index + 1}"
            back = built.commits - built.rounds[index]
            subprocess.run(
                [*worktree, "add", "-q", "--detach", str(tree), f"main~{back}"], check=True
            )
        done = subprocess.run(
            [*susi_command(), "check", *files, "--format", "json"],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if tree != root:
            subprocess.run([*worktree, "remove", "--force", str(tree)], check=True)
        if done.returncode != 0 or '"problems": []' not in done.stdout:
            raise SystemExit(f"susi check failed at v{index + 1}:\n{done.stdout[:3000]}")
        checked += len(files)
    labels = ", ".join(f"v{i + 1}" for i in sample)
    return f"{checked} files clean under `susi check` ({labels}; every {every}th spec)"


@dataclass
class Real:
    total: float
    log: float
    load: float
    kinds: Counter[str]
    pairs: int
    tightened: int


def real_work(root: Path, paths: list[Path], versions: int) -> Real:
    """Repository, one file log, then history and timeline of every spec."""
    clock = time.perf_counter
    kinds: Counter[str] = Counter()
    pairs = tightened = 0
    start = clock()
    repo = Repository(root)
    log = repo.file_log("")
    logged = clock()
    loaded = load_timelines(repo, paths, log)  # histories and timelines on every core
    load = clock() - logged
    for path in paths:
        result = loaded[path][1]
        assert len(result.entries) == versions, f"{path}: {len(result.entries)} entries"
        for entry in result.entries:
            if entry.counts is not None:
                pairs += 1
                kinds.update(entry.counts)
                tightened += entry.tightened
    total = clock() - start
    repo.close()
    return Real(total, logged - start, load, kinds, pairs, tightened)


def blobs_read(root: Path, paths: list[Path]) -> tuple[int, list[tuple[str, str]]]:
    """The revisions the history reads, and its distinct (blob, path) reads in that order."""
    repo = Repository(root)
    log = repo.file_log("")
    revisions = [r for p in paths for r in log.revisions(repo.relative(p))]
    repo.close()
    distinct = {r.blob: r.path for r in revisions}
    return len(revisions), list(distinct.items())


def floor(root: Path, blobs: list[str]) -> tuple[float, dict[str, bytes]]:
    """Read the blobs by id through one `git cat-file --batch`, request/response."""
    out: dict[str, bytes] = {}
    start = time.perf_counter()
    process = subprocess.Popen(
        ["git", "cat-file", "--batch"], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert process.stdin is not None and process.stdout is not None
    for blob in blobs:
        process.stdin.write(blob.encode() + b"\n")
        process.stdin.flush()
        header = process.stdout.readline().split()
        if len(header) != 3 or header[1] != b"blob":
            raise SystemExit(f"cat-file: {header!r}")
        out[blob] = process.stdout.read(int(header[2]) + 1)[:-1]
    process.stdin.close()
    process.wait()
    return time.perf_counter() - start, out


def parse_all(data: dict[str, bytes], names: dict[str, str]) -> float:
    """parse_spec of every blob, with the loader's GC threshold (the faster setting)."""
    start = time.perf_counter()
    with fewer_collections():
        for blob, raw in data.items():
            spec = parse_spec(raw, names[blob]).spec
            assert spec is not None, f"{names[blob]} ({blob}) does not validate"
    return time.perf_counter() - start


def cli_history(root: Path, spec_id: str, env: dict[str, str], versions: int) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [*susi_command(), "history", spec_id], cwd=root, env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or f"v{versions} " not in done.stdout:
        raise SystemExit(f"susi history failed ({done.returncode}):\n{done.stderr}{done.stdout}")
    return elapsed


def median(runs: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    times = [measure() for _ in range(runs)]
    return statistics.median(times), times


def profile(root: Path, paths: list[Path], versions: int, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(real_work, root, paths, versions)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    print(f"\ncProfile of the real work, top {top} by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)
    print(f"top {top} by own time:")
    stats.sort_stats("tottime").print_stats(top)


# --------------------------------------------------------------------------- main


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark spec history against its floor.")
    parser.add_argument("--specs", type=int, default=200, help="number of specs (200)")
    parser.add_argument("--versions", type=int, default=10, help="released versions each (10)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--no-tags", action="store_true", help="no release tags")
    parser.add_argument("--drafts", action="store_true", help="a draft commit before each release")
    parser.add_argument("--check-every", type=int, default=10, help="susi check every nth spec")
    parser.add_argument("--profile", type=int, metavar="N", help="print the top N of cProfile")
    parser.add_argument("--keep", type=Path, help="build the repository here and keep it")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the target is missed")
    args = parser.parse_args()
    if args.specs < 1 or args.versions < 2:
        parser.error("need at least 1 spec and 2 versions")

    with tempfile.TemporaryDirectory(prefix="susi-bench-history-") as scratch_name:
        scratch = Path(scratch_name)
        root = args.keep or scratch / "repo"
        if root.exists() and any(root.iterdir()):
            parser.error(f"{root} is not empty")
        started = time.perf_counter()
        built = build_repository(
            root, args.specs, args.versions, args.seed, not args.no_tags, args.drafts
        )
        size = sum(p.stat().st_size for p in built.paths) / len(built.paths)
        print(
            f"built {built.commits} commits, {built.tags} tags, {len(built.paths)} specs x "
            f"{args.versions} versions (median file {size / 1000:.1f} KB) in "
            f"{time.perf_counter() - started:.1f} s; {os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}"
        )
        env = cli_env(scratch / "pycache")
        if args.check_every > 0:
            print(check_sample(built, scratch, env, args.check_every))

        revisions, reads = blobs_read(root, built.paths)
        names = dict(reads)
        blob_ids = [blob for blob, _ in reads]
        floor(root, blob_ids)  # warm the page cache
        real_work(root, built.paths, args.versions)  # warm-up: imports, page cache
        spec_id = built.paths[0].parent.name
        cli_history(root, spec_id, env, args.versions)  # warm-up: bytecode

        floors: list[float] = []
        data: dict[str, bytes] = {}
        for _ in range(args.runs):
            seconds, data = floor(root, blob_ids)
            floors.append(seconds)
        floor_s = statistics.median(floors)
        parse_s, parses = median(args.runs, lambda: parse_all(data, names))
        reals = [real_work(root, built.paths, args.versions) for _ in range(args.runs)]
        real = sorted(reals, key=lambda r: r.total)[len(reals) // 2]
        cli_s, clis = median(
            max(3, args.runs), lambda: cli_history(root, spec_id, env, args.versions)
        )
        if args.profile:
            profile(root, built.paths, args.versions, args.profile)

    budget = FLOOR_FACTOR * floor_s + parse_s
    ratio = real.total / budget
    n = len(built.paths)
    print(
        f"\n{revisions} revisions, {len(blob_ids)} distinct blobs "
        f"({sum(len(b) for b in data.values()) / 1e6:.1f} MB); {real.pairs} consecutive pairs "
        f"diffed: "
        + ", ".join(f"{n_} {k}" for k, n_ in sorted(real.kinds.items()) if n_)
        + f", {real.tightened} tightened; generator edits: "
        + ", ".join(f"{n_} {k}" for k, n_ in sorted(built.edits.items()))
    )
    rows = [
        ("floor: one raw git cat-file --batch, by blob id", floor_s, len(blob_ids)),
        ("parse: parse_document + validate, distinct blobs", parse_s, len(blob_ids)),
        (f"budget: {FLOOR_FACTOR} x floor + parse", budget, None),
        ("real: history + timeline of every spec", real.total, n),
        ("  Repository + file_log (one git log)", real.log, None),
        ("  load_timelines (git, parse, tags, diffs; all cores)", real.load, real.pairs),
        (f"CLI: susi history {spec_id} (with start-up)", cli_s, None),
    ]
    print(f"\n{'measurement':<52} {'wall s':>8} {'ms/item':>8}")
    print("-" * 70)
    for label, seconds, items in rows:
        per = f"{seconds / items * 1000:.2f}" if items else ""
        print(f"{label:<52} {seconds:8.3f} {per:>8}")
    ok = ratio <= TARGET
    print("-" * 70)
    print(
        f"ratio real / ({FLOOR_FACTOR} x floor + parse) = {ratio:.2f}  "
        f"(target <= {TARGET:.1f}: {'ok' if ok else 'MISSED'})"
    )
    print(
        f"beyond parsing: real - parse = {real.total - parse_s:.3f} s against "
        f"{FLOOR_FACTOR} x floor = {FLOOR_FACTOR * floor_s:.3f} s (git log {real.log:.3f}, "
        f"load and diffs - parse {real.load - parse_s:.3f})"
    )
    print("\nruns, s: floor " + " ".join(f"{t:.3f}" for t in floors))
    print("         parse " + " ".join(f"{t:.3f}" for t in parses))
    print("         real  " + " ".join(f"{r.total:.3f}" for r in reals))
    print("         cli   " + " ".join(f"{t:.3f}" for t in clis))
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
