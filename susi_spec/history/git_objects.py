"""What the history is read into: commits, the revisions of each file, blob ids.

A file's log comes from one `git log --raw -M` over the specs folder (git.py); its lines
are parsed here into chains of revisions that follow renames.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

_NULL_SHA = "0" * 40


@dataclass(frozen=True)
class Commit:
    """A commit as the history needs it."""

    sha: str
    date: dt.datetime
    author: str
    subject: str

    @property
    def short(self) -> str:
        return self.sha[:8]


@dataclass(frozen=True)
class Revision:
    """One state of a file: its path and blob at a commit (commit None: the working tree)."""

    path: str
    blob: str
    commit: Commit | None = None


@dataclass
class FileLog:
    """Every commit that changed each file under the specs folder, oldest first."""

    chains: dict[str, list[Revision]] = field(default_factory=dict)

    def revisions(self, path: str) -> list[Revision]:
        """The revisions of the file now at `path`, across renames, oldest first."""
        return list(self.chains.get(path, []))


def parse_commit(line: str) -> Commit:
    sha, date, author, subject = [*line.rstrip("\n").split("\t", 3), "", "", ""][:4]
    return Commit(sha, dt.datetime.fromisoformat(date), author, subject)


def blob_id(data: bytes) -> str:
    """The git blob id of some bytes (as `git hash-object` computes it)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def apply_raw_line(log: FileLog, line: str, commit: Commit) -> None:
    meta, _, paths = line.partition("\t")
    parts = meta.split()
    if len(parts) < 5:
        return
    new_blob, status = parts[3], parts[4]
    names = paths.split("\t")
    if status.startswith("R") and len(names) == 2:
        old, new = names
        chain = log.chains.pop(old, [])
        chain.append(Revision(new, new_blob, commit))
        log.chains[new] = chain
    elif status.startswith("D"):
        log.chains.pop(names[0], None)
    elif new_blob != _NULL_SHA:
        log.chains.setdefault(names[-1], []).append(Revision(names[-1], new_blob, commit))
