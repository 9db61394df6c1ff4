"""Recognise what a killed release or bump left behind, and finish or undo it.

A write is: take the lock, rename a temporary file over the spec, `git commit`, and (release)
`git tag`. Killed between two steps it leaves one of these, which the next write finds
while it holds the lock, so no other write can be under way:

- temporary files and folders (`files.remove_leftovers`): removed;
- the spec changed exactly as release or bump changes it, maybe staged, not committed: the
  file and the index are put back as HEAD has them, and the command starts over;
- a release commit without its tag: the tag is added (by release, and by bump before it
  starts the next version).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.files import remove_leftovers, write_atomic
from susi_spec.history.front_matter import DELETE, edit_front_matter, scalar_value
from susi_spec.history.git import Repository
from susi_spec.history.versions import SpecHistory
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.problems import Text


def release_changes(date: str) -> dict[str, object]:
    """The front-matter keys a release sets."""
    return {"status": "released", "released": date}


def bump_changes(
    version: str, milestone: str | None = None, phase: str | None = None
) -> dict[str, object]:
    """The front-matter keys starting version `version` sets (values as YAML text)."""
    changes: dict[str, object] = {"version": version, "status": "draft", "released": DELETE}
    if milestone is not None:
        changes["milestone"] = milestone
    if phase is not None:
        changes["phase"] = phase
    return {**changes, "changes": "[]"}


def release_subject(spec_id: str, label: str) -> str:
    return f"Frigiv {spec_id} {label}"


def tag_message(title: str, label: str, date: dt.date) -> str:
    return f"{title} {label} frigivet {date.isoformat()}"


def recover(repo: Repository, path: Path) -> list[Text]:
    """Remove leftovers and undo an uncommitted release or bump of `path`; say what was done."""
    folder = path.parent
    notes = remove_leftovers([folder.parent, folder, folder / "local"], repo.root)
    relative = repo.relative(path)
    # Other files may be dirty too: they are not ours, and the spec is compared byte for byte.
    if relative in repo.changes():
        committed = repo.working_form("HEAD", relative)
        if committed is not None and _interrupted_edit(committed, path.read_bytes()):
            write_atomic(path, committed)
            repo.unstage(relative)
            notes.append(
                Text(
                    f"{relative} var ændret af en afbrudt susi-kommando, men ikke committet; "
                    "filen er sat tilbage, som den er i seneste commit.",
                    f"{relative} was changed by an interrupted susi command, but not committed; "
                    "the file is put back as it is in the latest commit.",
                )
            )
    return notes


def _interrupted_edit(committed: bytes, current: bytes) -> bool:
    """Whether `current` is `committed` changed exactly as a release or a bump changes it."""
    try:
        before, now = committed.decode("utf-8"), current.decode("utf-8")
    except UnicodeDecodeError:
        return False
    # Bump writes the milestone and phase it was given: read them back from the new text.
    step = (scalar_value(now, "milestone"), scalar_value(now, "phase"))
    candidates = [bump_changes("final", *step)]
    date = (scalar_value(now, "released") or "").strip()
    if date:
        candidates.append(release_changes(date))
    version = (scalar_value(before, "version") or "").strip()
    if version.isdigit():
        candidates.append(bump_changes(str(int(version) + 1), *step))
    for changes in candidates:
        try:
            if edit_front_matter(before, changes) == now:
                return True
        except SusiError:
            continue
    return False


def finish_tag(repo: Repository, history: SpecHistory, spec: Spec) -> tuple[str, Text] | None:
    """Tag a release commit whose tag is missing (the release was killed before it); return
    the commit and a note, or None when there is nothing to finish."""
    label = version_label(spec.version)
    tag = f"{spec.id}/{label}"
    if spec.status != "released" or spec.released is None or repo.has_tag(tag):
        return None
    last = history.states[-1].revision.commit if history.states else None
    if last is None or last.subject != release_subject(spec.id, label):
        return None
    repo.create_tag(tag, last.sha, tag_message(spec.title, label, spec.released))
    return last.sha, Text(
        f"Frigivelsen af {label} blev afbrudt efter committen {last.short}; tagget {tag} er "
        "lagt på den nu.",
        f"The release of {label} was interrupted after the commit {last.short}; the tag {tag} "
        "is put on it now.",
    )
