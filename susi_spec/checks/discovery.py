"""Which files a check reads: specs and local implementations under the paths given.

Nothing is skipped in silence: what looks meant to be checked but is not, a link that loops
and a folder that cannot be read become findings of their own.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from pathlib import Path

from susi_spec.checks.results import FileResult, display_path
from susi_spec.checks.rules import NOT_CHECKED
from susi_spec.errors import SusiError
from susi_spec.loading.codes import UNREADABLE
from susi_spec.model.cycles import FILE_NAME as CYCLES_FILE
from susi_spec.model.results import FOLLOW_UP_FOLDER
from susi_spec.problems import Finding, Span, Text


def discover(paths: Sequence[Path], skipped: list[FileResult] | None = None) -> list[Path]:
    """Spec files (`*/index.md`), local implementations (`*/local/*.md`), learning-cycle
    records (`cycles.md` beside an `index.md`) and follow-ups
    (`*/local/<place>/opfoelgning/*.md`) under `paths`.

    Nothing is left out for its folder's name but a spec's own `assets/` (its attachments)
    and susi's temporary folders (`.susi-*`), and only below the folder given. Symbolic
    links are followed; a dangling link is kept (reading it says what is wrong), and a link
    that loops or a folder that cannot be read goes into `skipped` with a finding.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path, skipped if skipped is not None else []))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise SusiError(
                Text(
                    f"{path}: findes ikke. Angiv en fil eller mappe under specs/, fx "
                    "'susi check specs/<id>/index.md'; 'ls specs' viser dem.",
                    f"{path}: does not exist. Name a file or folder under specs/, e.g. "
                    "'susi check specs/<id>/index.md'; 'ls specs' shows them.",
                )
            )
    return list(dict.fromkeys(found))


def _walk(root: Path, skipped: list[FileResult]) -> list[Path]:
    """Spec and local files below `root`, in a stable order, each folder visited once."""
    found: list[Path] = []
    visited: set[tuple[int, int]] = set()
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            status = folder.stat()
            if (status.st_dev, status.st_ino) in visited:
                raise OSError(errno.ELOOP, "link loop")
            visited.add((status.st_dev, status.st_ino))
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            skipped.append(_skipped_folder(folder, error))
            continue
        is_spec_folder = any(entry.name == "index.md" for entry in entries)
        folders = []
        for entry in entries:
            path = Path(entry.path)
            if _is_folder(entry):
                if entry.name.startswith(".susi-") or (is_spec_folder and entry.name == "assets"):
                    continue
                folders.append(path)
            elif (
                entry.name == "index.md"
                or (folder.name == "local" and entry.name.endswith(".md"))
                or (is_spec_folder and entry.name == CYCLES_FILE)
                or _is_follow_up(folder, entry.name)
            ):
                found.append(path)
            elif _meant_as_spec(folder, entry.name):
                skipped.append(_not_checked(path))
        pending.extend(reversed(folders))
    return sorted(found, key=lambda path: (path.name != "index.md", path))


def _is_follow_up(folder: Path, name: str) -> bool:
    """A place's follow-up file: `local/<place>/opfoelgning/<date>.md`."""
    return (
        folder.name == FOLLOW_UP_FOLDER and folder.parent.parent.name == "local"
    ) and name.endswith(".md")


def _meant_as_spec(folder: Path, name: str) -> bool:
    """A file that looks meant to be checked but is named so that it is not.

    `Index.md` (a spec under the wrong name, easy on macOS and Windows), `Ballerup.MD` in a
    `local/` folder, and Markdown one folder below `local/`.
    """
    lowered = name.lower()
    if lowered == "index.md":
        return True
    in_local = folder.name == "local" or folder.parent.name == "local"
    return in_local and lowered.endswith(".md")


def _not_checked(path: Path) -> FileResult:
    if path.name.lower() == "index.md":
        why = Text(
            f"Filen hedder {path.name} og er derfor ikke tjekket. En indsatsbeskrivelse skal "
            "hedde index.md med små bogstaver: omdøb den (git mv).",
            f"The file is named {path.name} and was not checked. A spec must be named index.md "
            "in lower case: rename it (git mv).",
        )
    else:
        why = Text(
            "Filen er ikke tjekket: en lokal udmøntning skal ligge direkte i local/ og hedde "
            "<sted>.md med små bogstaver. Flyt eller omdøb den.",
            "The file was not checked: a local implementation lies directly in local/ and is "
            "named <place>.md in lower case. Move or rename it.",
        )
    return FileResult(display_path(path), [Finding(Span(), why, NOT_CHECKED.code)])


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """A folder, or a link to one; a link that loops or points nowhere counts as a folder
    when its name has no `.md` (it is reported when visited)."""
    try:
        return entry.is_dir()
    except OSError:
        return not entry.name.endswith(".md")


def _skipped_folder(folder: Path, error: OSError) -> FileResult:
    looping = error.errno == errno.ELOOP
    why_da = "et symbolsk link, der peger i ring" if looping else f"ulæselig ({error.strerror})"
    why_en = "a symbolic link that loops" if looping else f"unreadable ({error.strerror})"
    text = Text(
        f"Mappen er {why_da}, så filerne i den er ikke tjekket. Ret eller fjern linket, "
        "eller giv adgang til mappen.",
        f"The folder is {why_en}, so the files in it were not checked. Fix or remove the "
        "link, or make the folder readable.",
    )
    return FileResult(display_path(folder), [Finding(Span(), text, UNREADABLE.code)])
