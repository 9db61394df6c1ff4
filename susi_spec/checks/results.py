"""What one file's check found, and how paths are shown: shared by the checker's parts."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.history.common_model import CommonModel
from susi_spec.loading.document import Document
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import FollowUp
from susi_spec.problems import Finding, Problem, Severity

if TYPE_CHECKING:
    from susi_spec.history.versions import SpecHistory


@dataclass
class FileResult:
    """One file's problems and, when it validated, its model."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    spec: Spec | None = None  # from check_paths: only when asked for, or the spec has locals
    spec_id: str | None = None  # a spec that validated, also when its model is not kept
    local: LocalSpec | None = None
    cycles: CycleRecord | None = None  # a learning-cycle record (`cycles.md`)
    follow_up: FollowUp | None = None  # a follow-up file (susi-results/1)
    document: Document | None = None
    # For a spec that has local implementations and a git history: its releases, read once
    # here for the local rules.
    common: CommonModel | None = None
    # A spec with `status: draft`: its completeness errors are a to-do list (Severity.TODO).
    draft: bool = False
    # The spec's whole history, only when asked for (`check_paths(keep=True)`: the site).
    history: SpecHistory | None = None


@dataclass
class Report:
    """All problems of one check run, sorted by file and position."""

    files: int
    problems: list[Problem]
    # Every spec that validated, by id: all models with check_paths(models=True), else only
    # those of specs with local implementations (the check itself needs no more).
    specs: dict[str, Spec] = field(default_factory=dict)
    spec_ids: list[str] = field(default_factory=list)  # every spec that validated, in order
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
    def todos(self) -> int:
        return sum(p.severity is Severity.TODO for p in self.problems)

    @property
    def notes(self) -> int:
        return sum(p.severity is Severity.NOTE for p in self.problems)


def display_path(path: Path) -> str:
    """The path as the user sees it: relative to the working folder when inside it.

    A link is shown where it is, not where it points: the path is made absolute and tidied
    (`..`) without resolving links, and only the folders are resolved when that is not
    enough (a working folder reached through a link).
    """
    plain = Path(os.path.normpath(path.absolute()))
    cwd = Path.cwd()
    for candidate, base in ((plain, cwd), (plain, cwd.resolve())):
        if candidate.is_relative_to(base):
            return str(candidate.relative_to(base))
    try:
        located = plain.parent.resolve() / plain.name
    except (OSError, RuntimeError):  # a folder link that loops
        return str(path)
    return (
        str(located.relative_to(cwd.resolve()))
        if located.is_relative_to(cwd.resolve())
        else str(path)
    )
