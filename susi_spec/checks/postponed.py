"""A file whose shape is wrong: what the rules found on the rest, and the note (SP024)
saying which checks could not run yet, so that fixing the shape brings no second wave."""

from __future__ import annotations

from susi_spec.checks.rules import CHECK_RULES, CHECKS_POSTPONED, Finding
from susi_spec.loading.document import Document
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.boundary import FileModel
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import RESULTS_SCHEMA, FollowUp
from susi_spec.model.where import where
from susi_spec.problems import Span, Text


def postponed(
    document: Document,
    model: FileModel | None,
    aside: list[tuple[int | str, ...]],
    found: list[Finding],
    at: Span,
) -> list[Finding]:
    """A file whose shape is wrong: of the rules' findings on the rest (`found`), those
    outside the parts set aside, and a note saying how many checks could not run yet and why.

    One run then shows everything that can be known: fixing the shape errors reveals only
    what the note announced. A partial model is never kept (no site page, no local rules).
    """
    kind = _kind(document, model)
    rules = [rule for rule in CHECK_RULES if rule.applies_to == kind and rule.check]
    # A core element (any list item) is judged whole: its rules point at its id.
    areas = [_lines(document, _item(part)) for part in aside]
    # A rule may also point elsewhere at a key set aside ("Tilføj 'released: ...'").
    keys = tuple(f"'{part[-1]}{end}" for part in aside for end in (":", "'"))
    kept = [
        f
        for f in found
        if not any(low <= f.span.line <= high for low, high in areas)
        and not any(key in f.text.da for key in keys)
    ]
    if not isinstance(model, Spec):
        count = len(rules)  # no model: none of the rules could look at the file
    else:  # the rules that had something to say about a part set aside
        count = len({f.code for f in found} - {f.code for f in kept})
    named = [where(part, document.front) for part in aside]
    parts = Text(", ".join(f"'{n.da}'" for n in named), ", ".join(f"'{n.en}'" for n in named))
    many = "check" if count == 1 else "checks"
    if not aside:
        note = Text(
            f"{count} tjek kunne ikke køre endnu, fordi filens form er forkert. Ret fejlene "
            "ovenfor, og tjek igen.",
            f"{count} {many} could not run yet, because the file's shape is wrong. Fix the "
            "errors above and check again.",
        )
    else:
        counted = (f"{count} tjek af", f"{count} {many} of") if count else ("Tjek af", "Checks of")
        note = Text(
            f"{counted[0]} {parts.da} kunne ikke køre endnu, fordi formen er forkert der. Ret "
            "fejlene ovenfor, og tjek igen; resten af filen er tjekket.",
            f"{counted[1]} {parts.en} could not run yet, because the shape is wrong there. Fix "
            "the errors above and check again; the rest of the file was checked.",
        )
    return [*kept, Finding(at, note, CHECKS_POSTPONED.code)]


def _item(part: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """The list item a part lies in (`core_elements[0]`), or the part itself."""
    last = max((i for i, key in enumerate(part) if isinstance(key, int)), default=None)
    return part if last is None else part[: last + 1]


def _kind(document: Document, model: FileModel | None) -> str:
    """Which rules apply to the file: "spec", "local", "cycles" or "results" (a follow-up)."""
    schema = document.front.get("schema")
    if isinstance(model, LocalSpec) or schema == "susi-local/1":
        return "local"
    if isinstance(model, CycleRecord) or schema == "susi-cycles/1":
        return "cycles"
    if isinstance(model, FollowUp) or schema == RESULTS_SCHEMA:
        return "results"
    return "spec"


def _lines(document: Document, part: tuple[int | str, ...]) -> tuple[int, int]:
    """The file lines of a front-matter part: from its key to the last value under it."""
    offset = document.front_offset + 1
    starts = [
        line
        for table in (document.positions.keys, document.positions.values)
        for path, (line, _) in table.items()
        if tuple(path[: len(part)]) == part
    ]
    return (min(starts) + offset, max(starts) + offset) if starts else (0, -1)
