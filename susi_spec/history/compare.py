"""Pick the two sides of a comparison (a release, a git revision, the working copy, a file)
and describe them for the reports. Shared by `susi diff`, `susi history` and the site."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from susi_spec.diff import DiffMeta, Endpoint, SpecDiff, diff_specs
from susi_spec.errors import InvalidSpec, SusiError
from susi_spec.history.git import Repository, Revision
from susi_spec.history.versions import HistoryLoader, SpecHistory, State
from susi_spec.labels import WORKING, normalise_label
from susi_spec.problems import Text

_RELEASE = re.compile(r"^(?:[vV]?\d+|final)$")


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a state and how to name it."""

    state: State
    endpoint: Endpoint


def open_history(path: Path) -> tuple[HistoryLoader, SpecHistory]:
    """The git history of the spec at `path` (exit 2 without git or with a shallow clone)."""
    repo = Repository(path.parent)
    repo.require_full_history()
    relative = repo.relative(path)
    loader = HistoryLoader(repo)
    return loader, loader.load(path, repo.specs_log([path]).revisions(relative))


def _known(history: SpecHistory) -> Text:
    """The released versions, listed for a message."""
    listed = ", ".join(r.label for r in history.releases)
    return Text(listed or "ingen endnu", listed or "none yet")


def release_side(history: SpecHistory, label: str) -> Side:
    release = history.release(label)
    if release is None:
        known = _known(history)
        raise SusiError(
            Text(
                f"{history.spec_id} har ingen frigivet version '{label}'. Frigivne versioner: "
                f"{known.da}. 'susi history {history.spec_id}' viser dem.",
                f"{history.spec_id} has no released version '{label}'. Released versions: "
                f"{known.en}. 'susi history {history.spec_id}' shows them.",
            )
        )
    commit = release.state.revision.commit
    date = release.spec.released or (commit.date.date() if commit else None)
    return Side(
        release.state,
        Endpoint(
            version=release.label,
            commit=commit.sha if commit else None,
            date=date.isoformat() if date else None,
            label=release.label,
        ),
    )


def working_side(history: SpecHistory) -> Side:
    state = history.working
    if state is None or state.spec is None:
        raise SusiError(
            Text(
                f"Arbejdskopien af {history.path} er ikke gyldig. Kør 'susi check {history.path}'.",
                f"The working copy of {history.path} is not valid. Run 'susi check {history.path}'.",
            )
        )
    return Side(state, Endpoint(version=state.label, label=WORKING))


def resolve_side(loader: HistoryLoader, history: SpecHistory, ref: str) -> Side:
    """`v1`, `1`, `final`, `arbejdskopi`/`working`, or any git revision."""
    if ref.lower() in (WORKING, "working", "worktree"):
        return working_side(history)
    if _RELEASE.match(ref):
        return release_side(history, normalise_label(ref))
    repo: Repository = loader.repo
    sha = repo.resolve(ref)
    paths = dict.fromkeys(s.revision.path for s in reversed(history.states)) or {history.path: 0}
    blob = next((b for b in (repo.blob_at(sha, p) for p in paths) if b), None) if sha else None
    if sha is None or blob is None:
        known = _known(history)
        raise SusiError(
            Text(
                f"'{ref}' er hverken en frigivet version ({known.da}) eller en git-revision, hvor "
                f"{history.path} findes. 'susi history {history.spec_id}' viser versionerne.",
                f"'{ref}' is neither a released version ({known.en}) nor a git revision where "
                f"{history.path} exists. 'susi history {history.spec_id}' shows the versions.",
            )
        )
    parsed = loader.parse(blob, history.path)
    if parsed.spec is None:
        raise InvalidSpec(
            Text(
                f"{history.path} er ikke gyldig i {ref}; den kan ikke sammenlignes.",
                f"{history.path} is not valid in {ref}; it cannot be compared.",
            ),
            history.path,
            repo.read_blob(blob),
        )
    commit = repo.commit_info(sha)
    state = State(Revision(history.path, blob, commit), parsed.spec, parsed.sections, parsed.body)
    endpoint = Endpoint(
        version=state.label, commit=sha, date=commit.date.date().isoformat(), label=ref
    )
    return Side(state, endpoint)


def file_side(path: Path) -> Side:
    from susi_spec.history.versions import load_file

    state = load_file(path)
    return Side(state, Endpoint(version=state.label, label=str(path)))


def compare(old: Side, new: Side) -> tuple[SpecDiff, DiffMeta]:
    """The diff of two sides and the metadata the renderers print."""
    assert old.state.spec is not None and new.state.spec is not None
    diff = diff_specs(old.state.spec, new.state.spec, old.state.sections, new.state.sections)
    meta = DiffMeta(new.state.spec.id, new.state.spec.title, old.endpoint, new.endpoint)
    return diff, meta
