"""Release a version and start the next one, refusing any state they could damage.

Both commands need a clean working tree, a full history and a spec that checks clean; they
change only the keys they must (see `history/front_matter.py`), keep every other byte (line
endings, BOM), write atomically, commit that one file, and (release) add an annotated tag
`<id>/v<N>` that is never moved or overwritten. They hold the write lock throughout, and
first finish or undo what a killed run left (see `recovery.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.files import checkpoint, write_atomic, write_lock
from susi_spec.history.front_matter import edit_front_matter
from susi_spec.history.git import Repository, git_dir
from susi_spec.history.versions import HistoryLoader, SpecHistory
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.problems import Problem
from susi_spec.release.demands import errors, release_errors
from susi_spec.release.recovery import (
    bump_changes,
    finish_tag,
    recover,
    release_changes,
    release_subject,
    tag_message,
)


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


@contextmanager
def _writing(path: Path, tell: Callable[[str], None]) -> Iterator[Repository]:
    """Hold the write lock, then open the repository and clean up after a killed run,
    telling what was finished or undone (before anything could refuse)."""
    directory = git_dir(path.parent)
    if directory is None:
        Repository(path.parent)  # raises the plain "not a git repository" message
        raise SusiError(f"{path.parent} er ikke i et git-repository.")
    with write_lock(directory) as notes:
        repo = Repository(path.parent)
        repo.require_full_history()
        for note in notes + recover(repo, path):
            tell(note)
        yield repo


def _prepare(repo: Repository, path: Path) -> tuple[SpecHistory, Spec, str]:
    relative = repo.relative(path)
    if repo.changes():
        raise SusiError(
            "Arbejdstræet har ændringer, der ikke er committet. Commit eller gem dem (git "
            "stash) først; intet er ændret."
        )
    history = HistoryLoader(repo).load(path, repo.specs_log([path]).revisions(relative))
    state = history.working
    if state is None or state.spec is None:
        raise SusiError(f"{relative} er ikke gyldig. Kør 'susi check {relative}'; intet er ændret.")
    # Bytes decoded as they are: read_text would turn CRLF into LF and rewrite every line.
    return history, state.spec, path.read_bytes().decode("utf-8")


def release(path: Path, today: dt.date, tell: Callable[[str], None] = print) -> Outcome:
    """Mark the working version released today, commit it and tag it."""
    with _writing(path, tell) as repo:
        history, spec, text = _prepare(repo, path)
        label = version_label(spec.version)
        tag = f"{spec.id}/{label}"
        if spec.status == "released":
            finished = finish_tag(repo, history, spec)
            if finished is None:
                raise SusiError(
                    f"{label} er allerede frigivet. Brug 'susi bump' for at starte næste version."
                )
            tell(finished[1])
            return Outcome(path, label, finished[0], tag)
        if repo.has_tag(tag):  # also a tag on a commit this checkout does not contain
            raise SusiError(f"Tagget {tag} findes allerede; det flyttes aldrig. Intet er ændret.")
        if repo.branch() is None:
            raise SusiError(
                "HEAD er ikke på en gren (detached HEAD), så frigivelsens commit hørte ikke til "
                "nogen gren og kunne gå tabt. Skift til en gren (git switch GREN) og frigiv "
                "derfra; intet er ændret."
            )
        new_text = edit_front_matter(text, release_changes(today.isoformat()))
        problems = release_errors(text, repo.relative(path), history, today)
        if problems:
            raise CheckFailed(problems)
        sha = _commit(repo, path, text, new_text, release_subject(spec.id, label))
        try:
            repo.create_tag(tag, sha, tag_message(spec.title, label, today))
        except SusiError as error:
            raise SusiError(
                f"Commit {sha[:8]} er lavet, men tagget {tag} kunne ikke laves: {error} Ret "
                f"årsagen og kør 'susi release {spec.id}' igen; så lægges tagget på commit "
                f"{sha[:8]}."
            ) from error
        checkpoint()
        return Outcome(path, label, sha, tag)


def bump(path: Path, final: bool = False, tell: Callable[[str], None] = print) -> Outcome:
    """Start the next version as a draft with empty `changes`, and commit it."""
    with _writing(path, tell) as repo:
        history, spec, text = _prepare(repo, path)
        if spec.version == "final":
            raise SusiError("final er den sidste version; der er ingen næste.")
        if spec.status != "released":
            raise SusiError(
                f"{version_label(spec.version)} er ikke frigivet endnu. Frigiv den med 'susi "
                "release' før næste version startes; intet er ændret."
            )
        finished = finish_tag(repo, history, spec)  # the release before it was interrupted
        if finished is not None:
            tell(finished[1])
        # Edits after the release (SP401) are exactly what starting the next version fixes.
        problems = errors(text, repo.relative(path), history, frozenset({"SP401"}))
        if problems:
            raise CheckFailed(problems)
        version = "final" if final else str(int(spec.version) + 1)
        new_text = edit_front_matter(text, bump_changes(version))
        label = version_label(version if final else int(version))
        sha = _commit(repo, path, text, new_text, f"Start {spec.id} {label}")
        return Outcome(path, label, sha)


def _commit(repo: Repository, path: Path, text: str, new_text: str, message: str) -> str:
    """Write the new text and commit it; on failure (a hook, signing) put the file back."""
    relative = repo.relative(path)
    write_atomic(path, new_text)
    checkpoint()
    try:
        sha = repo.commit_file(relative, message)
    except SusiError as error:
        write_atomic(path, text)
        # When git's index cannot be touched either, it still holds what it held before.
        with suppress(SusiError):
            repo.unstage(relative)
        raise SusiError(f"{error} Filen er sat tilbage, som den var; intet er ændret.") from error
    checkpoint()
    return sha
