"""The versions of one spec, from its file's git history: releases, states and the working copy.

FORMAT.md: the release of version N is the first commit where the file has `version: N`
and `status: released`; an annotated tag `<spec-id>/v<N>` (or `<spec-id>/final`) marks it
when present and wins. Each distinct blob is parsed once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from susi_spec.errors import SusiError
from susi_spec.history.git import Repository, Revision, blob_id
from susi_spec.labels import normalise_label, version_label, version_order
from susi_spec.loading.document import Document, Section, parse_document
from susi_spec.loading.gc_threshold import fewer_collections
from susi_spec.model import Spec
from susi_spec.model.boundary import validate
from susi_spec.problems import Text


@dataclass(frozen=True)
class State:
    """The spec as it was in one revision (or None where that revision did not validate)."""

    revision: Revision
    spec: Spec | None
    sections: tuple[Section, ...] = ()
    # The whole body, spacing aside, as a digest: what the sections do not hold (text before
    # the first section, a heading's own markup such as `> ## ...`) still counts as content.
    body: str = ""

    @property
    def label(self) -> str:
        if self.spec is None:
            return "?"
        return version_label(self.spec.version)

    def same_content(self, other: State) -> bool:
        """Whether both say the same: equal front matter and equal prose (spacing aside)."""
        if self.spec != other.spec:
            return False
        if self.body and other.body:
            return self.body == other.body
        return _body_key(self.sections) == _body_key(other.sections)


@dataclass(frozen=True)
class Release:
    """A released version: where it was released and what it said."""

    state: State
    tagged: bool = False

    @property
    def spec(self) -> Spec:
        assert self.state.spec is not None
        return self.state.spec

    @property
    def label(self) -> str:
        return self.state.label


@dataclass
class SpecHistory:
    """Every committed state of a spec file, its releases and its working copy."""

    spec_id: str
    path: str
    states: list[State] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)
    working: State | None = None

    def release(self, label: str) -> Release | None:
        wanted = normalise_label(label)
        return next((r for r in self.releases if r.label == wanted), None)


class HistoryLoader:
    """Builds SpecHistory objects from one git log, parsing each distinct blob once."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self._parsed: dict[str, Parsed] = {}

    def parse(self, blob: str, path: str, data: bytes | None = None) -> State:
        """The state of a blob, parsed once per distinct blob."""
        if blob not in self._parsed:
            raw = self.repo.read_blob(blob) if data is None else data
            self._parsed[blob] = parse_spec(raw, path)
        spec, sections, body = self._parsed[blob]
        return State(Revision(path, blob), spec, sections, body)

    def load(
        self, file: Path, revisions: list[Revision], working: Document | None = None
    ) -> SpecHistory:
        """The history of the spec file at `file`, from its revisions (see `FileLog`).

        `working`: the file as already parsed (by `susi check`), not to be parsed again.
        """
        path = self.repo.relative(file)
        history = SpecHistory(spec_id=file.parent.name, path=path)
        # Only this spec's parsed blobs are kept (its working copy, a tag's or a revision's
        # state asked for later): another spec's are never asked for again, and keeping
        # every spec's made loading many pay for the cycle collector walking them all.
        self._parsed.clear()
        with fewer_collections():
            # Read what is not parsed yet in one go: fewer round trips to git.
            unread = [r.blob for r in revisions if r.blob not in self._parsed]
            raw = self.repo.read_blobs(unread) if unread else {}
            for revision in revisions:
                parsed = self.parse(revision.blob, revision.path, raw.pop(revision.blob, None))
                history.states.append(State(revision, parsed.spec, parsed.sections, parsed.body))
            if file.is_file():
                data = file.read_bytes()
                blob = blob_id(data)
                if working is not None and blob not in self._parsed:
                    self._parsed[blob] = spec_parts(working)
                history.working = self.parse(blob, path, data)
        latest = history.working or (history.states[-1] if history.states else None)
        if latest is not None and latest.spec is not None:
            history.spec_id = latest.spec.id
        history.releases = self._releases(history)
        return history

    def _releases(self, history: SpecHistory) -> list[Release]:
        found: dict[str, Release] = {}
        for state in history.states:
            spec = state.spec
            if spec is not None and spec.status == "released" and state.label not in found:
                found[state.label] = Release(state)
        # A spec renamed since a release keeps the tags made under its former id.
        ids = dict.fromkeys(s.spec.id for s in history.states if s.spec is not None)
        for spec_id in (*ids, history.spec_id):
            prefix = f"{spec_id}/"
            for name, sha in self.repo.tags(prefix).items():
                label = normalise_label(name[len(prefix) :])
                tagged = self._state_at(history, sha)
                if tagged is not None and tagged.spec is not None and tagged.label == label:
                    found[label] = Release(tagged, tagged=True)
        return sorted(found.values(), key=lambda r: version_order(r.spec.version))

    def _state_at(self, history: SpecHistory, sha: str) -> State | None:
        # Usually the tag is on a commit that changed the file (`susi release` tags its own
        # commit): that revision is the state, with no git lookup.
        for state in history.states:
            commit = state.revision.commit
            if commit is not None and commit.sha == sha:
                return state
        for path in dict.fromkeys(s.revision.path for s in reversed(history.states)):
            blob = self.repo.blob_at(sha, path)
            if blob is not None:
                parsed = self.parse(blob, path)
                commit = self.repo.commit_info(sha)
                return State(
                    Revision(path, blob, commit), parsed.spec, parsed.sections, parsed.body
                )
        return None


class Parsed(NamedTuple):
    """What a state keeps of a parsed file: its model (None where it does not validate), its
    body sections and the digest of its body."""

    spec: Spec | None
    sections: tuple[Section, ...]
    body: str


def parse_spec(data: bytes, path: str) -> Parsed:
    """Parse bytes into a spec model and body sections; None where it does not validate."""
    return spec_parts(parse_document(data, path))


def spec_parts(document: Document) -> Parsed:
    """A parsed file's spec model and body sections; None where it does not validate."""
    if not document.ok:
        return Parsed(None, (), "")
    model, _ = validate(document)
    spec = model if isinstance(model, Spec) else None
    return Parsed(spec, tuple(document.sections), body_digest(document.body))


def body_digest(body: str) -> str:
    """The body with all spacing made one space, as a short stable digest (across processes)."""
    return hashlib.blake2b(" ".join(body.split()).encode(), digest_size=16).hexdigest()


def load_file(path: Path) -> State:
    """A spec file outside git, as a state (for `susi diff A.md B.md`)."""
    document: Document = parse_document(path.read_bytes(), str(path))
    if not document.ok:
        raise SusiError(
            Text(
                f"{path} kan ikke læses som en indsatsbeskrivelse. Kør 'susi check {path}'.",
                f"{path} cannot be read as a spec. Run 'susi check {path}'.",
            )
        )
    model, _ = validate(document)
    if not isinstance(model, Spec):
        raise SusiError(
            Text(
                f"{path} er ikke en gyldig indsatsbeskrivelse. Kør 'susi check {path}'.",
                f"{path} is not a valid spec. Run 'susi check {path}'.",
            )
        )
    revision = Revision(str(path), blob_id(path.read_bytes()))
    return State(revision, model, tuple(document.sections), body_digest(document.body))


def _body_key(sections: tuple[Section, ...]) -> tuple[object, ...]:
    return tuple(
        (s.anchor, s.title, " ".join(s.text.split()), _body_key(s.subsections)) for s in sections
    )
