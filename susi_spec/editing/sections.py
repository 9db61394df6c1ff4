"""The body's sections as text: read one, or set it and leave every other line alone.

A section is what stands between its `## ... {#anchor}` heading and the next section's
heading (loading/document finds them, as `susi check` does), subsections included.
"""

from __future__ import annotations

from collections.abc import Sequence

from susi_spec.editing.edits import EditError
from susi_spec.editing.text import next_line, split_file
from susi_spec.loading.document import find_sections
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.problems import Text


def section_text(text: str, key: str) -> str | None:
    """The Markdown of section `key` as SetSection sets it (LF line ends, no blank lines
    around it), or None when the file has no such section."""
    body = text[split_file(text).body_start :]
    found = _regions(body).get(key)
    if found is None:
        return None
    return normalised(body[found[1] : found[2]])


def set_section(text: str, key: str, new: str) -> str:
    """`text` with section `key` holding `new`; a missing section is added in its place in
    BODY_SECTIONS order."""
    if key not in BODY_SECTIONS:
        raise EditError(
            Text(
                f"'{key}' er ikke et afsnit i en beskrivelse; vælg mellem "
                + ", ".join(BODY_SECTIONS)
                + ".",
                f"'{key}' is not a section of a description; choose from "
                + ", ".join(BODY_SECTIONS)
                + ".",
            )
        )
    lines = _lines(new)
    if _swallows("\n".join(lines)):
        title = BODY_SECTIONS[key][0]
        raise EditError(
            Text(
                f"Teksten i afsnittet '{title}' åbner en kodeblok (```) eller en HTML-blok, "
                "som ikke lukkes, så resten af filen ville blive en del af den. Luk den, "
                "fx med ``` på en linje for sig. Intet er ændret.",
                f"The text of the section '{title}' opens a code block (```) or an HTML block "
                "that is not closed, so the rest of the file would become part of it. Close "
                "it, e.g. with ``` on a line of its own. Nothing was changed.",
            )
        )
    start = split_file(text).body_start
    body = text[start:]
    eol = "\r\n" if "\r\n" in text else ("\r" if "\r" in text and "\n" not in text else "\n")
    regions = _regions(body)
    if key in regions:
        _, region_start, region_end = regions[key]
        region = body[region_start:region_end]
        if normalised(region) == "\n".join(lines):
            return text
        return (
            text[: start + region_start]
            + _rewritten(region, lines, eol)
            + text[start + region_end :]
        )
    heading = f"## {BODY_SECTIONS[key][0]} {{#{key}}}"
    later = list(BODY_SECTIONS)[list(BODY_SECTIONS).index(key) + 1 :]
    following = [regions[k][0] for k in later if k in regions]
    block = eol.join([heading, "", *lines]) + eol
    if following:
        at = start + min(following)
        return text[:at] + block + eol + text[at:]
    ending = "" if not body or body.endswith(("\n", "\r")) else eol
    return text + ending + eol + block


_PROBE = "susi-section-probe"


def _swallows(markdown: str) -> bool:
    """Whether `markdown` would take in a heading written after it (an unclosed fence or
    HTML block does), so a section set to it would swallow the sections that follow."""
    probe = f"{markdown}\n\n## Probe {{#{_PROBE}}}\n"
    return all(section.anchor != _PROBE for section in find_sections(probe, 0))


def body_without(body: str, keys: Sequence[str]) -> str:
    """The body with the named sections (heading and text) cut out, for comparing the rest."""
    regions = _regions(body)
    cuts = sorted((regions[k][0], regions[k][2]) for k in keys if k in regions)
    out: list[str] = []
    at = 0
    for start, end in cuts:
        out.append(body[at:start])
        at = end
    out.append(body[at:])
    return "".join(out).rstrip("\r\n")


def _regions(body: str) -> dict[str, tuple[int, int, int]]:
    """Each section's heading offset, and the offsets where its text starts and ends."""
    normal = body.replace("\r\n", "\n").replace("\r", "\n")
    sections = find_sections(normal, 0)
    starts = _line_starts(body)
    found: dict[str, tuple[int, int, int]] = {}
    for index, section in enumerate(sections):
        line = section.span.line - 1
        heading = starts[line]
        text_start = next_line(body, heading)
        following = sections[index + 1].span.line - 1 if index + 1 < len(sections) else None
        text_end = starts[following] if following is not None else len(body)
        found.setdefault(section.anchor, (heading, text_start, text_end))
    return found


def _line_starts(body: str) -> list[int]:
    starts = [0]
    at = 0
    while True:
        following = next_line(body, at)
        if following >= len(body) or following == at:
            break
        starts.append(following)
        at = following
    return starts


def _lines(text: str) -> list[str]:
    """Text as lines, without the blank lines around it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def normalised(text: str) -> str:
    """A section's text as section_text reads it back: LF line ends, no blank lines around."""
    return "\n".join(_lines(text))


def _rewritten(region: str, lines: list[str], eol: str) -> str:
    """The region with its text replaced and the blank lines around it kept."""
    raw = region.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ends_open = bool(region) and not region.endswith(("\n", "\r"))
    if raw and raw[-1] == "" and not ends_open:
        raw.pop()  # the empty string after the last line break
    lead = 0
    while lead < len(raw) and not raw[lead].strip():
        lead += 1
    trail = 0
    while trail < len(raw) - lead and not raw[len(raw) - 1 - trail].strip():
        trail += 1
    if lead == len(raw):  # an empty section: one blank line before and after the text
        before, after = [""], [""] if region else []
    else:
        before, after = raw[:lead], raw[len(raw) - trail :]
    if not lines:
        return eol.join(before) + eol if before else ""
    out = eol.join([*before, *lines, *after])
    return out if ends_open and not after else out + eol
