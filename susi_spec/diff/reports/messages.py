"""One sentence per change, in Danish or English, with its untrusted parts kept apart.

A `Message` is a trusted template plus parameters taken from the specs; each renderer
escapes the parameters its own way (Markdown, HTML, terminal) before filling them in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from susi_spec.diff.records import Change, Segment
from susi_spec.diff.reports.phrases import (
    DECLARED,
    ITEM_LONG,
    LONG,
    NAMED,
    NOTES,
    OWN_GROUP,
    SPECIAL,
    TEMPLATES,
)
from susi_spec.diff.reports.terms import LEVEL_FIELDS, field_label, level_label, show
from susi_spec.model.types import CRITERION_ORDER

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
# A value longer than this, or with a line break, is shown below the sentence.
INLINE_CHARS = 160
# Words of unchanged text kept on each side of an edit when a long text is shown.
CONTEXT_WORDS = 12


@dataclass(frozen=True)
class Message:
    """A sentence: `template` is ours, `params` come from the specs and must be escaped."""

    template: str
    params: Mapping[str, str]

    def format(self, escape: Callable[[str], str]) -> str:
        return self.template.format(**{key: escape(value) for key, value in self.params.items()})


@dataclass(frozen=True)
class Described:
    """A change in words: the sentence, and the text or word diff to show under it."""

    message: Message
    segments: tuple[Segment, ...] = ()


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def describe(change: Change, lang: str = "da") -> Described:
    """The sentence for a change, and the words to show under it."""
    params = {
        "label": change.label or "",
        "field": field_label(change.field, lang),
        "old": show(change.field, change.old, lang),
        "new": show(change.field, change.new, lang),
    }
    whole = change.new if change.kind == "added" else change.old
    if isinstance(whole, Mapping):
        params["level"] = level_label(str(whole.get("level", "")), lang)
        # A node's kind or a competency's: each in the words of its own field.
        kind_field = (
            "competencies/kind" if change.entity == "competency" else "theory_of_change/nodes/kind"
        )
        params["kind"] = show(kind_field, whole.get("kind"), lang)
        params["role"] = show("contributors/role", whole.get("role"), lang)
    value = whole if isinstance(whole, str) else None
    params["value"] = show(change.field, value, lang) if value else ""
    pair, segments = _template(change, value)
    template = _pick(pair, lang)
    if change.kind == "renamed" and change.certainty == "declared":
        template += _pick(DECLARED, lang)
    if change.field.startswith(NAMED) and change.label:
        # A field of a node, competency, material or contributor: name the entry first.
        params["field"] = params["field"][:1].lower() + params["field"][1:]
        template = "«{label}», " + template
    elif change.entity == "item" and change.field in OWN_GROUP:
        # Risks and legal basis are their own group: the heading already names the field.
        template = template.removeprefix("{field}, ")
        template = template[:1].upper() + template[1:]
    return Described(Message(template, params), segments)


def _template(change: Change, value: str | None) -> tuple[tuple[str, str], tuple[Segment, ...]]:
    """Choose the sentence and the text to show under it."""
    segments, kind = tuple(change.segments), change.kind
    if change.field == "core_elements/activities/level" and change.kind in ("added", "removed"):
        return SPECIAL[f"activity-level-{change.kind}"], ()
    if change.direction and change.field in LEVEL_FIELDS:
        activity = change.field != "core_elements/level"
        return SPECIAL[f"activity-{change.direction}" if activity else change.direction], ()
    if change.field == "evidence_profile/status" and kind == "modified":
        up = CRITERION_ORDER[str(change.new)] > CRITERION_ORDER[str(change.old)]
        return SPECIAL["strengthened" if up else "weakened"], ()
    if "whitespace" in change.notes and not segments:
        return SPECIAL["element-whitespace" if change.core_element else "whitespace"], ()
    if change.field == "body/title":
        return SPECIAL["element-heading" if change.core_element else "heading"], ()
    if _replaced(change):
        return SPECIAL["item-replaced" if change.entity == "item" else "replaced"], ()
    if segments or (value is not None and _long(value, change)):
        if not segments and value is not None:
            segments = as_segments(value, "insert" if kind == "added" else "delete")
        if change.entity in ("block", "section"):
            entity = f"element-{change.entity}" if change.core_element else change.entity
            return TEMPLATES[entity, kind], segments
        return (ITEM_LONG if change.entity == "item" else LONG)[kind], segments
    return TEMPLATES.get((change.entity, kind), LONG.get(kind, LONG["modified"])), segments


def _replaced(change: Change) -> bool:
    """A short one-line value replaced whole: 'old → new' reads better than a word diff."""
    old, new = change.old, change.new
    return (
        change.kind == "modified"
        and change.entity in ("field", "item")
        and isinstance(old, str)
        and isinstance(new, str)
        and not _long(old, change)
        and not _long(new, change)
        and bool(change.segments)
        and not any(s.op == "equal" and s.text.strip() for s in change.segments)
    )


def _long(value: str, change: Change) -> bool:
    return change.entity in ("block", "section") or len(value) > INLINE_CHARS or "\n" in value


def as_segments(text: str, op: str) -> tuple[Segment, ...]:
    """A whole text as one inserted or deleted run per paragraph."""
    out: list[Segment] = []
    for paragraph in _PARAGRAPHS.split(text.strip()):
        if out:
            out.append(Segment("equal", "\n\n"))
        out.append(Segment("insert" if op == "insert" else "delete", " ".join(paragraph.split())))
    return tuple(out)


def note_text(note: str, change: Change, lang: str) -> Message:
    """Why a change is editorial or needs review, as a message."""
    params = {
        "score": str(round((change.score or 0) * 100)),
        "candidates": ", ".join(change.candidates),
    }
    return Message(_pick(NOTES[note], lang), params)


def paragraphs(segments: Sequence[Segment]) -> list[list[Segment]]:
    """Split segments at paragraph breaks (equal "\\n\\n" runs); none spans one."""
    out: list[list[Segment]] = [[]]
    for segment in segments:
        if segment.op == "equal" and segment.text == "\n\n":
            out.append([])
        else:
            out[-1].append(segment)
    return [paragraph for paragraph in out if paragraph]


def clip(paragraph: Sequence[Segment], context: int = CONTEXT_WORDS) -> list[Segment]:
    """Shorten long unchanged runs to `context` words on the side of each edit."""
    if all(segment.op == "equal" for segment in paragraph):
        return list(paragraph)
    out: list[Segment] = []
    last = len(paragraph) - 1
    for index, segment in enumerate(paragraph):
        words = segment.text.split(" ")
        if segment.op != "equal" or len(words) <= 2 * context + 1:
            out.append(segment)
            continue
        # Spaces at either end are kept: they separate the run from the edits beside it.
        head = " ".join(words[:context])
        tail = " ".join(words[-context:])
        if index == 0:
            text = f"… {tail}"
        elif index == last:
            text = f"{head} …"
        else:
            text = f"{head} … {tail}"
        out.append(Segment("equal", text))
    return out
