"""How a place carries out each core element, and the marks the site shows for it.

Shared by a place's page and the table across places on the spec page, so that the two
cannot disagree. The marks follow FORMAT.md ("Local implementations"), judged against the
version the place follows, as the check judges it: a deviation from a principle is noted,
from a guideline it is for review, from a rule it is not allowed; a choice outside a
guideline's options is for review; a core element without a `how` is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from susi_spec.history.common_model import chosen_text, is_offered
from susi_spec.model import Adaptation, CoreElement
from susi_spec.render.html import esc, tag, text_tag
from susi_spec.render.model import LocalView, SpecRecord
from susi_spec.render.site_terms import DEVIATIONS

SHORT_CHARS = 160  # a `how` in a table cell, cut at a word
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9])")


@dataclass(frozen=True)
class Carried:
    """One core element and the place's adaptation of it (None: the file has none)."""

    element: CoreElement  # as in the version the place follows, when that is known
    adaptation: Adaptation | None
    new: bool = False  # not in the version the place follows: nothing to ask of it yet

    @property
    def missing(self) -> bool:
        return not self.new and not (self.adaptation and (self.adaptation.how or "").strip())


def followed_elements(view: LocalView) -> list[Carried]:
    """Each core element of the version the place follows, with the place's adaptation."""
    if view.followed is None:
        return []
    by_id: dict[str, Adaptation] = {}
    for adaptation in view.local.adaptations:
        by_id.setdefault(adaptation.core_element, adaptation)  # a second one is an error
    return [Carried(e, by_id.get(e.id)) for e in view.followed.core_elements]


def unmatched(view: LocalView) -> list[Adaptation]:
    """Adaptations that name no core element of the followed version (all, when unknown)."""
    known = {e.id for e in view.followed.core_elements} if view.followed is not None else set()
    return [a for a in view.local.adaptations if a.core_element not in known]


def carried(view: LocalView, element: CoreElement) -> Carried:
    """How the place carries out `element` of the current model, found by its id or old ids."""
    ids = {element.id, *element.previous_ids}
    adaptation = next((a for a in view.local.adaptations if a.core_element in ids), None)
    if view.followed is None:
        return Carried(element, adaptation)
    old = next((e for e in view.followed.core_elements if e.id in ids), None)
    if old is None:
        return Carried(element, adaptation, new=True)
    return Carried(old, adaptation)


def changed_ids(view: LocalView) -> set[str]:
    """The core elements that changed between the followed version and the latest release."""
    if view.changes is None:
        return set()
    return {change.core_element for change in view.changes.changes if change.core_element}


def changed_mark(latest: str) -> str:
    return mark(f"Ændret i {latest}", "changed", "Den fælles model har ændret kerneelementet.")


def local_count(record: SpecRecord) -> str:
    """`2 kommuner`: how many places have a local implementation; "" for none."""
    count = len(record.locals)
    return f"{count} kommune{'r' if count != 1 else ''}" if count else ""


def mark(text: str, kind: str, hint: str = "") -> str:
    """A small labelled mark, readable without its colour."""
    return text_tag(
        "span", text, f"susi-mark susi-mark--{kind}", **({"title": hint} if hint else {})
    )


def deviation_mark(level: str) -> str:
    word, hint = DEVIATIONS[level]
    return mark(f"Afvigelse: {word}", f"deviation-{level}", hint)


def missing_mark() -> str:
    return mark("Ikke beskrevet", "missing", "Udmøntningen siger ikke, hvordan det udføres.")


def due_mark(latest: str) -> str:
    return mark("Skal gennemgås", "due", f"Den fælles model er frigivet i {latest}.")


def choice_items(element: CoreElement, choices: list[str]) -> str:
    """The place's choices as list items; one outside the guideline's options is marked."""
    items = []
    for choice in choices:
        outside = "guideline" not in element.levels or not is_offered(element, choice)
        flag = " " + mark("uden for mulighederne: til gennemsyn", "outside") if outside else ""
        items.append(f"<li>{esc(chosen_text(element, choice))}{flag}</li>")
    return "".join(items)


def shorten(text: str, limit: int = SHORT_CHARS) -> str:
    """The first sentence of `text`, at most `limit` characters; "…" where text is left out."""
    text = " ".join(text.split())
    # A sentence ends before a capital letter: "pr. sag" and "fx ICS" go on.
    first, *rest = _SENTENCE_END.split(text, maxsplit=1)
    if len(first) > limit:
        return first[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + " …"
    return f"{first} …" if rest else first


def deviation_block(level: str | None, text: str, activity: str | None = None) -> str:
    """A deviation in full: what the place does otherwise (from the whole element, or from
    one `activity`), and what the mark means."""
    heading = f"Afvigelse fra «{activity}»" if activity else "Afvigelse"
    body = text_tag("h4", heading) + text_tag("p", text)
    if level:
        body += text_tag("p", DEVIATIONS[level][1], "susi-hint")
    kind = f" susi-deviation--{level}" if level else ""
    return tag("div", body, f"susi-deviation{kind}")


def activity_deviations(
    element: CoreElement | None, adaptation: Adaptation
) -> list[tuple[str | None, str, str]]:
    """Each departure from one activity: the level it is judged by (None when the element
    lacks the activity), the activity's text, and the departure."""
    out: list[tuple[str | None, str, str]] = []
    for written in adaptation.activity_deviations:
        step = element.step(written.activity) if element is not None else None
        if step is None:
            out.append((None, written.activity, written.deviation))
        else:
            out.append((step.level, step.text, written.deviation))
    return out


def deviation_marks(element: CoreElement, adaptation: Adaptation) -> str:
    """A mark per level departed from: the element's own `deviation`, then its activities'."""
    levels: list[str] = [element.level] if adaptation.deviation else []
    levels += [level for level, _, _ in activity_deviations(element, adaptation) if level]
    return "".join(deviation_mark(level) for level in dict.fromkeys(levels))
