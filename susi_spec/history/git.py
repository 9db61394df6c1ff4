"""All git commands on a repository: the specs' log, blobs, tags, and writing releases.

Reading runs plain `git` (one `git log --raw -M` over the specs folder gives every file's
commits and blob ids at once, following renames; blobs come through one long-lived
`git cat-file --batch`, git_process.py). Releases are written with porcelain `git commit`
and `git tag`, so that the user's hooks and signing settings apply as to any commit, and a
failure is git's own plain reason. What the log is read into is git_objects.py; callers
import it from here.
"""

from __future__ import annotations

import bisect
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from susi_spec.errors import SusiError
from susi_spec.history.git_objects import (
    Commit,
    FileLog,
    Revision,
    apply_raw_line,
    blob_id,
    parse_commit,
)
from susi_spec.history.git_process import BlobReader, git_dir, run_git
from susi_spec.problems import Text

__all__ = ["Commit", "FileLog", "Repository", "Revision", "blob_id", "git_dir"]


class Repository:
    """A git repository holding specs, opened once per command."""

    def __init__(self, start: Path) -> None:
        # One `git rev-parse` answers where the work tree is, whether the history is cut
        # off, and which commit is checked out (exit code 1: none yet).
        done = run_git(
            start, "rev-parse", "--show-toplevel", "--is-shallow-repository",
            "--verify", "--quiet", "HEAD^{commit}",
        )  # fmt: skip
        if done.returncode not in (0, 1):
            if "work tree" in done.stderr:
                raise SusiError(
                    Text(
                        "Repository'et har intet arbejdstræ (bare repository). Kør kommandoen "
                        "i en klon med arbejdstræ: 'git clone ...'.",
                        "The repository has no work tree (a bare repository). Run the command "
                        "in a clone with a work tree: 'git clone ...'.",
                    )
                )
            raise SusiError(
                Text(
                    f"{start} er ikke i et git-repository. Historik, diff og frigivelse kræver "
                    "git: kør kommandoen i projektets mappe, eller brug 'git clone' for at "
                    "hente det.",
                    f"{start} is not in a git repository. History, diff and release need git: "
                    "run the command in the project's folder, or get it with 'git clone'.",
                )
            )
        root, shallow, head = [*done.stdout.splitlines(), "", ""][:3]
        self.root = Path(root)
        self._shallow = shallow == "true"
        self._head = head or None
        self._tags: list[tuple[str, str]] | None = None  # (name, commit sha), sorted by name
        self._blobs: BlobReader | None = None

    def close(self) -> None:
        """Stop the cat-file process (also done on exit)."""
        if self._blobs is not None:
            self._blobs.close()
            self._blobs = None

    def relative(self, path: Path) -> str:
        """A path relative to the repository root, with forward slashes.

        The file's own name is not resolved: git keeps a symbolic link at its own path.
        """
        located = path.absolute().parent.resolve() / path.name
        return PurePosixPath(located.relative_to(self.root.resolve())).as_posix()

    def require_full_history(self) -> None:
        """Refuse a shallow clone: versions cannot be found in a cut-off history."""
        if self._shallow:
            raise SusiError(
                Text(
                    "Historikken er ufuldstændig (shallow clone), så versionerne kan ikke "
                    "findes. Hent hele historikken med 'git fetch --unshallow' (i CI: "
                    "fetch-depth: 0).",
                    "The history is incomplete (a shallow clone), so the versions cannot be "
                    "found. Get the whole history with 'git fetch --unshallow' (in CI: "
                    "fetch-depth: 0).",
                )
            )

    def has_commits(self) -> bool:
        return self._head is not None or self.resolve("HEAD") is not None

    def file_log(self, under: str) -> FileLog:
        """Read the whole history of files under `under` with one `git log`."""
        log = FileLog()
        if not self.has_commits():
            return log
        self.require_full_history()
        output = self._read(
            "log", "--raw", "-M", "--no-abbrev", "--topo-order", "--reverse", "--no-color",
            "--format=%x00%H%x09%aI%x09%an%x09%s", "--", under or ".",
        )  # fmt: skip
        commit: Commit | None = None
        for line in output.split("\n"):
            if line.startswith("\x00"):
                commit = parse_commit(line[1:])
            elif line.startswith(":") and commit is not None:
                apply_raw_line(log, line, commit)
        return log

    def specs_log(self, files: Iterable[Path]) -> FileLog:
        """The history of the top folder holding these spec files (usually `specs/`).

        The whole folder, not just the given specs' own: a spec moved or renamed inside it
        (`specs/a/` to `specs/archive/a/`) is followed back through the move only when git
        sees both sides. Commits that touched no spec (the code, the site) are not read.
        """
        tops = set()
        for file in files:
            parts = PurePosixPath(self.relative(file)).parts
            tops.add(parts[0] if len(parts) > 2 else "")  # `index.md` at the root: all
        return self.file_log(tops.pop() if len(tops) == 1 else "")

    def read_blob(self, blob: str) -> bytes:
        """The bytes of a blob."""
        return self.read_blobs([blob])[blob]

    def read_blobs(self, blobs: Iterable[str]) -> dict[str, bytes]:
        """The bytes of each blob, read through one long-lived `git cat-file --batch`."""
        if self._blobs is None:
            self._blobs = BlobReader(self.root)
        return self._blobs.read(list(dict.fromkeys(blobs)))

    def tags(self, prefix: str) -> dict[str, str]:
        """Tag name → commit sha for the tags starting with `prefix` that HEAD contains.

        A tag on a commit that is not an ancestor of HEAD (a later release seen from an
        older checkout, a release made on another branch) is not part of this history.
        All such tags are read once, with one `git for-each-ref --merged HEAD` that also
        peels annotated tags.
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
        output = self._read(
            "for-each-ref",
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
                commit = self.resolve(ref)
                if commit is not None:
                    tags.append((name, commit))
        return tags

    def commit_info(self, sha: str) -> Commit:
        return parse_commit(self._read("log", "-1", "--format=%H%x09%aI%x09%an%x09%s", sha, "--"))

    def blob_at(self, sha: str, path: str) -> str | None:
        """The blob id of `path` at commit `sha`, or None when it does not exist there."""
        return self._object(f"{sha}:{path}")

    def resolve(self, revision: str) -> str | None:
        """A revision (branch, tag, sha, HEAD~1) as a commit sha, or None."""
        return self._object(f"{revision}^{{commit}}")

    def changes(self) -> list[str]:
        """The paths `git status` reports (changed, staged or untracked), relative to the root."""
        output = self._read("status", "--porcelain=v1", "-z", "--untracked-files=all")
        entries = output.split("\0")
        paths: list[str] = []
        index = 0
        while index < len(entries):
            entry = entries[index]
            index += 1
            if len(entry) > 3:
                paths.append(entry[3:])
                if entry[0] in "RC":  # a rename or copy: its old path comes next
                    paths.append(entries[index])
                    index += 1
        return paths

    def branch(self) -> str | None:
        """The checked-out branch, or None for a detached HEAD."""
        done = run_git(self.root, "symbolic-ref", "--quiet", "--short", "HEAD")
        return (done.stdout.strip() or None) if done.returncode == 0 else None

    def working_form(self, revision: str, path: str) -> bytes | None:
        """`path` at `revision` as checkout writes it (line-ending filters applied), or None."""
        done = subprocess.run(
            ["git", "cat-file", "--filters", f"{revision}:{path}"], cwd=self.root,
            capture_output=True,
        )  # fmt: skip
        return done.stdout if done.returncode == 0 else None

    def commit_file(self, path: str, message: str) -> str:
        """Commit exactly one file (hooks run as for any commit); return the commit's sha."""
        self._write("commit", "--quiet", "--only", "--message", message, "--", path)
        sha = self.resolve("HEAD")
        if sha is None:
            raise SusiError(
                Text(
                    "git commit gav ingen commit. Se 'git status', og prøv igen.",
                    "git commit made no commit. See 'git status', and try again.",
                )
            )
        self._head = sha
        return sha

    def add_file(self, path: str) -> None:
        """Stage `path`, so that a file git does not know yet can be committed alone."""
        self._write("add", "--", path)

    def unstage(self, path: str) -> None:
        """Make the index hold `path` as HEAD has it (undo a `git add`)."""
        self._write("reset", "--quiet", "--", path)

    def has_tag(self, name: str) -> bool:
        """Whether the tag exists at all, on any commit (unlike `tags`)."""
        return self._object(f"refs/tags/{name}") is not None

    def create_tag(self, name: str, sha: str, message: str) -> None:
        """Create an annotated tag; never move or overwrite an existing one."""
        if self.has_tag(name):
            raise SusiError(
                Text(
                    f"Tagget {name} findes allerede; det flyttes aldrig.",
                    f"The tag {name} exists already; it is never moved.",
                )
            )
        self._write("tag", "--annotate", "--message", message, "--", name, sha)
        self._tags = None

    def changed(self, base: str, head: str | None, under: str) -> dict[str, str]:
        """Path → status letter (A, M, D, ...) of files under `under` that differ between
        commits `base` and `head`; with `head` None, the working tree, untracked files too."""
        args = ["diff", "--name-status", "--no-renames", "-z", base, *([head] if head else [])]
        fields = self._read(*args, "--", under).split("\0")
        status = dict(zip(fields[1::2], fields[0::2], strict=False))
        if head is None:
            found = self._read("ls-files", "--others", "--exclude-standard", "-z", "--", under)
            status.update(dict.fromkeys(filter(None, found.split("\0")), "A"))
        return status

    @contextmanager
    def worktree(self, sha: str) -> Iterator[Path]:
        """A temporary detached worktree at commit `sha`, removed afterwards (`git worktree
        prune` tidies one a kill left behind)."""
        with tempfile.TemporaryDirectory(prefix="susi-") as folder:
            tree = Path(folder) / "tree"
            self._write("worktree", "add", "--detach", "--quiet", str(tree), sha)
            try:
                yield tree
            finally:
                self._write("worktree", "remove", "--force", str(tree))

    def _write(self, *args: str) -> None:
        done = run_git(self.root, *args)
        if done.returncode == 0:
            return
        reason = " ".join(done.stderr.split()) or f"exit {done.returncode}"
        if "index.lock" in done.stderr:
            raise SusiError(
                Text(
                    f"git {args[0]} kunne ikke låse git's index, fordi .git/index.lock findes. "
                    "Kører en anden git-kommando? Ellers er låsen efterladt af en afbrudt "
                    "git-kommando: slet den (rm .git/index.lock) og prøv igen.",
                    f"git {args[0]} could not lock git's index, because .git/index.lock "
                    "exists. Is another git command running? If not, an interrupted git "
                    "command left the lock: delete it (rm .git/index.lock) and try again.",
                )
            )
        raise SusiError(
            Text(
                f"git {args[0]} fejlede: {reason.rstrip('.')}.",
                f"git {args[0]} failed: {reason.rstrip('.')}.",
            )
        )

    def _object(self, name: str) -> str | None:
        if name.startswith("-"):
            return None  # an option, not a revision
        done = run_git(self.root, "rev-parse", "--verify", "--quiet", "--end-of-options", name)
        return (done.stdout.strip() or None) if done.returncode == 0 else None

    def _read(self, *args: str) -> str:
        done = run_git(self.root, *args)
        if done.returncode != 0:
            reason = done.stderr.strip()
            raise SusiError(
                Text(f"git {args[0]} fejlede: {reason}", f"git {args[0]} failed: {reason}")
            )
        return done.stdout
