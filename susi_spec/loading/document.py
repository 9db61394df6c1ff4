"""Split a spec file into front matter and body, and find the body's sections.

Every position is turned into a 1-based line and column of the real file here, once,
so that later stages never do arithmetic on offsets.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from susi_spec.loading.yamlload import PathKey, Positions, YamlIssue, load_yaml
from susi_spec.problems import Span

# A real spec is tens of kilobytes; anything this large is a mistake or an attack, and
# refusing it before reading keeps `susi check` fast on any input.
MAX_FILE_BYTES = 512 * 1024

_ANCHOR = re.compile(r"\s*\{#([^}\s]*)\}\s*$")
_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
# Tokens that make a section non-empty.
_CONTENT_TOKENS = frozenset(
    {
        "paragraph_open",
        "bullet_list_open",
        "ordered_list_open",
        "blockquote_open",
        "fence",
        "code_block",
        "html_block",
        "table_open",
    }
)


@dataclass(frozen=True)
class ReadIssue:
    """Why a file could not be read as a spec at all."""

    kind: str  # too-large | binary | not-utf8 | empty | no-front-matter | unclosed | not-mapping
    span: Span
    detail: str = ""


@dataclass(frozen=True)
class Section:
    """A heading with an `{#anchor}` and what lies under it."""

    anchor: str
    title: str
    level: int
    span: Span
    has_content: bool
    subsections: tuple[Section, ...] = ()
    # The Markdown under the heading, without the anchored subsections (they have their own).
    text: str = ""


@dataclass
class Document:
    """A spec file as read: front matter data with positions, body sections, read issues."""

    path: str
    front: Any = None
    positions: Positions = field(default_factory=Positions)
    sections: list[Section] = field(default_factory=list)
    read_issues: list[ReadIssue] = field(default_factory=list)
    yaml_issues: list[tuple[YamlIssue, Span]] = field(default_factory=list)
    front_offset: int = 1  # file line index (0-based) where the YAML text starts
    body_end_line: int = 1  # the last line of the file, where a missing section would go
    body: str = ""  # the Markdown after the front matter (a local file's page shows it whole)

    def span(self, path: PathKey, *, key: bool = False) -> Span:
        """The 1-based position in the file of a front-matter key or value."""
        line, column = self.positions.find(path, key=key)
        return Span(line + self.front_offset + 1, column + 1)

    def section(self, anchor: str) -> Section | None:
        for section in self.sections:
            if section.anchor == anchor:
                return section
        return None

    @property
    def ok(self) -> bool:
        return not self.read_issues and isinstance(self.front, dict)


def read_document(path: Path, display: str | None = None) -> Document:
    """Read a file from disk, refusing huge files before reading them."""
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Document(name, read_issues=[ReadIssue("too-large", Span(), str(size))])
        data = path.read_bytes()
    except OSError as error:
        return Document(name, read_issues=[ReadIssue("unreadable", Span(), error.strerror or "")])
    return parse_document(data, name)


def parse_document(data: bytes, path: str) -> Document:
    """Parse the bytes of a spec file; never raise on content."""
    if len(data) > MAX_FILE_BYTES:
        return Document(path, read_issues=[ReadIssue("too-large", Span(), str(len(data)))])
    if b"\x00" in data:
        return Document(path, read_issues=[ReadIssue("binary", _byte_span(data, data.index(0)))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        detail = f"0x{data[error.start]:02x}"
        span = _byte_span(data, error.start)
        return Document(path, read_issues=[ReadIssue("not-utf8", span, detail)])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Document(path, read_issues=[ReadIssue("empty", Span())])
    lines = text.split("\n")
    if not _FENCE.match(lines[0]) or lines[0].startswith("..."):
        return Document(path, read_issues=[ReadIssue("no-front-matter", Span())])
    end = next((i for i in range(1, len(lines)) if _FENCE.match(lines[i])), None)
    if end is None:
        return Document(path, read_issues=[ReadIssue("unclosed", Span())])
    # A final newline ends the last line; it does not start another one.
    last = len(lines) - 1 if lines[-1] == "" else len(lines)
    document = Document(path, body_end_line=last)
    loaded = load_yaml("\n".join(lines[1:end]))
    document.positions = loaded.positions
    document.yaml_issues = [
        (issue, Span(issue.line + 2, issue.column + 1)) for issue in loaded.issues
    ]
    if any(issue.kind in ("syntax", "too-complex") for issue in loaded.issues):
        return document
    if not isinstance(loaded.data, dict):
        kind = "empty" if loaded.data is None else type(loaded.data).__name__
        document.read_issues.append(ReadIssue("not-mapping", Span(2, 1), kind))
        return document
    document.front = loaded.data
    document.body = "\n".join(lines[end + 1 :])
    document.sections = find_sections(document.body, end + 1)
    return document


def find_sections(body: str, line_offset: int) -> list[Section]:
    """Find `## ... {#anchor}` sections and their `### ... {#anchor}` subsections."""
    # Block structure is all that is needed; inline parsing (links, emphasis) is skipped
    # because it costs time on hostile input (seconds for a long run of `[`).
    tokens = _block_parser().parse(body)
    body_lines = body.split("\n")
    headings: list[tuple[int, int, str, str, int]] = []  # token index, level, anchor, title, line
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        inline = tokens[index + 1].content
        match = _ANCHOR.search(inline)
        anchor = match.group(1) if match else ""
        title = inline[: match.start()] if match else inline
        headings.append((index, int(token.tag[1]), anchor, title.strip(), token.map[0]))

    def build(position: int) -> tuple[Section, int]:
        """The section at `position` and the body line where it ends."""
        index, level, anchor, title, line = headings[position]
        stop, end_line = len(tokens), len(body_lines)
        children: list[Section] = []
        for later in range(position + 1, len(headings)):
            if headings[later][1] <= level:
                stop, end_line = headings[later][0], headings[later][4]
                break
        own_lines = set(range(line + 1, end_line))
        for later in range(position + 1, len(headings)):
            if headings[later][0] >= stop:
                break
            if headings[later][1] == level + 1 and headings[later][2]:
                child, child_end = build(later)
                children.append(child)
                own_lines -= set(range(headings[later][4], child_end))
        own = sorted(own_lines)
        has_content = any(tok.type in _CONTENT_TOKENS for tok in tokens[index + 3 : stop])
        raw = body_lines[line] if line < len(body_lines) else ""
        column = raw.rfind("{#") + 1 if "{#" in raw else 1
        section = Section(
            anchor,
            title,
            level,
            Span(line + line_offset + 1, column),
            has_content,
            tuple(children),
            "\n".join(body_lines[i] for i in own).strip("\n"),
        )
        return section, end_line

    top = min((h[1] for h in headings), default=2)
    top = max(top, 2)
    return [build(i)[0] for i, heading in enumerate(headings) if heading[1] == top and heading[2]]


@functools.cache
def _block_parser() -> MarkdownIt:
    """One block-only Markdown parser for all files: building one costs about 0.3 ms."""
    return MarkdownIt("commonmark").disable("inline")


def _byte_span(data: bytes, offset: int) -> Span:
    line_start = data.rfind(b"\n", 0, offset) + 1
    prefix = data[line_start:offset].decode("utf-8", errors="replace")
    return Span(data.count(b"\n", 0, offset) + 1, len(prefix) + 1)
