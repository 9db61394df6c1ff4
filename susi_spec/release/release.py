"""Release a version and start the next one, refusing any state they could damage.

Both commands need a clean working tree, a full history and a spec that checks clean; they
change only the keys they must (see `history/front_matter.py`), write atomically, commit that one file, and
(release) add an annotated tag `<id>/v<N>` that is never moved or overwritten.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from susi_spec.checks.checker import check_document, to_problems
from susi_spec.errors import SusiError
from susi_spec.files import write_atomic
from susi_spec.history.front_matter import DELETE, edit_front_matter
from susi_spec.history.git import Repository
from susi_spec.history.versions import HistoryLoader, SpecHistory
from susi_spec.labels import version_label
from susi_spec.loading.document import parse_document
from susi_spec.model import Spec
from susi_spec.problems import Problem, Severity


@dataclass(frozen=True)
class Outcome:
    """What a release or bump did."""

    path: Path
    label: str
    commit: str
    tag: str | None = None


class CheckFailed(SusiError):
    """The spec does not check clean; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("Tjekket fejlede; intet er ændret.")
        self.problems = problems


def _prepare(path: Path) -> tuple[Repository, SpecHistory, Spec, str]:
    repo = Repository(path.parent)
    repo.require_full_history()
    relative = repo.relative(path)
    if repo.is_dirty() or relative in repo.repo.untracked_files:
        raise SusiError(
            "Arbejdstræet har ændringer, der ikke er committet. Commit eller gem dem (git "
            "stash) først; intet er ændret."
        )
    history = HistoryLoader(repo).load(path, repo.specs_log([path]).revisions(relative))
    state = history.working
    if state is None or state.spec is None:
        raise SusiError(f"{relative} er ikke gyldig. Kør 'susi check {relative}'; intet er ændret.")
    return repo, history, state.spec, path.read_text(encoding="utf-8")


def _errors(
    text: str, path: str, history: SpecHistory | None, allowed: frozenset[str] = frozenset()
) -> list[Problem]:
    result = check_document(parse_document(text.encode("utf-8"), path), history=history)
    problems = to_problems([result], {})
    return [p for p in problems if p.severity is Severity.ERROR and p.code not in allowed]


def release(path: Path, today: dt.date) -> Outcome:
    """Mark the working version released today, commit it and tag it."""
    repo, history, spec, text = _prepare(path)
    label = version_label(spec.version)
    tag = f"{spec.id}/{label}"
    if spec.status == "released":
        raise SusiError(
            f"{label} er allerede frigivet. Brug 'susi bump' for at starte næste version."
        )
    if repo.has_tag(tag):  # also a tag on a commit this checkout does not contain
        raise SusiError(f"Tagget {tag} findes allerede; det flyttes aldrig. Intet er ændret.")
    new_text = edit_front_matter(text, {"status": "released", "released": today.isoformat()})
    problems = _errors(new_text, repo.relative(path), history)
    if problems:
        raise CheckFailed(problems)
    write_atomic(path, new_text)
    try:
        sha = repo.commit_file(repo.relative(path), f"Frigiv {spec.id} {label}")
    except Exception:
        write_atomic(path, text)  # put the file back as it was
        raise
    repo.create_tag(tag, sha, f"{spec.title} {label} frigivet {today.isoformat()}")
    return Outcome(path, label, sha, tag)


def bump(path: Path, final: bool = False) -> Outcome:
    """Start the next version as a draft with empty `changes`, and commit it."""
    repo, history, spec, text = _prepare(path)
    if spec.version == "final":
        raise SusiError("final er den sidste version; der er ingen næste.")
    if spec.status != "released":
        raise SusiError(
            f"{version_label(spec.version)} er ikke frigivet endnu. Frigiv den med 'susi "
            "release' før næste version startes; intet er ændret."
        )
    # Edits after the release (SP401) are exactly what starting the next version fixes.
    problems = _errors(text, repo.relative(path), history, frozenset({"SP401"}))
    if problems:
        raise CheckFailed(problems)
    version = "final" if final else str(int(spec.version) + 1)
    changes = {"version": version, "status": "draft", "released": DELETE, "changes": "[]"}
    new_text = edit_front_matter(text, changes)
    write_atomic(path, new_text)
    label = version_label(version if final else int(version))
    try:
        sha = repo.commit_file(repo.relative(path), f"Start {spec.id} {label}")
    except Exception:
        write_atomic(path, text)
        raise
    return Outcome(path, label, sha)
