"""Body prose: sections aligned by anchor, then blocks in order, then words.

Anchors of core element subsections follow the core element matching, so the narrative
of a renamed element is compared with its own earlier narrative.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Literal

from susi_spec.diff.prose import Words, classify, diff_prose, diff_words
from susi_spec.diff.prose_blocks import blocks, pair_blocks, squash
from susi_spec.diff.records import Change
from susi_spec.loading.document import Section


def diff_body(
    old: Sequence[Section],
    new: Sequence[Section],
    renames: Mapping[str, str],
    elements: Set[str],
) -> list[Change]:
    """Compare the body sections; `renames` maps old core element ids to new, `elements`
    holds every core element id of both versions (anchors that name an element)."""
    return _sections("body", old, new, renames, elements)


def _sections(
    prefix: str,
    old: Sequence[Section],
    new: Sequence[Section],
    renames: Mapping[str, str],
    elements: Set[str],
) -> list[Change]:
    anchors = {section.anchor for section in new}
    out: list[Change] = []
    paired: dict[str, Section] = {}
    for section in old:
        anchor = renames.get(section.anchor, section.anchor)
        if anchor in anchors and anchor not in paired:
            paired[anchor] = section
        else:
            out.append(_whole("removed", prefix, section, elements))
    for section in new:
        earlier = paired.pop(section.anchor, None)
        if earlier is None:
            out.append(_whole("added", prefix, section, elements))
        else:
            out.extend(_pair(prefix, earlier, section, renames, elements))
    return out


def _whole(
    kind: Literal["added", "removed"], prefix: str, section: Section, elements: Set[str]
) -> Change:
    added = kind == "added"
    text = _full_text(section)
    return Change(
        kind,
        f"{prefix}/{section.anchor}",
        "section",
        "body",
        None if added else text,
        text if added else None,
        "minor",
        core_element=section.anchor if section.anchor in elements else None,
        label=section.title,
    )


def _full_text(section: Section) -> str:
    parts = [section.text]
    parts.extend(f"{child.title}\n\n{_full_text(child)}" for child in section.subsections)
    return "\n\n".join(part for part in parts if part.strip())


def _pair(
    prefix: str,
    old: Section,
    new: Section,
    renames: Mapping[str, str],
    elements: Set[str],
) -> list[Change]:
    path = f"{prefix}/{new.anchor}"
    element = new.anchor if new.anchor in elements else None
    out: list[Change] = []
    edits: list[Change] = []
    # Equal text, the usual case: every block is itself, unchanged.
    if old.text != new.text:
        edits, rewrapped = _blocks(path, old.text, new.text, element, new.title)
        if rewrapped:
            # One record per section: re-wrapping touches many lines but changes no word.
            out.append(
                Change(
                    "modified",
                    path,
                    "section",
                    "body",
                    None,
                    None,
                    "editorial",
                    core_element=element,
                    label=new.title,
                    notes=("whitespace",),
                )
            )
    if old.title != new.title and squash(old.title) != squash(new.title):
        prose = diff_prose(old.title, new.title)
        out.append(
            Change(
                "modified",
                f"{path}/title",
                "section",
                "body/title",
                old.title,
                new.title,
                prose.severity if prose else "editorial",
                core_element=element,
                label=new.title,
                segments=prose.segments if prose else (),
            )
        )
    out.extend(edits)
    out.extend(_sections(path, old.subsections, new.subsections, renames, elements))
    return out


def _blocks(
    path: str, old: str, new: str, element: str | None, title: str
) -> tuple[list[Change], bool]:
    """The blocks of a section's own text, paired: added, removed and reworded ones, and
    whether some were only re-wrapped."""
    old_blocks, new_blocks = blocks(old), blocks(new)
    out: list[Change] = []
    rewrapped = False
    for i, j in pair_blocks(old_blocks, new_blocks):
        if j is None:
            assert i is not None
            change = Change(
                "removed",
                f"{path}/{i + 1}",
                "block",
                "body",
                old=old_blocks[i],
                core_element=element,
                label=title,
            )
        elif i is None:
            change = Change(
                "added",
                f"{path}/{j + 1}",
                "block",
                "body",
                new=new_blocks[j],
                core_element=element,
                label=title,
            )
        else:
            a, b = old_blocks[i], new_blocks[j]
            if a == b:
                continue
            if squash(a) == squash(b):
                rewrapped = True
                continue
            prose = classify(a, b, Words(diff_words, a, b))
            if prose is None:
                continue
            change = Change(
                "modified",
                f"{path}/{j + 1}",
                "block",
                "body",
                a,
                b,
                prose.severity,
                direction=prose.direction,
                core_element=element,
                label=title,
                segments=prose.segments,
                notes=prose.notes,
            )
        out.append(change)
    return out, rewrapped
