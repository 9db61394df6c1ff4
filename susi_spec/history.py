"""All git access: commits that touched specs, blobs at revisions, tags, and writing releases.

One `git log --raw -M` over the specs folder gives every file's commits and blob ids at
once, following renames (never `git log --follow` per file: its cost grows with history);
blobs are read through GitPython's long-lived `git cat-file --batch` process.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import git

from susi_spec.errors import SusiError

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


class Repository:
    """A git repository holding specs, opened once per command."""

    def __init__(self, start: Path) -> None:
        try:
            self.repo = git.Repo(start, search_parent_directories=True)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError) as error:
            raise SusiError(
                f"{start} er ikke i et git-repository. Historik, diff og frigivelse kræver git: "
                "kør kommandoen i projektets mappe, eller brug 'git clone' for at hente det."
            ) from error
        if self.repo.working_tree_dir is None:
            raise SusiError("Repository'et har intet arbejdstræ (bare repository).")
        self.root = Path(self.repo.working_tree_dir)
        self._blobs: dict[str, bytes] = {}
        self._tags: list[tuple[str, str]] | None = None  # (name, commit sha), sorted by name

    def relative(self, path: Path) -> str:
        """A path relative to the repository root, with forward slashes."""
        return PurePosixPath(path.resolve().relative_to(self.root.resolve())).as_posix()

    def require_full_history(self) -> None:
        """Refuse a shallow clone: versions cannot be found in a cut-off history."""
        if self.repo.git.rev_parse("--is-shallow-repository").strip() == "true":
            raise SusiError(
                "Historikken er ufuldstændig (shallow clone), så versionerne kan ikke findes. "
                "Hent hele historikken med 'git fetch --unshallow' (i CI: fetch-depth: 0)."
            )

    def has_commits(self) -> bool:
        try:
            self.repo.head.commit  # noqa: B018 - raises on an unborn branch
        except ValueError:
            return False
        return True

    def file_log(self, under: str) -> FileLog:
        """Read the whole history of files under `under` with one `git log`."""
        log = FileLog()
        if not self.has_commits():
            return log
        self.require_full_history()
        output = self.repo.git.log(
            "--raw", "-M", "--no-abbrev", "--topo-order", "--reverse", "--no-color",
            "--format=%x00%H%x09%aI%x09%an%x09%s", "--", under or ".",
        )  # fmt: skip
        commit: Commit | None = None
        for line in output.split("\n"):
            if line.startswith("\x00"):
                sha, date, author, subject = [*line[1:].split("\t", 3), "", "", ""][:4]
                commit = Commit(sha, dt.datetime.fromisoformat(date), author, subject)
            elif line.startswith(":") and commit is not None:
                _apply_raw_line(log, line, commit)
        return log

    def read_blob(self, blob: str) -> bytes:
        """The bytes of a blob, read once through the persistent cat-file process."""
        if blob not in self._blobs:
            self._blobs[blob] = self.repo.odb.stream(bytes.fromhex(blob)).read()
        return self._blobs[blob]

    def tags(self, prefix: str) -> dict[str, str]:
        """Tag name → commit sha for the tags starting with `prefix` that HEAD contains.

        A tag on a commit that is not an ancestor of HEAD (a later release seen from an
        older checkout, a release made on another branch) is not part of this history.
        All such tags are read once, with one `git for-each-ref --merged HEAD` that also
        peels annotated tags (GitPython re-reads packed-refs for every tag: quadratic in
        the number of tags).
        """
        if self._tags is None:
            self._tags = sorted(self._read_tags()) if self.has_commits() else []
        names = self._tags
        found: dict[str, str] = {}
        for index in range(bisect.bisect_left(names, (prefix, "")), len(names)):
            name, sha = names[index]
            if not name.startswith(prefix):
                break
            found[name] = sha
        return found

    def _read_tags(self) -> list[tuple[str, str]]:
        output = self.repo.git.for_each_ref(
            "--merged=HEAD",
            "--format=%(refname)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)",
            "refs/tags",
        )
        tags: list[tuple[str, str]] = []
        for line in output.splitlines():
            ref, kind, sha, peeled_kind, peeled = [*line.split("\t"), "", "", "", ""][:5]
            name = ref.removeprefix("refs/tags/")
            if kind == "commit":
                tags.append((name, sha))
            elif peeled_kind == "commit":
                tags.append((name, peeled))
            elif peeled_kind == "tag":  # a tag of a tag: let git peel it all the way
                commit = self.resolve(f"{ref}^{{commit}}")
                if commit is not None:
                    tags.append((name, commit))
        return tags

    def commit_info(self, sha: str) -> Commit:
        c = self.repo.commit(sha)
        return Commit(c.hexsha, c.authored_datetime, str(c.author.name), str(c.summary))

    def blob_at(self, sha: str, path: str) -> str | None:
        """The blob id of `path` at commit `sha`, or None when it does not exist there."""
        try:
            return str(self.repo.commit(sha).tree[path].hexsha)
        except (KeyError, ValueError, git.BadName):
            return None

    def resolve(self, revision: str) -> str | None:
        """A revision (branch, tag, sha, HEAD~1) as a commit sha, or None."""
        try:
            return str(self.repo.commit(revision).hexsha)
        except (git.BadName, ValueError, git.GitCommandError):
            return None

    def is_dirty(self) -> bool:
        return bool(self.repo.is_dirty(untracked_files=True))

    def commit_file(self, path: str, message: str) -> str:
        """Commit exactly one file and return the new commit's sha."""
        self.repo.index.add([path])
        return str(self.repo.index.commit(message).hexsha)

    def has_tag(self, name: str) -> bool:
        """Whether the tag exists at all, on any commit (unlike `tags`)."""
        return name in (tag.name for tag in self.repo.tags)

    def create_tag(self, name: str, sha: str, message: str) -> None:
        """Create an annotated tag; never move or overwrite an existing one."""
        if self.has_tag(name):
            raise SusiError(f"Tagget {name} findes allerede; det flyttes aldrig.")
        self.repo.create_tag(name, ref=sha, message=message)
        self._tags = None


def blob_id(data: bytes) -> str:
    """The git blob id of some bytes (as `git hash-object` computes it)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _apply_raw_line(log: FileLog, line: str, commit: Commit) -> None:
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
