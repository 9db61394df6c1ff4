"""Whether the history rules can run: the repository holding the files, or why not.

FORMAT.md: releases are read from git, so a check that cannot read them says so as a
warning on each spec (SP404) with the fix, and a CI log and `--strict` show it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from susi_spec.checks.results import FileResult, display_path
from susi_spec.checks.rules import HISTORY_UNAVAILABLE
from susi_spec.errors import SusiError
from susi_spec.problems import Finding, Span, Text

if TYPE_CHECKING:
    from susi_spec.history.git import Repository


def repository_of(
    paths: Sequence[Path], files: list[Path], skipped: list[FileResult]
) -> tuple[Repository | None, list[Path]]:
    """The git repository holding the files, when it has a full history, and the files
    outside it. Every spec whose history rules cannot run gets a warning in `skipped`
    (FORMAT.md: releases are read from git, so a CI log must show when they were not)."""
    specs = [path for path in files if path.name == "index.md"]
    if not specs:
        return None, []
    # Where the user pointed (a linked spec folder may lie in another repository).
    given = paths[0].absolute()
    start = given if given.is_dir() else given.parent
    if "GIT_DIR" not in os.environ and not any(
        (folder / ".git").exists() for folder in (start, *start.parents)
    ):
        # Not in a git work tree: no need to import git to say so.
        skipped.extend(_no_history(path, "not-repository") for path in specs)
        return None, []
    from susi_spec.history.git import Repository

    try:
        repo = Repository(start)
        if not repo.has_commits():
            return None, []  # nothing committed yet: no release to keep frozen
        repo.require_full_history()
    except SusiError as error:
        message = str(error)
        reason = "shallow" if "shallow" in message else "no-git"
        if "git-repository" in message or "bare" in message:
            reason = "not-repository"
        skipped.extend(_no_history(path, reason) for path in specs)
        return None, []
    outside = [path for path in files if not _inside(repo, path)]
    skipped.extend(_no_history(path, "outside") for path in outside if path.name == "index.md")
    return repo, outside


def _inside(repo: Repository, path: Path) -> bool:
    try:
        repo.relative(path)
    except ValueError:
        return False
    return True


_NO_HISTORY: dict[str, tuple[str, str]] = {
    "not-repository": (
        "mappen er ikke et git-repository. Arbejd i en klon af projektet (git clone ...)",
        "the folder is not a git repository. Work in a clone of the project (git clone ...)",
    ),
    "shallow": (
        "historikken er afkortet (shallow clone). Kør 'git fetch --unshallow' (i CI: "
        "fetch-depth: 0)",
        "the history is cut off (a shallow clone). Run 'git fetch --unshallow' (in CI: "
        "fetch-depth: 0)",
    ),
    "no-git": (
        "git er ikke installeret. Installér git (fx 'apt-get install git')",
        "git is not installed. Install git (e.g. 'apt-get install git')",
    ),
    "outside": (
        "filen ligger uden for projektets git-repository. Tjek den fra dens eget projekt",
        "the file lies outside the project's git repository. Check it from its own project",
    ),
}


def _no_history(path: Path, reason: str) -> FileResult:
    why_da, why_en = _NO_HISTORY[reason]
    text = Text(
        f"Frigivne versioner er ikke tjekket for ændringer, fordi {why_da}.",
        f"Released versions were not checked for changes, because {why_en}.",
    )
    return FileResult(display_path(path), [Finding(Span(), text, HISTORY_UNAVAILABLE.code)])
