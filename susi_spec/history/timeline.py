"""A spec's path from v0 to final: each release with what changed, and the maturity matrix.

`susi history` prints it; the site shows the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.diff import diff_specs
from susi_spec.diff.records import KINDS
from susi_spec.history.maturity import Matrix, maturity_matrix
from susi_spec.history.versions import SpecHistory, State
from susi_spec.labels import WORKING


@dataclass(frozen=True)
class Entry:
    """One version in the timeline (a release, or the working copy when it differs)."""

    label: str
    version: str
    date: str | None
    milestone: str | None
    commit: str | None
    tagged: bool
    status: str
    counts: dict[str, int] | None  # changes by kind since the previous entry; None for the first
    tightened: int = 0
    loosened: int = 0


@dataclass(frozen=True)
class Timeline:
    spec: str
    title: str
    entries: tuple[Entry, ...]
    matrix: Matrix


def build_timeline(history: SpecHistory) -> Timeline:
    """Every release, plus the working copy when it says something the last release does not."""
    sides: list[tuple[str, State, bool]] = [(r.label, r.state, r.tagged) for r in history.releases]
    working = history.working
    if working is not None and working.spec is not None:
        last = history.releases[-1].state if history.releases else None
        if last is None or not working.same_content(last):
            sides.append((WORKING, working, False))
    entries: list[Entry] = []
    previous: State | None = None
    for label, state, tagged in sides:
        spec = state.spec
        assert spec is not None
        counts: dict[str, int] | None = None
        tightened = loosened = 0
        if previous is not None and previous.spec is not None:
            diff = diff_specs(previous.spec, spec, previous.sections, state.sections)
            summary = diff.counts()
            counts = {kind: summary.kind.get(kind, 0) for kind in KINDS}
            tightened, loosened = summary.tightened, summary.loosened
        commit = state.revision.commit
        date = spec.released or (commit.date.date() if commit else None)
        entries.append(
            Entry(
                label=label,
                version=state.label,
                date=date.isoformat() if date else None,
                milestone=spec.milestone,
                commit=commit.sha if commit else None,
                tagged=tagged,
                status=spec.status,
                counts=counts,
                tightened=tightened,
                loosened=loosened,
            )
        )
        previous = state
    specs = [(label, state.spec) for label, state, _ in sides if state.spec is not None]
    latest = specs[-1][1] if specs else None
    return Timeline(
        spec=history.spec_id,
        title=latest.title if latest else history.spec_id,
        entries=tuple(entries),
        matrix=maturity_matrix(specs),
    )
