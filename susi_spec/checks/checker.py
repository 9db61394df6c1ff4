"""Check files: read, validate the shape, run the rules, and collect sorted problems.

Which files (discovery.py), whether their history can be read (history_access.py) and
what a file whose shape is wrong is told (postponed.py) are decided in their own modules;
this one runs the checks.

Many files are checked on all cores: each worker reads, parses and validates its share and
sends back its findings and spec ids, and models only where the parent needs them (specs
with local implementations, local files); rules that look across files run once at the end.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.checks.discovery import discover
from susi_spec.checks.history_access import repository_of
from susi_spec.checks.postponed import postponed
from susi_spec.checks.results import FileResult, Report, display_path
from susi_spec.checks.rules import (
    BY_KEY,
    CHECK_RULES,
    Context,
    Finding,
    Rule,
)
from susi_spec.errors import reading
from susi_spec.history.common_model import CommonModel, from_history, from_spec
from susi_spec.loading.document import Document, read_document
from susi_spec.loading.gc_threshold import fewer_collections
from susi_spec.loading.intake import read_findings
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.boundary import validate, validate_rest
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import FollowUp
from susi_spec.problems import Problem, Severity, Text, capped

if TYPE_CHECKING:
    # Imported where needed: the git history only in a git repository,
    # the process pool (~9 ms) only for many files.
    from concurrent import futures

    from susi_spec.history.git import FileLog, Repository, Revision
    from susi_spec.history.versions import HistoryLoader, SpecHistory

# Below this many files, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
# The pool class: concurrent.futures.ProcessPoolExecutor, imported on first use (tests may
# put a counting subclass here).
ProcessPoolExecutor: type[futures.ProcessPoolExecutor] | None = None


def check_document(document: Document, history: SpecHistory | None = None) -> FileResult:
    """Check one read document: read findings, shape, then the rules for a spec.

    A local implementation gets its rules in `check_paths`, which knows its common model.
    """
    result = FileResult(document.path, list(read_findings(document)), document=document)
    if document.text:  # personal data is looked for in every file read, valid or not
        result.findings.extend(run_rules(Context(document), "any"))
    if not document.ok:
        return result
    model, findings, aside = validate_rest(document)
    result.findings.extend(findings)
    if aside or (model is None and findings):
        # The note follows the shape errors it explains: placed at the last of them.
        at = max(finding.span for finding in findings)
        # Still a draft while another part's shape is wrong: its to-do list stays one.
        result.draft = isinstance(document.front, dict) and document.front.get("status") == "draft"
        found: list[Finding] = []
        if isinstance(model, Spec):
            found = run_rules(_spec_context(document, model, history), "spec")
        result.findings.extend(postponed(document, model, aside, found, at))
    elif isinstance(model, Spec):
        result.spec = model
        result.spec_id = model.id
        result.draft = model.status == "draft"
        result.findings.extend(run_rules(_spec_context(document, model, history), "spec"))
    elif isinstance(model, LocalSpec):
        result.local = model
    elif isinstance(model, CycleRecord):
        result.cycles = model  # its rules need the spec's releases: `_check_cycle_files`
    elif isinstance(model, FollowUp):
        result.follow_up = model
    return result


def _spec_context(document: Document, model: Spec, history: SpecHistory | None) -> Context:
    context = Context(document, spec=model, history=history)
    if history is not None:
        earlier = [r for r in history.releases if r.spec.version != model.version]
        if earlier:
            ids = {e.id for e in earlier[-1].spec.core_elements}
            context.previous_element_ids = frozenset(ids)
    return context


def run_rules(context: Context, kind: str) -> list[Finding]:
    """Run every registered rule for this kind of file."""
    findings: list[Finding] = []
    with reading(context.document.path):
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
    has_locals: bool = False  # a spec with a local/ folder: keep its model and releases
    model: bool = False  # send the model back even without local implementations
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
    if result.local is None and result.cycles is None and result.follow_up is None:
        result.document = None  # only local, cycle and follow-up files need theirs again
    if not (item.has_locals or item.model):
        # Pickling every model back to the parent cost a sixth of a large check and memory
        # that grows with the number of files; the id is all the cross-file rules need.
        result.spec = None
    return result


def check_paths(
    paths: Sequence[Path],
    severities: dict[str, Severity] | None = None,
    workers: int | None = None,
    history: bool = True,
    models: bool = False,
    keep: bool = False,
) -> Report:
    """Check every spec and local implementation under `paths`.

    With `models`, the report holds the model of every spec that validated, for callers
    that render them; without, only those with local implementations. `keep` (models too):
    also return each file's result with its history (`Report.results`), so that the site
    reuses what the check read.
    """
    models = models or keep
    skipped: list[FileResult] = []  # what could not be read, and why
    files = discover(paths, skipped)
    repo, outside = repository_of(paths, files, skipped) if history else (None, [])
    inside = [path for path in files if path not in outside]
    log = repo.specs_log(inside) if repo is not None else None
    items = _items(inside, repo, log, models, keep) + _items(outside, None, None, models, keep)
    with fewer_collections():
        results = list(_map(items, workers))
    specs = {r.spec.id: r.spec for r in results if r.spec is not None}
    spec_ids = [r.spec_id for r in results if r.spec_id is not None]
    _check_local_files(items, results, spec_ids, repo, log)
    _check_cycle_files(items, results, repo, log)
    problems = to_problems([*results, *skipped], severities or {})
    kept = (
        {item.path.resolve(): result for item, result in zip(items, results, strict=True)}
        if keep
        else {}
    )
    return Report(len(files), problems, specs, spec_ids, kept)


def _check_local_files(
    items: list[_Item],
    results: list[FileResult],
    spec_ids: list[str],
    repo: Repository | None,
    log: FileLog | None,
) -> None:
    """Run the local and follow-up rules, which need the common model each file follows."""
    pairs = list(zip(items, results, strict=True))
    if not any(result.local is not None or result.follow_up is not None for result in results):
        return
    checked = {item.path.resolve(): result for item, result in pairs}
    specs = frozenset(spec_ids)
    commons: dict[Path, CommonModel] = {}
    for item, result in pairs:
        if result.document is None or (result.local is None and result.follow_up is None):
            continue
        # local/<place>.md, or local/<place>/opfoelgning/<date>.md two folders further down
        up = 2 if result.local is not None else 4
        index = item.path.resolve().parents[up - 1] / "index.md"
        if index not in commons:
            commons[index] = _common_model(index, checked, repo, log)
        context = Context(
            result.document,
            local=result.local,
            follow_up=result.follow_up,
            specs=specs,
            common=commons[index],
        )
        result.findings.extend(run_rules(context, "local" if result.local else "results"))


def _check_cycle_files(
    items: list[_Item],
    results: list[FileResult],
    repo: Repository | None,
    log: FileLog | None,
) -> None:
    """Run the learning-cycle rules, which need the spec beside and its releases."""
    for item, result in zip(items, results, strict=True):
        if result.cycles is None or result.document is None:
            continue
        index = item.path.resolve().parent / "index.md"
        current = None
        if index.is_file():
            document = read_document(index, display_path(index))
            model = validate(document)[0] if document.ok else None  # else reported above
            current = model if isinstance(model, Spec) else None
        spec_history = None
        if repo is not None and log is not None and index.is_file():
            from susi_spec.history.versions import HistoryLoader

            revisions = log.revisions(repo.relative(index))
            spec_history = HistoryLoader(repo).load(index, revisions)
        context = Context(result.document, spec=current, cycles=result.cycles, history=spec_history)
        result.findings.extend(run_rules(context, "cycles"))


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
    """Turn findings into problems with their configured severity, sorted; in a draft, an
    error of a completeness rule is a to-do."""
    problems: list[Problem] = []
    for result in results:
        for finding in result.findings:
            rule: Rule = BY_KEY[finding.code]
            severity = severities.get(rule.code, rule.severity)
            if severity is Severity.ERROR and rule.todo and result.draft:
                severity = Severity.TODO
            if severity is not Severity.OFF:
                text = Text(capped(finding.text.da), capped(finding.text.en))
                problems.append(Problem(result.path, finding.span, rule.code, severity, text))
    return sorted(problems)


def _items(
    files: list[Path],
    repo: Repository | None,
    log: FileLog | None,
    models: bool = False,
    keep: bool = False,
) -> list[_Item]:
    """What each worker needs: the file, and for a spec in git its revisions."""
    if repo is None or log is None:
        return [
            _Item(path, display_path(path), has_locals=_has_locals(path), model=models)
            for path in files
        ]
    # A fresh reader for this run (HEAD and tags may have moved since the last one), also
    # for the workers forked from this process.
    from susi_spec.history.versions import HistoryLoader

    _LOADERS[repo.root] = HistoryLoader(repo)
    items = []
    for path in files:
        if path.name != "index.md":  # a local file: its rules read the spec's history
            items.append(_Item(path, display_path(path), model=models, keep=keep))
            continue
        revisions = tuple(log.revisions(repo.relative(path)))
        has_locals = _has_locals(path)
        items.append(
            _Item(path, display_path(path), repo.root, revisions, has_locals, models, keep)
        )
    return items


def _has_locals(path: Path) -> bool:
    """Whether `path` is a spec with a local/ folder beside it."""
    return path.name == "index.md" and (path.parent / "local").is_dir()


def _map(items: list[_Item], workers: int | None) -> Iterable[FileResult]:
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(items) < PARALLEL_THRESHOLD:
        return map(_check_path, items)
    from concurrent.futures.process import BrokenProcessPool
    from concurrent.futures.process import ProcessPoolExecutor as default_pool

    pool_class = ProcessPoolExecutor or default_pool
    chunk = max(1, len(items) // (count * 8))
    try:
        with pool_class(max_workers=count) as pool:  # forked: fewer_collections holds
            return list(pool.map(_check_path, items, chunksize=chunk))
    except BrokenProcessPool:
        # A worker died (out of memory, a crash in a C library): check here, one by one,
        # so that the user still gets an answer instead of a traceback.
        return list(map(_check_path, items))


__all__ = ["FileResult", "Report", "check_document", "check_paths", "discover", "display_path"]
