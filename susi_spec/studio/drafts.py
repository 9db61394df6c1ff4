"""Each open file's working state, and the check of a draft as if it were the file on disk.

A draft starts from the text on disk (its `base`) and gathers the browser's edit operations;
it is held here until saved or discarded (the browser mirrors its operations in
localStorage, so a restarted server gets them back). The check is `susi check`'s own, run
on the draft's text at the file's path in the repository: the same rules, history rules
included, with the draft standing in for the working copy, and nothing written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from susi_spec.checks.config import Config
from susi_spec.errors import SusiError
from susi_spec.history.git import Commit, FileLog, Repository, Revision, blob_id, git_dir
from susi_spec.loading.document import Document, parse_document
from susi_spec.problems import Problem, Text
from susi_spec.studio.security import OutsideSpecs

if TYPE_CHECKING:
    from susi_spec.history.common_model import CommonModel
    from susi_spec.history.versions import HistoryLoader, SpecHistory
    from susi_spec.model import LocalSpec, Spec
    from susi_spec.model.cycles import CycleRecord
    from susi_spec.model.results import FollowUp

# The check's machinery (the rules, the models, the history) is imported where a check
# runs, not with this module: the start page's first answer needs none of it.


def digest(text: str) -> str:
    """The sha256 of a text as UTF-8: how the browser names the text it started from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Draft:
    """One file's unsaved work: the text it started from, the text now, the operations."""

    path: Path
    relative: str  # to the project, as the browser and the messages name it
    base_text: str
    text: str
    ops: list[dict[str, Any]] = field(default_factory=list)
    # The problem slots the editor drew for this text's shape (studio/editor.py), or None.
    slots: list[tuple[str | int, ...]] | None = None

    @property
    def base(self) -> str:
        return digest(self.base_text)

    @property
    def dirty(self) -> bool:
        return self.text != self.base_text


@dataclass(frozen=True)
class Checked:
    """What the check says of a draft: its problems, what a release still needs, the model."""

    problems: list[Problem]
    demands: list[Problem]
    document: Document
    spec: Spec | None = None
    local: LocalSpec | None = None
    cycles: CycleRecord | None = None
    follow_up: FollowUp | None = None
    history: SpecHistory | None = None
    common: CommonModel | None = None


class FileGone(OutsideSpecs):
    """The file open in the editor is no longer there: deleted or moved since it was opened."""


def gone(relative: str) -> Text:
    """What FileGone says: what happened, that nothing is lost yet, and what to do."""
    return Text(
        f"Filen {relative} findes ikke længere: den er slettet eller flyttet, efter du "
        "åbnede den. Intet er skrevet, og dine ændringer, der ikke er gemt, er stadig i "
        "browseren. Skal filen være der, så læg den tilbage (eller flyt den tilbage) og "
        "åbn den igen fra forsiden; ændringerne kommer med.",
        f"The file {relative} is no longer there: it was deleted or moved after you "
        "opened it. Nothing was written, and your unsaved changes are still in the "
        "browser. If the file should be there, put it back (or move it back) and open "
        "it again from the start page; the changes come along.",
    )


class Unreadable(SusiError):
    """The file cannot be read as text now (not UTF-8, no permission, a folder)."""


def read_text(path: Path, relative: str = "") -> str:
    """The file's text as its bytes are: CRLF stays CRLF (read_text would change it)."""
    name = relative or path.name
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise FileGone(gone(name)) from None
    except (OSError, UnicodeDecodeError) as error:
        why = (error.strerror,) * 2 if isinstance(error, OSError) else ("ikke UTF-8", "not UTF-8")
        raise Unreadable(
            Text(
                f"Filen {name} kan ikke læses lige nu ({why[0]}). Intet er skrevet. Ret filen "
                "(gem den som UTF-8, giv læseadgang), og åbn den igen fra forsiden.",
                f"The file {name} cannot be read now ({why[1]}). Nothing was written. Fix the "
                "file (save it as UTF-8, allow reading it) and open it again from the start page.",
            )
        ) from None


class Workspace:
    """The project the studio edits: its drafts, its repository and the histories read."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.root = config.root.resolve()
        self.specs = config.specs_path.resolve()
        self.lock = threading.RLock()  # one request at a time changes drafts or files
        self.drafts: dict[Path, Draft] = {}
        self._histories: dict[Path, tuple[HistoryLoader, SpecHistory]] = {}
        self._log: tuple[str, FileLog] | None = None
        # Each spec's common model, with the text and the history it was made of.
        self._commons: dict[Path, tuple[bytes | None, object, CommonModel]] = {}
        self.repo: Repository | None = None
        self.git_dir = git_dir(self.root)
        if self.git_dir is not None:
            try:
                self.repo = Repository(self.root)
                self.repo.require_full_history()
            except SusiError:
                self.repo = None  # a shallow clone: check says so (SP404), as on the CLI

    def relative(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()

    def draft(self, path: Path) -> Draft:
        """The file's draft, started from the text on disk when there is none."""
        path = path.resolve()
        draft = self.drafts.get(path)
        if draft is None:
            text = read_text(path, self.relative(path))
            draft = self.drafts[path] = Draft(path, self.relative(path), text, text)
        return draft

    def forget(self, path: Path) -> None:
        self.drafts.pop(path.resolve(), None)

    def files(self) -> list[Path]:
        """Every spec and local implementation, as `susi check` finds them."""
        from susi_spec.checks.discovery import discover

        if not self.specs.is_dir():
            return []
        return [p.resolve() for p in discover([self.specs])]

    # -- history ---------------------------------------------------------------------------

    def head(self) -> str:
        """What the histories depend on: HEAD, its branch and the tags, told by the files
        git renames into place when they change (no git process per keystroke)."""
        directory = self.git_dir
        if self.repo is None or directory is None:
            return ""
        marks = []
        try:
            head = (directory / "HEAD").read_text(encoding="utf-8").strip()
        except OSError:
            head = ""
        targets = ["HEAD", "packed-refs", "refs/tags", "refs/heads"]
        if head.startswith("ref: "):
            targets.append(head.removeprefix("ref: "))
        for name in targets:
            try:
                marks.append(str((directory / name).stat().st_mtime_ns))
            except OSError:
                marks.append("-")
        return f"{head}|{'|'.join(marks)}"

    def log(self) -> FileLog | None:
        """The specs folder's git log, read with one `git log` per HEAD and tags."""
        if self.repo is None or not self.repo.has_commits():
            return None
        key = self.head()
        if self._log is None or self._log[0] != key:
            self._log = (key, self.repo.specs_log([self.specs / "x" / "index.md"]))
            self._histories.clear()
        return self._log[1]

    def history(self, path: Path) -> tuple[HistoryLoader, SpecHistory] | None:
        """The committed history of the spec at `path`, read once per HEAD and tags."""
        log = self.log()
        if self.repo is None or log is None:
            return None
        key = path.resolve()
        found = self._histories.get(key)
        if found is None:
            from susi_spec.history.versions import HistoryLoader

            loader = HistoryLoader(self.repo)
            revisions = log.revisions(self.repo.relative(path))
            found = self._histories[key] = (loader, loader.load(path, revisions))
        return found

    def last_commit(self, path: Path) -> Commit | None:
        """The last commit that changed the file."""
        log = self.log()
        if self.repo is None or log is None:
            return None
        revisions = log.revisions(self.repo.relative(path))
        return revisions[-1].commit if revisions else None

    def prefetch(self) -> None:
        """Read the specs folder's git log in a thread, so that git runs while the server
        starts (a process of its own: it does not hold Python's lock); the start page then
        finds it read, or waits for the lock until it is. The histories are read by the
        check that follows the first page (start.py), not here: building them is Python
        work that would slow the first page down."""

        def read() -> None:
            # Only a head start: the page reads again and reports what fails.
            with self.lock, contextlib.suppress(Exception):
                self.log()

        threading.Thread(target=read, name="susi-studio-log", daemon=True).start()

    def changed(self) -> None:
        """Git or a file changed under us (a save, a commit): read histories again."""
        self._histories.clear()
        self._log = None

    # -- the check -------------------------------------------------------------------------

    def check(self, path: Path, text: str, today: dt.date | None = None) -> Checked:
        """`susi check` of `text` as the file at `path`, and `susi check --release`'s list."""
        from susi_spec.checks.checker import check_document, to_problems
        from susi_spec.history.versions import State, spec_parts
        from susi_spec.release.demands import text_demands

        relative = self.relative(path) if self.repo is None else self.repo.relative(path)
        data = text.encode("utf-8")
        document = parse_document(data, relative)
        if path.name != "index.md":
            return self._check_beside(path, document)
        found = self.history(path)
        history = None
        if found is not None:
            committed = found[1]
            # The draft stands in for the working copy, parsed once (the check's document).
            working = State(Revision(relative, blob_id(data)), *spec_parts(document))
            history = replace(committed, working=working)
        result = check_document(document, history=history)
        problems = to_problems([result], self.config.severities)
        demands: list[Problem] = []
        if result.spec is not None and history is not None:
            demands = text_demands(text, relative, history, today or dt.date.today())
        return Checked(problems, demands, document, spec=result.spec, history=history)

    def _check_beside(self, path: Path, document: Document) -> Checked:
        """A file beside a spec (a local implementation, a follow-up, the learning-cycle
        record): its own checks, then its kind's rules against the spec it belongs to, as
        `susi check` runs them."""
        from susi_spec.checks.checker import check_document, run_rules, to_problems
        from susi_spec.checks.rules import Context

        result = check_document(document)
        common = None
        if result.local is not None or result.follow_up is not None:
            # local/<place>.md, or local/<place>/opfoelgning/<date>.md two folders further down
            index = path.parents[1 if result.local is not None else 3] / "index.md"
            common = self._common(index)
            ids = frozenset(self._spec_ids())
            context = Context(
                document, local=result.local, follow_up=result.follow_up, specs=ids, common=common
            )
            result.findings.extend(run_rules(context, "local" if result.local else "results"))
        elif result.cycles is not None:
            index = path.parent / "index.md"
            common = self._common(index)  # the preview's versions
            found = self.history(index) if index.is_file() else None
            context = Context(
                document,
                spec=common.current,
                cycles=result.cycles,
                history=found[1] if found else None,
            )
            result.findings.extend(run_rules(context, "cycles"))
        problems = to_problems([result], self.config.severities)
        return Checked(
            problems,
            [],
            document,
            local=result.local,
            cycles=result.cycles,
            follow_up=result.follow_up,
            common=common,
        )

    def _common(self, index: Path) -> CommonModel:
        """The spec at `index` as the studio has it now (its draft, else the file) and its
        releases; read once for all the files beside it while neither changes."""
        from susi_spec.history.common_model import from_history, from_spec
        from susi_spec.model import Spec
        from susi_spec.model.boundary import validate

        key = index.resolve()
        data = None
        if index.is_file():
            draft = self.drafts.get(key)
            data = draft.text.encode("utf-8") if draft is not None else index.read_bytes()
        found = self.history(index) if data is not None else None
        known = self._commons.get(key)
        if known is not None and known[0] == data and known[1] is found:
            return known[2]
        current = None
        if data is not None:
            model, _ = validate(parse_document(data, self.relative(index)))
            current = model if isinstance(model, Spec) else None
        common = from_history(found[1], current) if found else from_spec(current)
        self._commons[key] = (data, found, common)
        return common

    def _spec_ids(self) -> list[str]:
        """The ids of the specs in the project (the folder names `susi new` made)."""
        return [p.parent.name for p in self.files() if p.name == "index.md"]
