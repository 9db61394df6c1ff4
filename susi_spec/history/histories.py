"""The histories of many specs at once, parsed on every core.

Parsing the revisions is nearly all the time of reading the history of a large project
(bench/bench_history.py: 40 ms a version, git's part under 1 ms), and one process leaves
the second core idle. Each worker process opens its own `git cat-file` and parses its
share; the histories come back pickled, which costs a small part of parsing them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from susi_spec.history.git import FileLog, Repository, Revision
from susi_spec.history.versions import HistoryLoader, SpecHistory
from susi_spec.loading.gc_threshold import fewer_collections

# Below this many specs, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 16

_LOADER: list[HistoryLoader] = []  # a worker process's own git reader


def load_histories(
    repo: Repository, files: Sequence[Path], log: FileLog, workers: int | None = None
) -> dict[Path, SpecHistory]:
    """The history of each spec file in `files`, from one file log of the repository."""
    jobs = [(file, log.revisions(repo.relative(file))) for file in files]
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        loader = HistoryLoader(repo)
        return {file: loader.load(file, revisions) for file, revisions in jobs}
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
            return dict(zip(files, pool.map(_load, jobs, chunksize=chunk), strict=True))
    except BrokenProcessPool:
        # A worker died (out of memory): read here, one by one, rather than fail the build.
        return load_histories(repo, files, log, workers=1)


def _open(root: Path) -> None:
    _LOADER[:] = [HistoryLoader(Repository(root))]


def _load(job: tuple[Path, list[Revision]]) -> SpecHistory:
    file, revisions = job
    return _LOADER[0].load(file, revisions)
