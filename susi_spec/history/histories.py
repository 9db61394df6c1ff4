"""The histories of many specs at once, parsed on every core.

Parsing the revisions is nearly all the time of reading the history of a large project
(bench/bench_history.py: 40 ms a version, git's part under 1 ms), and one process leaves
the second core idle. Each worker process opens its own `git cat-file` and parses its
share; the histories come back pickled, which costs a small part of parsing them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from susi_spec.history.git import FileLog, Repository, Revision
from susi_spec.history.timeline import Timeline, build_timeline
from susi_spec.history.versions import HistoryLoader, SpecHistory
from susi_spec.loading.gc_threshold import fewer_collections

# Below this many specs, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 16

_LOADER: list[HistoryLoader] = []  # a worker process's own git reader
_T = TypeVar("_T")


def load_histories(
    repo: Repository, files: Sequence[Path], log: FileLog, workers: int | None = None
) -> dict[Path, SpecHistory]:
    """The history of each spec file in `files`, from one file log of the repository."""
    return _on_every_core(_load, repo, files, log, workers)


def load_timelines(
    repo: Repository, files: Sequence[Path], log: FileLog, workers: int | None = None
) -> dict[Path, tuple[SpecHistory, Timeline]]:
    """The history of each spec file and its timeline (the diff of every release pair),
    both made in the worker that read the history: diffing is the other half of the work."""
    return _on_every_core(_load_with_timeline, repo, files, log, workers)


_Job = tuple[Path, list[Revision]]


def _on_every_core(
    work: Callable[[_Job], _T],
    repo: Repository,
    files: Sequence[Path],
    log: FileLog,
    workers: int | None,
) -> dict[Path, _T]:
    jobs = [(file, log.revisions(repo.relative(file))) for file in files]
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        _LOADER[:] = [HistoryLoader(repo)]
        return {file: work(job) for file, job in zip(files, jobs, strict=True)}
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunk = max(1, len(jobs) // (count * 4))
    try:
        # Unpickling builds as many objects as parsing kept: with Python's default threshold
        # the cycle collector walked the growing heap often and cost more than half of it.
        with (
            fewer_collections(),
            ProcessPoolExecutor(count, initializer=_open, initargs=(repo.root,)) as pool,
        ):
            return dict(zip(files, pool.map(work, jobs, chunksize=chunk), strict=True))
    except BrokenProcessPool:
        # A worker died (out of memory): read here, one by one, rather than fail the build.
        return _on_every_core(work, repo, files, log, workers=1)


def _open(root: Path) -> None:
    _LOADER[:] = [HistoryLoader(Repository(root))]


def _load(job: _Job) -> SpecHistory:
    file, revisions = job
    return _LOADER[0].load(file, revisions)


def _load_with_timeline(job: _Job) -> tuple[SpecHistory, Timeline]:
    history = _load(job)
    return history, build_timeline(history)
