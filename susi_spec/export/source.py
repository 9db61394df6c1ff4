"""Read the version of a spec to export: the working copy (no git needed), a release or a
git revision (as `susi diff` resolves them), with its problems when it does not validate.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from susi_spec.checks.checker import check_document, to_problems
from susi_spec.errors import InvalidSpec, SusiError
from susi_spec.export.origin import Origin, Source
from susi_spec.labels import WORKING
from susi_spec.loading.document import parse_document
from susi_spec.model import Spec
from susi_spec.problems import Problem, Severity, Text

# What `--version` accepts for the file as it is on disk.
WORKING_NAMES = (WORKING, "working", "worktree")


@dataclass(frozen=True)
class Loaded:
    """The spec and where it came from, or (spec None) the problems that stop the export."""

    spec: Spec | None
    origin: Origin | None = None
    problems: list[Problem] = field(default_factory=list)


def load_version(
    path: Path, ref: str | None, root: Path, severities: dict[str, Severity]
) -> Loaded:
    """The spec at `path` as in `ref` (None: the working copy)."""
    if ref is None or ref.lower() in WORKING_NAMES:
        return _working(path, root, severities)
    from susi_spec.history.compare import open_history, resolve_side  # git, only when asked for

    loader, history = open_history(path)
    try:
        side = resolve_side(loader, history, ref)
    except InvalidSpec as error:
        return _check(error.data, error.path, severities)
    assert side.state.spec is not None
    release = history.release(side.endpoint.label or "")
    kind: Source = "release" if release is not None and release.state == side.state else "revision"
    origin = Origin.of(side.state.spec, kind, side.endpoint.commit, history.path)
    return Loaded(side.state.spec, origin)


def _working(path: Path, root: Path, severities: dict[str, Severity]) -> Loaded:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SusiError(
            Text(
                f"{path} kan ikke læses: {error.strerror}. Tjek stien og rettighederne.",
                f"{path} cannot be read: {error.strerror}. Check the path and the permissions.",
            )
        ) from error
    commit, name = _committed(path, data)
    loaded = _check(data, name or _relative(path, root), severities)
    if loaded.spec is None:
        return loaded
    origin = Origin.of(loaded.spec, "working", commit, name or _relative(path, root))
    return Loaded(loaded.spec, origin, loaded.problems)


def _check(data: bytes, display: str, severities: dict[str, Severity]) -> Loaded:
    """Validate like `susi check` does one file: the model, and the problems to print."""
    result = check_document(parse_document(data, display))
    if result.local is not None:
        raise SusiError(
            Text(
                f"{display} er en lokal udmøntning. Eksporten laves af indsatsbeskrivelsen: "
                f"susi export {result.local.spec} --format ...",
                f"{display} is a local implementation. Exports are made from the spec: "
                f"susi export {result.local.spec} --format ...",
            )
        )
    return Loaded(result.spec, problems=to_problems([result], severities))


def _committed(path: Path, data: bytes) -> tuple[str | None, str | None]:
    """The commit whose content `data` is (None when edited since, or outside git), and the
    file's path in the repository."""
    folder = path.resolve().parent
    if "GIT_DIR" not in os.environ and not any(
        (parent / ".git").exists() for parent in (folder, *folder.parents)
    ):
        return None, None  # not in a git work tree: do not even import git
    from susi_spec.history.git import Repository, blob_id

    try:
        repo = Repository(folder)
        name = repo.relative(path)
        if not repo.has_commits():
            return None, name
        revisions = repo.file_log(name).revisions(name)
    except (SusiError, ValueError):
        return None, None
    last = revisions[-1] if revisions else None
    if last is not None and last.commit is not None and last.blob == blob_id(data):
        return last.commit.sha, name
    return None, name


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
