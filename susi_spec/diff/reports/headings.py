"""Report phrases shared by the renderers: headings, counts, FRAME entries, level moves."""

from __future__ import annotations

import datetime as dt

from susi_spec.diff.records import Change, FrameEntry, SpecDiff
from susi_spec.diff.reports.messages import Message
from susi_spec.diff.reports.terms import LEVEL_FIELDS, field_label, level_label
from susi_spec.labels import date_da
from susi_spec.model.types import FRAME_KINDS, RESULT_KINDS

WORDS: dict[str, dict[str, str]] = {
    "da": {
        "title": "Ændringer i «{title}»",
        "sides": "Indsatsbeskrivelse {spec}: fra {old} til {new}.",
        "none": "Ingen ændringer.",
        "change": "ændring",
        "changes": "ændringer",
        "directions": "Strammet: {tightened}, lempet: {loosened}.",
        "review_count": "Til gennemsyn: {count}.",
        "editorial": "Redaktionelle rettelser",
        "tightened": "Strammet",
        "loosened": "Lempet",
        "check": "Tjek",
        "note": "Note",
        "no_frame": "Versionen har ingen ændringsliste (changes).",
        "frame_reader": "Hvorfor versionen er ændret",
        "no_frame_reader": "Versionen siger ikke, hvad der er ændret og hvorfor.",
        "left_out_item": "{group} ({count})",
        "left_out_section": "{group}",
        "cut": "Rapporten er afkortet, fordi en kommentar højst må fylde {limit} tegn. "
        "Udeladt: {items}. Se hele rapporten med `susi diff --format html`.",
        "text": "teksten",
        "deleted": "slettet:",
        "inserted": "tilføjet:",
        "generated": "Lavet af susi-spec.",
    },
    "en": {
        "title": "Changes in «{title}»",
        "sides": "Intervention description {spec}: from {old} to {new}.",
        "none": "No changes.",
        "change": "change",
        "changes": "changes",
        "directions": "Tightened: {tightened}, loosened: {loosened}.",
        "review_count": "For review: {count}.",
        "editorial": "Editorial fixes",
        "tightened": "Tightened",
        "loosened": "Loosened",
        "check": "Check",
        "note": "Note",
        "no_frame": "The version has no list of changes (changes).",
        "frame_reader": "Why the version changed",
        "no_frame_reader": "The version does not say what changed and why.",
        "left_out_item": "{group} ({count})",
        "left_out_section": "{group}",
        "cut": "The report is cut short: a comment may hold at most {limit} characters. "
        "Left out: {items}. See the whole report with `susi diff --format html`.",
        "text": "the text",
        "deleted": "deleted:",
        "inserted": "inserted:",
        "generated": "Made by susi-spec.",
    },
}

_FRAME: dict[str, tuple[str, str]] = {
    "why": ("Hvorfor: {value}", "Why: {value}"),
    "decided_by": ("Besluttet af: {value}", "Decided by: {value}"),
    "planned": FRAME_KINDS[True],
    "reactive": FRAME_KINDS[False],
    "consistent": ("Tro mod modellen", "Consistent with the model's fidelity"),
    "inconsistent": ("Ikke tro mod modellen", "Not consistent with the model's fidelity"),
    "core_elements": ("Kerneelementer: {value}", "Core elements: {value}"),
    "cycle": ("læringscirkel {number}", "learning cycle {number}"),
    "decision": ("Beslutning ({seminar}): {value}", "Decision ({seminar}): {value}"),
    "finding": ("Fund ({source}): {value}", "Finding ({source}): {value}"),
}
_PHRASE_CHARS = 80


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "da"]


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def directed(change: Change, lang: str, diff: SpecDiff | None = None) -> Message:
    """What tightened or loosened: a level move (an element's, or an activity's in its
    element, titled from `diff`), or the swapped normative words."""
    if change.field in LEVEL_FIELDS:
        params = {
            "label": change.label or change.core_element or "",
            "old": level_label(str(change.old), lang),
            "new": level_label(str(change.new), lang),
        }
        if change.field == "core_elements/level":
            return Message("«{label}»: {old} → {new}", params)
        ref = diff.element(change.core_element or "") if diff else None
        params["element"] = ref.title if ref else change.core_element or ""
        template = (
            "«{element}», activity «{label}»: {old} → {new}",
            "«{element}», aktivitet «{label}»: {old} → {new}",
        )
        return Message(template[0] if lang == "en" else template[1], params)
    where = words(lang)["text"] if change.entity == "block" else field_label(change.field, lang)
    old, new = "", ""
    for before, after in zip(change.segments, change.segments[1:], strict=False):
        if before.op == "delete" and after.op == "insert":
            old, new = before.text.strip(), after.text.strip()
            break
    return Message(
        "«{label}», {where}: «{old}» → «{new}»",
        {
            "label": change.label or "",
            "where": where[:1].lower() + where[1:],
            "old": _short(old),
            "new": _short(new),
        },
    )


def subject(change: Change, diff: SpecDiff, lang: str) -> Message:
    """What a change is about, for the review list: the element, entry or field."""
    if change.core_element:
        ref = diff.element(change.core_element)
        return Message("«{label}»", {"label": ref.title if ref else change.core_element})
    if change.label:
        return Message("«{label}»", {"label": change.label})
    return Message("{field}", {"field": field_label(change.field, lang)})


def frame_details(
    entry: FrameEntry, lang: str, titles: dict[str, str] | None = None
) -> list[Message]:
    """The lines under a FRAME entry's `what`: why, who, planned, fidelity, elements
    (by their `titles` where given, else by id)."""
    out: list[Message] = []
    if entry.why:
        out.append(Message(_pick(_FRAME["why"], lang), {"value": entry.why}))
    if entry.decided_by:
        out.append(Message(_pick(_FRAME["decided_by"], lang), {"value": entry.decided_by}))
    flags = []
    if entry.planned is not None:
        flags.append(_pick(_FRAME["planned" if entry.planned else "reactive"], lang))
    if entry.fidelity_consistent is not None:
        key = "consistent" if entry.fidelity_consistent else "inconsistent"
        flags.append(_pick(_FRAME[key], lang))
    if flags:
        joined = ", ".join([flags[0], *(flag[:1].lower() + flag[1:] for flag in flags[1:])])
        out.append(Message(joined, {}))
    if entry.core_elements:
        value = ", ".join((titles or {}).get(e, e) for e in entry.core_elements)
        out.append(Message(_pick(_FRAME["core_elements"], lang), {"value": value}))
    out.extend(decision_lines(entry, lang))
    return out


def decision_lines(entry: FrameEntry, lang: str) -> list[Message]:
    """The seminar decisions behind an entry and the findings each rests on (diff/trace.py)."""
    out: list[Message] = []
    for decision in entry.decisions:
        day = dt.date.fromisoformat(decision.date) if decision.date else None
        when = (day.isoformat() if lang == "en" else date_da(day)) if day else ""
        where = decision.seminar or _pick(_FRAME["cycle"], lang).format(number=decision.cycle)
        seminar = ", ".join(part for part in (where, when) if part)
        params = {"seminar": seminar, "value": decision.text}
        out.append(Message(_pick(_FRAME["decision"], lang), params))
        for finding in decision.findings:
            source = [_pick(RESULT_KINDS[finding.kind], lang), ", ".join(finding.places)]
            source.append((finding.data or "").rstrip("."))
            params = {"source": "; ".join(part for part in source if part), "value": finding.text}
            out.append(Message(_pick(_FRAME["finding"], lang), params))
    return out


def _short(text: str) -> str:
    return text if len(text) <= _PHRASE_CHARS else text[: _PHRASE_CHARS - 1] + "…"
