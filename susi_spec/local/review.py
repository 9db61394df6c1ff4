"""What each place must review when the common model has moved on from its `based_on`.

For every local implementation of a spec: the version it follows, the latest release, the
changes in the core elements between the two (the diff engine's records, nothing else), and
what the local rules would say if the place followed the latest release as it stands.
Shared by `susi local-review` and the site (which passes the history it has read already,
or none outside git).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from susi_spec.checks.checker import (
    FileResult,
    check_document,
    display_path,
    run_rules,
    to_problems,
)
from susi_spec.checks.rules import Context
from susi_spec.diff import DiffMeta, SpecDiff
from susi_spec.history.common_model import CommonModel, based_on_label, from_history
from susi_spec.history.compare import compare, open_history, release_side
from susi_spec.history.versions import SpecHistory
from susi_spec.loading.document import read_document
from susi_spec.local.follow_ups import read_follow_ups
from susi_spec.local.signals import Signal, place_signals
from susi_spec.model import LocalSpec
from susi_spec.problems import Problem, Severity


@dataclass(frozen=True)
class PlaceReview:
    """One place's local implementation measured against the latest release."""

    path: str
    local: LocalSpec | None  # None when the file does not validate (see `problems`)
    latest: str | None  # the latest released version of the common model
    # Whether the common model has released a version newer than `based_on`.
    due: bool = False
    # Whether `based_on` names no release at all (SP302): nothing to compare, but to fix.
    unreleased: bool = False
    # Core-element changes from `based_on` to `latest`; None when not due, or without git
    # history (the content of `based_on` is not known then).
    diff: SpecDiff | None = None
    meta: DiffMeta | None = None
    # What the local rules say of the file if it followed `latest` as it stands.
    problems: tuple[Problem, ...] = ()
    body: str = ""  # the file's Markdown after the front matter
    # What its follow-ups call for: a rule's criteria not done, a cycle without a follow-up.
    signals: tuple[Signal, ...] = ()

    @property
    def place(self) -> str:
        return self.local.place if self.local is not None else Path(self.path).stem

    @property
    def to_review(self) -> bool:
        """Whether anything calls for a review: a newer release, or the follow-ups' signals.

        One answer for the report's summary line and `--exit-code`, so that the line never
        says "nothing to review" above a signal.
        """
        return self.due or bool(self.signals)

    @property
    def based_on(self) -> str | None:
        return based_on_label(self.local) if self.local is not None else None


@dataclass(frozen=True)
class LocalReview:
    """Every place's review for one spec."""

    spec: str
    title: str
    latest: str | None  # the latest released version of the common model
    places: tuple[PlaceReview, ...]


def local_files(spec_path: Path) -> list[Path]:
    """The local implementations of the spec at `spec_path` (its `local/*.md`)."""
    return sorted((spec_path.parent / "local").glob("*.md"))


def review_places(
    spec_path: Path,
    places: Sequence[str] = (),
    severities: dict[str, Severity] | None = None,
) -> LocalReview:
    """Review every local implementation of a spec (or only `places`) against git history."""
    _, history = open_history(spec_path)
    current = history.working.spec if history.working is not None else None
    common = from_history(history, current)
    files = [path for path in local_files(spec_path) if not places or path.stem in places]
    reviews = tuple(review_place(path, common, history, severities) for path in files)
    named = current or (common.latest[1] if common.latest is not None else None)
    title = named.title if named is not None else history.spec_id
    return LocalReview(history.spec_id, title, common.latest_label, reviews)


def review_place(
    path: Path,
    common: CommonModel,
    history: SpecHistory | None,
    severities: dict[str, Severity] | None = None,
    checked: FileResult | None = None,
) -> PlaceReview:
    """Review one local file against `common`; what changed needs the spec's git `history`.

    `checked`: the file as `check_paths` read and checked it (the site), not read again.
    """
    if checked is None or (checked.local is not None and checked.document is None):
        checked = check_document(read_document(path, display_path(path)))
    model, document = checked.local, checked.document
    latest = common.latest_label
    if model is None or document is None:  # not readable or not valid: as `susi check` says
        problems = tuple(to_problems([checked], severities or {}))
        return PlaceReview(checked.path, None, latest, problems=problems)
    review = PlaceReview(
        document.path, model, latest, body=document.body, signals=_signals(path, model, common)
    )
    label = based_on_label(model)
    if latest is not None and not common.is_released(label):
        # What check says of it (SP302 and the rest), not "up to date".
        context = Context(document, local=model, common=common)
        result = FileResult(document.path, run_rules(context, "local"))
        problems = tuple(to_problems([result], severities or {}))
        return replace(review, unreleased=True, problems=problems)
    newer = common.due_release(label)
    if newer is None:
        return review
    moved = model.model_copy(update={"based_on": newer[1].version})
    context = Context(document, local=moved, common=common)
    result = FileResult(document.path, run_rules(context, "local"))
    review = replace(review, due=True, problems=tuple(to_problems([result], severities or {})))
    if history is None:
        return review
    diff, meta = compare(release_side(history, label), release_side(history, newer[0]))
    return replace(review, diff=core_element_changes(diff), meta=meta)


def _signals(path: Path, local: LocalSpec, common: CommonModel) -> tuple[Signal, ...]:
    """The review signals of the place's follow-ups (`local/<place>/opfoelgning/`)."""
    follow_ups = read_follow_ups(path.parent.parent / "index.md", local.place)
    releases = [(label, spec.released) for label, spec in common.releases]
    return tuple(place_signals(local, follow_ups, releases, dict(common.releases)))


def core_element_changes(diff: SpecDiff) -> SpecDiff:
    """Only what changed in the core elements (their fields and their narrative)."""
    return replace(
        diff,
        changes=tuple(c for c in diff.changes if c.core_element is not None),
        frame=tuple(entry for entry in diff.frame if entry.core_elements),
    )
