"""Release a version and start the next one, refusing any state they could damage.

Both commands need the spec's own file committed (other files are not theirs and are left as
they are), a full history and a spec that checks clean; they change only the keys they must
(see `history/front_matter.py`), keep every other byte (line endings, BOM), write
atomically, commit that one file, and (release) add an annotated tag
`<id>/v<N>` that is never moved or overwritten. They hold the write lock throughout, and
first finish or undo what a killed run left (see `recovery.py`).
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.files import checkpoint, write_atomic, write_lock
from susi_spec.history.front_matter import edit_front_matter, scalar_text
from susi_spec.history.git import Repository, git_dir
from susi_spec.history.versions import HistoryLoader, SpecHistory
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.problems import Problem, Text
from susi_spec.release.demands import errors, release_errors
from susi_spec.release.recovery import (
    bump_changes,
    finish_tag,
    recover,
    release_changes,
    release_subject,
    tag_message,
)
from susi_spec.release.scheme import (
    PHASES,
    Step,
    check_date,
    previous_release,
    proposal,
    same_milestone,
)


@dataclass(frozen=True)
class Outcome:
    """What a release or bump did."""

    path: Path
    label: str
    commit: str
    tag: str | None = None
    step: Step | None = None  # bump: the milestone and phase written


class CheckFailed(SusiError):
    """The spec does not check clean; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(
            Text("Tjekket fejlede; intet er ændret.", "The check failed; nothing was changed.")
        )
        self.problems = problems


@contextmanager
def _writing(path: Path, tell: Callable[[Text], None]) -> Iterator[Repository]:
    """Hold the write lock, then open the repository and clean up after a killed run,
    telling what was finished or undone (before anything could refuse)."""
    directory = git_dir(path.parent)
    if directory is None:
        Repository(path.parent)  # raises the plain "not a git repository" message
        raise SusiError(
            Text(
                f"{path.parent} er ikke i et git-repository. Arbejd i en klon af projektet "
                "(git clone ...).",
                f"{path.parent} is not in a git repository. Work in a clone of the project "
                "(git clone ...).",
            )
        )
    with write_lock(directory) as notes:
        repo = Repository(path.parent)
        repo.require_full_history()
        for note in notes + recover(repo, path):
            tell(note)
        yield repo


def _prepare(repo: Repository, path: Path) -> tuple[SpecHistory, Spec, str]:
    relative = repo.relative(path)
    # Only the file release and bump write must be committed; other files are not theirs.
    if relative in repo.changes():
        raise SusiError(_uncommitted(path, committed=repo.blob_at("HEAD", relative) is not None))
    history = HistoryLoader(repo).load(path, repo.specs_log([path]).revisions(relative))
    state = history.working
    if state is None or state.spec is None:
        raise SusiError(
            Text(
                f"{relative} er ikke gyldig; intet er ændret. Kør 'susi check {relative}', og ret "
                "fejlene.",
                f"{relative} is not valid; nothing was changed. Run 'susi check {relative}', and "
                "fix the errors.",
            )
        )
    # Bytes decoded as they are: read_text would turn CRLF into LF and rewrite every line.
    return history, state.spec, path.read_bytes().decode("utf-8")


def release(path: Path, today: dt.date, tell: Callable[[Text], None]) -> Outcome:
    """Mark the working version released today, commit it and tag it; `tell` says what was
    finished or undone first, and warnings, in the language it prints."""
    with _writing(path, tell) as repo:
        history, spec, text = _prepare(repo, path)
        label = version_label(spec.version)
        tag = f"{spec.id}/{label}"
        if spec.status == "released":
            finished = finish_tag(repo, history, spec)
            if finished is None:
                raise SusiError(
                    Text(
                        f"{label} af {spec.id} er allerede frigivet. Start næste version med "
                        f"'susi bump {spec.id}'.",
                        f"{label} of {spec.id} is released already. Start the next version with "
                        f"'susi bump {spec.id}'.",
                    )
                )
            tell(finished[1])
            return Outcome(path, label, finished[0], tag)
        if repo.has_tag(tag):  # also a tag on a commit this checkout does not contain
            raise SusiError(
                Text(
                    f"Tagget {tag} findes allerede; det flyttes aldrig. Intet er ændret. "
                    f"'git show {tag}' viser, hvad det peger på.",
                    f"The tag {tag} exists already; it is never moved. Nothing was changed. "
                    f"'git show {tag}' shows what it points at.",
                )
            )
        # `today` is the day asked for (--date): after today, or before the last release, no.
        previous = previous_release(history, spec)
        check_date(today, dt.date.today(), previous, spec.id)
        if repo.branch() is None:
            raise SusiError(
                Text(
                    "HEAD er ikke på en gren (detached HEAD), så frigivelsens commit hørte ikke "
                    "til nogen gren og kunne gå tabt. Skift til en gren (git switch GREN) og "
                    f"frigiv derfra med 'susi release {spec.id}'; intet er ændret.",
                    "HEAD is not on a branch (detached HEAD), so the release's commit would "
                    "belong to no branch and could be lost. Switch to a branch (git switch "
                    f"BRANCH) and release from there with 'susi release {spec.id}'; nothing "
                    "was changed.",
                )
            )
        new_text = edit_front_matter(text, release_changes(today.isoformat()))
        problems = release_errors(text, repo.relative(path), history, today)
        if problems:
            raise CheckFailed(problems)
        if previous is not None and spec.milestone and spec.milestone == previous.milestone:
            tell(same_milestone(spec, previous, repo.relative(path)))
        sha = _commit(repo, path, new_text, release_subject(spec.id, label))
        try:
            repo.create_tag(tag, sha, tag_message(spec.title, label, today))
        except SusiError as error:
            raise SusiError(
                Text(
                    f"Commit {sha[:8]} er lavet, men tagget {tag} kunne ikke laves: "
                    f"{error.text.da} Ret årsagen og kør 'susi release {spec.id}' igen; så "
                    f"lægges tagget på commit {sha[:8]}.",
                    f"The commit {sha[:8]} is made, but the tag {tag} could not be made: "
                    f"{error.text.en} Fix the cause and run 'susi release {spec.id}' again; "
                    f"the tag is then put on the commit {sha[:8]}.",
                )
            ) from error
        checkpoint()
        return Outcome(path, label, sha, tag)


def bump(
    path: Path,
    tell: Callable[[Text], None],
    final: bool = False,
    choose: Callable[[str, Step], Step] | None = None,
) -> Outcome:
    """Start the next version as a draft with empty `changes`, and commit it.

    Its milestone and phase are the scheme's proposal, or what `choose` (given the new
    version's label and the proposal) returns; it is asked once nothing can refuse any more.
    """
    with _writing(path, tell) as repo:
        history, spec, text = _prepare(repo, path)
        if spec.version == "final":
            raise SusiError(
                Text(
                    f"final er den sidste version af {spec.id}; der er ingen næste.",
                    f"final is the last version of {spec.id}; there is no next one.",
                )
            )
        if spec.status != "released":
            label = version_label(spec.version)
            raise SusiError(
                Text(
                    f"{label} af {spec.id} er ikke frigivet endnu; intet er ændret. Frigiv den "
                    f"med 'susi release {spec.id}', før næste version startes.",
                    f"{label} of {spec.id} is not released yet; nothing was changed. Release it "
                    f"with 'susi release {spec.id}' before the next version is started.",
                )
            )
        finished = finish_tag(repo, history, spec)  # the release before it was interrupted
        if finished is not None:
            tell(finished[1])
        # Edits after the release (SP401) are exactly what starting the next version fixes.
        problems = errors(text, repo.relative(path), history, frozenset({"SP401"}))
        if problems:
            raise CheckFailed(problems)
        version: int | str = "final" if final else int(spec.version) + 1
        label = version_label(version)
        step = proposal(version)
        if choose is not None:
            step = _valid(choose(label, step))
        changes = bump_changes(str(version), scalar_text(step.milestone), step.phase)
        new_text = edit_front_matter(text, changes)
        sha = _commit(repo, path, new_text, f"Start {spec.id} {label}")
        return Outcome(path, label, sha, step=step)


def _valid(step: Step) -> Step:
    """A milestone of one line of text, and a phase the format knows."""
    milestone = step.milestone.strip()
    if not milestone or not milestone.isprintable():
        raise SusiError(
            Text(
                'Milepælen skal være én linje tekst, fx --milestone "Metodeseminar 1"; intet er '
                "ændret.",
                'The milestone must be one line of text, e.g. --milestone "Metodeseminar 1"; '
                "nothing was changed.",
            )
        )
    if step.phase not in PHASES:
        raise SusiError(
            Text(
                f"Fasen '{step.phase}' findes ikke. Vælg en af: {', '.join(PHASES)}, fx --phase "
                f"{PHASES[1]}; intet er ændret.",
                f"There is no phase '{step.phase}'. Choose one of: {', '.join(PHASES)}, e.g. "
                f"--phase {PHASES[1]}; nothing was changed.",
            )
        )
    return Step(milestone, step.phase)


def _commit(repo: Repository, path: Path, new_text: str, message: str) -> str:
    """Write the new text and commit it; on any failure (a hook, signing, a full disk) put
    the file back as it was.

    The old file is kept under a second name in git's own folder (a hard link: no data is
    written, and `git status` never shows it), and renamed back on failure, so putting it
    back needs no disk space: a full disk cannot leave the new text behind.
    """
    relative = repo.relative(path)
    old = path.read_bytes()
    kept = _keep(repo, path)
    try:
        write_atomic(path, new_text)
        checkpoint()
        sha = repo.commit_file(relative, message)
    except BaseException as error:
        if kept is not None:
            os.replace(kept, path)
        else:
            write_atomic(path, old)
        # When git's index cannot be touched either, it still holds what it held before.
        with suppress(SusiError, OSError):
            repo.unstage(relative)
        if isinstance(error, SusiError):
            raise SusiError(
                error.then(
                    "Filen er sat tilbage, som den var; intet er ændret.",
                    "The file is put back as it was; nothing was changed.",
                )
            ) from error
        raise
    if kept is not None:
        kept.unlink()
    checkpoint()
    return sha


def _keep(repo: Repository, path: Path) -> Path | None:
    """A second name for the file as it is, in git's folder; None where that cannot be."""
    folder = git_dir(repo.root)
    if folder is None:
        return None
    kept = folder / f"susi-kept-{path.parent.name}-{path.name}"
    with suppress(FileNotFoundError):
        kept.unlink()  # from a killed run
    try:
        os.link(path, kept)
    except OSError:  # another file system: the restore below writes the old text instead
        return None
    return kept


def _uncommitted(path: Path, committed: bool) -> Text:
    """What to type when the spec has changes that are not committed (paths as typed here)."""
    shown = shlex.quote(os.path.relpath(path))
    verb = Text("Ret", "Edit") if committed else Text("Tilføj", "Add")
    add = f"git add {shown} && git commit -m"
    commit = Text(f'{add} "{verb.da} {path.parent.name}"', f'{add} "{verb.en} {path.parent.name}"')
    if not committed:
        return Text(
            f"{shown} er ikke committet endnu; intet er ændret. Commit den først: '{commit.da}'.",
            f"{shown} is not committed yet; nothing was changed. Commit it first: '{commit.en}'.",
        )
    stash = f"'git stash push -- {shown}'"
    return Text(
        f"{shown} har ændringer, der ikke er committet; intet er ændret. Commit dem først: "
        f"'{commit.da}', eller læg dem til side: {stash} (og hent dem igen bagefter med 'git "
        "stash pop').",
        f"{shown} has changes that are not committed; nothing was changed. Commit them first: "
        f"'{commit.en}', or put them aside: {stash} (and get them back afterwards with 'git "
        "stash pop').",
    )
