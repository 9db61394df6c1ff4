"""What a release demands: the errors of the text as it would be released.

`susi release` refuses with exactly this list, and `susi check --release` prints it, so the
two cannot disagree. In a draft the completeness rules report a to-do list; released, the
same findings are errors (see `Rule.todo`).
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import replace
from pathlib import Path

from susi_spec.checks.checker import check_document, to_problems
from susi_spec.errors import SusiError
from susi_spec.history.front_matter import edit_front_matter
from susi_spec.history.git import Repository, git_dir
from susi_spec.history.versions import HistoryLoader, SpecHistory
from susi_spec.loading.document import parse_document
from susi_spec.problems import Problem, Severity, Span, Text
from susi_spec.release.recovery import release_changes


def errors(
    text: str, path: str, history: SpecHistory | None, allowed: frozenset[str] = frozenset()
) -> list[Problem]:
    """The errors of `text` as checked, with the default severities, but the codes allowed."""
    result = check_document(parse_document(text.encode("utf-8"), path), history=history)
    problems = to_problems([result], {})
    return [p for p in problems if p.severity is Severity.ERROR and p.code not in allowed]


def release_errors(
    text: str, path: str, history: SpecHistory | None, today: dt.date
) -> list[Problem]:
    """The errors that stop releasing `text` today, on the lines of `text` itself.

    The release adds `released:` below `status:`, so a problem under it would be one line
    below where the author sees it: each line is mapped back to the text as it is.
    """
    released = edit_front_matter(text, release_changes(today.isoformat()))
    lines = _line_map(text, released)
    return sorted(
        replace(p, span=Span(lines.get(p.line, p.line), p.column))
        for p in errors(released, path, history)
    )


def _line_map(old: str, new: str) -> dict[int, int]:
    """For each 1-based line of `new`, the line of `old` it is, or the one above an added line."""
    matcher = difflib.SequenceMatcher(None, old.split("\n"), new.split("\n"), autojunk=False)
    mapping: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset in range(j2 - j1):
            if tag == "equal" or offset < i2 - i1:
                at = i1 + offset
            else:
                at = max(i1 - 1, 0) if i1 == i2 else i2 - 1
            mapping[j1 + offset + 1] = at + 1
    return mapping


def release_demands(path: Path, today: dt.date) -> tuple[str, list[Problem]]:
    """What `susi release` would demand of the spec file at `path` today: its path as
    release names it, and the errors (none for a version already released)."""
    directory = git_dir(path.parent)
    if directory is None:
        raise SusiError(
            Text(
                f"{path.parent} er ikke i et git-repository, så den kan ikke frigives. Arbejd "
                "i en klon af projektet (git clone ...).",
                f"{path.parent} is not in a git repository, so it cannot be released. Work in "
                "a clone of the project (git clone ...).",
            )
        )
    repo = Repository(path.parent)
    repo.require_full_history()
    relative = repo.relative(path)
    history = HistoryLoader(repo).load(path, repo.specs_log([path]).revisions(relative))
    text = path.read_bytes().decode("utf-8")
    state = history.working
    if state is not None and state.spec is not None and state.spec.status == "released":
        return relative, errors(text, relative, history)
    return relative, release_errors(text, relative, history, today)
