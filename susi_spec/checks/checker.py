"""Check files: read, validate the shape, run the rules, and collect sorted problems.

Many files are checked on all cores: each worker reads, parses and validates its share and
sends back problems and models; rules that look across files run once at the end.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.checks.rules import BY_KEY, CHECK_RULES, Context, Finding, Rule
from susi_spec.errors import SusiError
from susi_spec.history.common_model import CommonModel, from_history, from_spec
from susi_spec.loading.document import Document, read_document
from susi_spec.loading.intake import read_findings
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.boundary import validate
from susi_spec.problems import Problem, Severity

if TYPE_CHECKING:
    # Imported where needed: git (GitPython, ~50 ms of start-up) only in a git repository,
    # the process pool (~9 ms) only for many files.
    from concurrent import futures

    from susi_spec.history.git import FileLog, Repository, Revision
    from susi_spec.history.versions import HistoryLoader, SpecHistory

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
# The pool class: concurrent.futures.ProcessPoolExecutor, imported on first use (tests may
# put a counting subclass here).
ProcessPoolExecutor: type[futures.ProcessPoolExecutor] | None = None
# Checking allocates millions of short-lived objects (YAML nodes, Markdown tokens) that
# reference counting frees; looking for cycles every 700 allocations (Python's default)
# cost about a tenth of the CPU time of a large check. Cycles are still collected.
GC_THRESHOLD = 10_000


@dataclass
class FileResult:
    """One file's problems and, when it validated, its model."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    spec: Spec | None = None
    local: LocalSpec | None = None
    document: Document | None = None
    # For a spec that has local implementations and a git history: its releases, read once
    # here for the local rules.
    common: CommonModel | None = None
    # The spec's whole history, only when asked for (`check_paths(keep=True)`: the site).
    history: SpecHistory | None = None


@dataclass
class Report:
    """All problems of one check run, sorted by file and position."""

    files: int
    problems: list[Problem]
    specs: dict[str, Spec] = field(default_factory=dict)
    # With `check_paths(keep=True)`: each file's result, by resolved path, so that the site
    # reuses the histories and local files read here instead of reading them again.
    results: dict[Path, FileResult] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(p.severity is Severity.ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity is Severity.WARNING for p in self.problems)

    @property
    def notes(self) -> int:
        return sum(p.severity is Severity.NOTE for p in self.problems)


def discover(paths: Sequence[Path]) -> list[Path]:
    """Spec files (`*/index.md`) and local implementations (`*/local/*.md`) under `paths`."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("index.md")))
            found.extend(sorted(p for p in path.rglob("*.md") if p.parent.name == "local"))
        elif path.exists():
            found.append(path)
        else:
            raise SusiError(f"{path}: findes ikke. Angiv en fil eller mappe under specs/.")
    unique = dict.fromkeys(p for p in found if "assets" not in p.parts)
    return list(unique)


def check_document(document: Document, history: SpecHistory | None = None) -> FileResult:
    """Check one read document: read findings, shape, then the rules for a spec.

    A local implementation gets its rules in `check_paths`, which knows its common model.
    """
    result = FileResult(document.path, list(read_findings(document)), document=document)
    if not document.ok:
        return result
    model, findings = validate(document)
    result.findings.extend(findings)
    if isinstance(model, Spec):
        result.spec = model
        context = Context(document, spec=model, history=history)
        if history is not None:
            earlier = [r for r in history.releases if r.spec.version != model.version]
            if earlier:
                ids = {e.id for e in earlier[-1].spec.core_elements}
                context.previous_element_ids = frozenset(ids)
        result.findings.extend(run_rules(context, "spec"))
    elif isinstance(model, LocalSpec):
        result.local = model
    return result


def run_rules(context: Context, kind: str) -> list[Finding]:
    """Run every registered rule for this kind of file."""
    findings: list[Finding] = []
    for rule in CHECK_RULES:
        if rule.applies_to == kind and rule.check is not None:
            findings.extend(
                Finding(f.span, f.text, f.code or rule.code) for f in rule.check(context)
            )
    return findings


_LOADERS: dict[Path, HistoryLoader] = {}  # one git reader per worker process and repository


@dataclass(frozen=True)
class _Item:
    path: Path
    display: str
    repo_root: Path | None = None
    revisions: tuple[Revision, ...] = ()
    has_locals: bool = False  # a spec with a local/ folder: keep its releases
    keep: bool = False  # send the whole history back (check_paths(keep=True))


def _check_path(item: _Item) -> FileResult:
    document = read_document(item.path, item.display)
    history = None
    if item.repo_root is not None:
        from susi_spec.history.git import Repository
        from susi_spec.history.versions import HistoryLoader

        loader = _LOADERS.get(item.repo_root)
        if loader is None:
            loader = _LOADERS[item.repo_root] = HistoryLoader(Repository(item.repo_root))
        history = loader.load(item.path, list(item.revisions), working=document)
    result = check_document(document, history=history)
    if history is not None and item.has_locals:
        result.common = from_history(history, result.spec)
    if item.keep:
        result.history = history
    if result.local is None:
        result.document = None  # only local files need theirs again, for cross-file rules
    return result


def check_paths(
    paths: Sequence[Path],
    severities: dict[str, Severity] | None = None,
    workers: int | None = None,
    history: bool = True,
    keep: bool = False,
) -> Report:
    """Check every spec and local implementation under `paths`.

    `keep`: also return each file's result with its history (`Report.results`).
    """
    files = discover(paths)
    repo = _repository(files) if history else None
    log = repo.specs_log(files) if repo is not None else None
    items = _items(files, repo, log, keep)
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], GC_THRESHOLD))
    try:
        results = list(_map(items, workers))
    finally:
        gc.set_threshold(*threshold)
    specs = {r.spec.id: r.spec for r in results if r.spec is not None}
    _check_local_files(items, results, specs, repo, log)
    problems = to_problems(results, severities or {})
    kept = (
        {item.path.resolve(): result for item, result in zip(items, results, strict=True)}
        if keep
        else {}
    )
    return Report(len(files), problems, specs, kept)


def _check_local_files(
    items: list[_Item],
    results: list[FileResult],
    specs: dict[str, Spec],
    repo: Repository | None,
    log: FileLog | None,
) -> None:
    """Run the local rules, which need the common model each local file follows."""
    pairs = list(zip(items, results, strict=True))
    if not any(result.local is not None for result in results):
        return
    checked = {item.path.resolve(): result for item, result in pairs}
    commons: dict[Path, CommonModel] = {}
    for item, result in pairs:
        if result.local is None or result.document is None:
            continue
        index = item.path.resolve().parent.parent / "index.md"
        if index not in commons:
            commons[index] = _common_model(index, checked, repo, log)
        context = Context(result.document, local=result.local, specs=specs, common=commons[index])
        result.findings.extend(run_rules(context, "local"))


def _common_model(
    index: Path,
    checked: dict[Path, FileResult],
    repo: Repository | None,
    log: FileLog | None,
) -> CommonModel:
    """The common model a local file follows: its working copy and, in git, its releases."""
    if index in checked:
        common = checked[index].common
        if common is not None:
            return common  # its history was read when the spec was checked
        current = checked[index].spec
    elif index.is_file():
        model, _ = validate(read_document(index, display_path(index)))
        current = model if isinstance(model, Spec) else None
    else:
        current = None
    if repo is None or log is None or not index.is_file():
        return from_spec(current)
    from susi_spec.history.versions import HistoryLoader

    spec_history = HistoryLoader(repo).load(index, log.revisions(repo.relative(index)))
    return from_history(spec_history, current)


def to_problems(results: Iterable[FileResult], severities: dict[str, Severity]) -> list[Problem]:
    """Turn findings into problems with their configured severity, sorted."""
    problems: list[Problem] = []
    for result in results:
        for finding in result.findings:
            rule: Rule = BY_KEY[finding.code]
            severity = severities.get(rule.code, rule.severity)
            if severity is not Severity.OFF:
                problems.append(
                    Problem(result.path, finding.span, rule.code, severity, finding.text)
                )
    return sorted(problems)


def _items(
    files: list[Path], repo: Repository | None, log: FileLog | None, keep: bool = False
) -> list[_Item]:
    """What each worker needs: the file, and for a spec in git its revisions."""
    if repo is None or log is None:
        return [_Item(path, display_path(path)) for path in files]
    # A fresh reader for this run (HEAD and tags may have moved since the last one), also
    # for the workers forked from this process.
    from susi_spec.history.versions import HistoryLoader

    _LOADERS[repo.root] = HistoryLoader(repo)
    items = []
    for path in files:
        revisions: tuple[Revision, ...] = ()
        has_locals = False
        if path.name == "index.md":
            revisions = tuple(log.revisions(repo.relative(path)))
            has_locals = (path.parent / "local").is_dir()
        items.append(_Item(path, display_path(path), repo.root, revisions, has_locals, keep))
    return items


def _repository(files: list[Path]) -> Repository | None:
    """The git repository holding the files, when it has a full history; else None."""
    if not files:
        return None
    start = files[0].resolve().parent
    if "GIT_DIR" not in os.environ and not any(
        (folder / ".git").exists() for folder in (start, *start.parents)
    ):
        return None  # not in a git work tree: skip importing git at all
    from susi_spec.history.git import Repository

    try:
        repo = Repository(start)
        if not repo.has_commits():
            return None
        repo.require_full_history()
        for path in files:
            repo.relative(path)
    except (SusiError, ValueError):
        return None  # no history to check against: the history rules have nothing to say
    return repo


def _map(items: list[_Item], workers: int | None) -> Iterable[FileResult]:
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(items) < PARALLEL_THRESHOLD:
        return map(_check_path, items)
    from concurrent.futures.process import BrokenProcessPool
    from concurrent.futures.process import ProcessPoolExecutor as default_pool

    pool_class = ProcessPoolExecutor or default_pool
    chunk = max(1, len(items) // (count * 8))
    try:
        with pool_class(max_workers=count) as pool:  # forked: GC_THRESHOLD holds
            return list(pool.map(_check_path, items, chunksize=chunk))
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in a C library): check here, one by one,
        # so that the user still gets an answer instead of a traceback.
        return list(map(_check_path, items))


def display_path(path: Path) -> str:
    """The path as the user sees it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
