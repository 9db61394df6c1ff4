"""What each place must review when the common model has moved on from its `based_on`.

For every local implementation of a spec: the version it follows, the latest release, the
changes in the core elements between the two (the diff engine's records, nothing else), and
what the local rules would say if the place followed the latest release as it stands.
Shared by `susi local-review` and the site.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from susi_spec.checker import FileResult, check_document, display_path, run_rules, to_problems
from susi_spec.common_model import based_on_label, from_history
from susi_spec.compare import compare, open_history, release_side
from susi_spec.diff import DiffMeta, SpecDiff
from susi_spec.document import read_document
from susi_spec.model import LocalSpec
from susi_spec.problems import Problem, Severity
from susi_spec.rules import Context


@dataclass(frozen=True)
class PlaceReview:
    """One place's local implementation measured against the latest release."""

    path: str
    local: LocalSpec | None  # None when the file does not validate (see `problems`)
    latest: str | None  # the latest released version of the common model
    # Core-element changes from `based_on` to `latest`; None when there is nothing to review.
    diff: SpecDiff | None = None
    meta: DiffMeta | None = None
    # What the local rules say of the file if it followed `latest` as it stands.
    problems: tuple[Problem, ...] = ()

    @property
    def place(self) -> str:
        return self.local.place if self.local is not None else Path(self.path).stem

    @property
    def based_on(self) -> str | None:
        return based_on_label(self.local) if self.local is not None else None

    @property
    def due(self) -> bool:
        return self.diff is not None


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
    latest_label = common.latest[0] if common.latest is not None else None
    reviews = []
    for path in local_files(spec_path):
        if places and path.stem not in places:
            continue
        document = read_document(path, display_path(path))
        checked = check_document(document)
        model = checked.local
        if model is None:  # not readable or not valid: say what `susi check` says
            problems = tuple(to_problems([checked], severities or {}))
            reviews.append(PlaceReview(document.path, None, latest_label, problems=problems))
            continue
        review = PlaceReview(document.path, model, latest_label)
        newer = common.newer_release(based_on_label(model))
        if newer is not None and common.is_released(based_on_label(model)):
            old = release_side(history, based_on_label(model))
            new = release_side(history, newer[0])
            diff, meta = compare(old, new)
            moved = model.model_copy(update={"based_on": newer[1].version})
            context = Context(document, local=moved, common=common)
            result = FileResult(document.path, run_rules(context, "local"))
            review = replace(
                review,
                diff=core_element_changes(diff),
                meta=meta,
                problems=tuple(to_problems([result], severities or {})),
            )
        reviews.append(review)
    named = current or (common.latest[1] if common.latest is not None else None)
    title = named.title if named is not None else history.spec_id
    return LocalReview(history.spec_id, title, latest_label, tuple(reviews))


def core_element_changes(diff: SpecDiff) -> SpecDiff:
    """Only what changed in the core elements (their fields and their narrative)."""
    return replace(
        diff,
        changes=tuple(c for c in diff.changes if c.core_element is not None),
        frame=tuple(entry for entry in diff.frame if entry.core_elements),
    )
