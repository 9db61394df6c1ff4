"""Split a spec file into front matter and body, and find the body's sections.

Every position is turned into a 1-based line and column of the real file here, once,
so that later stages never do arithmetic on offsets.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from susi_spec.errors import reading
from susi_spec.loading.yamlload import PathKey, Positions, YamlIssue, load_yaml
from susi_spec.problems import Span

# A real spec is tens of kilobytes; anything this large is a mistake or an attack, and
# refusing it before reading keeps `susi check` fast on any input.
MAX_FILE_BYTES = 512 * 1024

# Line breaks for YAML 1.1 (libyaml) that no editor shows as one: a value holding one would
# move every later position, and the author cannot see it (FORMAT.md: UTF-8, LF or CRLF).
INVISIBLE_BREAKS = {"\x85": "NEL (U+0085)", "\u2028": "LS (U+2028)", "\u2029": "PS (U+2029)"}
_INVISIBLE = re.compile("[\x85\u2028\u2029]")
# A merge git could not finish leaves its markers in the file: the first one is reported,
# before any other check, since both versions' lines stand in the file side by side.
_CONFLICT = re.compile(r"^<{7}(?: |$)", re.MULTILINE)
# Byte-order marks of the encodings an editor may save in instead of UTF-8.
_OTHER_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)
_FILE_KINDS = (
    (stat.S_ISDIR, "folder"),
    (stat.S_ISFIFO, "fifo"),
    (stat.S_ISCHR, "device"),
    (stat.S_ISBLK, "device"),
    (stat.S_ISSOCK, "socket"),
)
# The lines around the front matter: `---` opens it; `---` or YAML's `...` closes it. One
# home for check and for the commands that edit the file, so both read the same file alike.
FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$")
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

    # too-large | binary | not-utf8 | other-encoding | empty | no-front-matter | unclosed |
    # not-mapping | unreadable | not-regular | merge-conflict
    kind: str
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
    body_line: int = 1  # the file line of the body's first line
    text: str = ""  # the whole file as read, for rules that look at every line (SP601)

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


class NotRegularFile(OSError):
    """The path is a folder, a FIFO, a device or a socket: not a file to read."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class FileTooLarge(OSError):
    """The file holds more bytes than the reader accepts."""

    def __init__(self, size: int) -> None:
        super().__init__(str(size))
        self.size = size


def read_regular_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; never blocks on a special file.

    The file is opened without blocking and its kind taken from the open descriptor, so a
    FIFO, a device (`/dev/zero`, also behind a symlink) or a folder is refused at once and
    cannot be swapped in between the check and the read.
    """
    _require_regular(os.stat(path).st_mode)  # a socket cannot even be opened
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        _require_regular(os.fstat(descriptor).st_mode)
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise FileTooLarge(max(len(data), os.stat(path).st_size))
    return data


def _require_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise NotRegularFile(next((name for test, name in _FILE_KINDS if test(mode)), "special"))


def read_document(path: Path, display: str | None = None) -> Document:
    """Read a file from disk, refusing huge and special files before reading them."""
    name = display or str(path)
    try:
        data = read_regular_file(path)
    except FileTooLarge as error:
        return Document(name, read_issues=[ReadIssue("too-large", Span(), str(error.size))])
    except NotRegularFile as error:
        return Document(name, read_issues=[ReadIssue("not-regular", Span(), error.kind)])
    except OSError as error:
        if error.errno == errno.ELOOP or (path.is_symlink() and not path.exists()):
            kind = "link-loop" if error.errno == errno.ELOOP else "dangling-link"
            return Document(name, read_issues=[ReadIssue("not-regular", Span(), kind)])
        return Document(name, read_issues=[ReadIssue("unreadable", Span(), error.strerror or "")])
    return parse_document(data, name)


def parse_document(data: bytes, path: str) -> Document:
    """Parse the bytes of a spec file; never raise on content (a bug names the file)."""
    with reading(path):
        return _parse_document(data, path)


def _parse_document(data: bytes, path: str) -> Document:
    if len(data) > MAX_FILE_BYTES:
        return Document(path, read_issues=[ReadIssue("too-large", Span(), str(len(data)))])
    encoding = _other_encoding(data)
    if encoding:
        return Document(path, read_issues=[ReadIssue("other-encoding", Span(), encoding)])
    if b"\x00" in data:
        return Document(path, read_issues=[ReadIssue("binary", _byte_span(data, data.index(0)))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        start = error.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)  # after the BOM
        detail = f"0x{data[start]:02x}"
        span = _byte_span(data, start)
        return Document(path, read_issues=[ReadIssue("not-utf8", span, detail)])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Document(path, read_issues=[ReadIssue("empty", Span())])
    lines = text.split("\n")
    conflict = _CONFLICT.search(text) if "<<<<<<<" in text else None
    if conflict is not None:
        line = text.count("\n", 0, conflict.start()) + 1
        return Document(path, read_issues=[ReadIssue("merge-conflict", Span(line, 1))])
    if not FENCE.match(lines[0]) or lines[0].startswith("..."):
        return Document(path, read_issues=[ReadIssue("no-front-matter", Span())])
    end = next((i for i in range(1, len(lines)) if FENCE.match(lines[i])), None)
    if end is None:
        return Document(path, read_issues=[ReadIssue("unclosed", Span())])
    # A final newline ends the last line; it does not start another one.
    last = len(lines) - 1 if lines[-1] == "" else len(lines)
    document = Document(path, body_end_line=last, text=text)
    yaml_text = "\n".join(lines[1:end])
    breaks = _invisible_breaks(lines[1:end]) if _INVISIBLE.search(yaml_text) else []
    if breaks:
        # Reported where the editor shows them, then read as spaces so that libyaml's line
        # numbers stay the editor's for everything after them.
        yaml_text = _INVISIBLE.sub(" ", yaml_text)
    loaded = load_yaml(yaml_text)
    document.positions = loaded.positions
    document.yaml_issues = [
        (issue, Span(issue.line + 2, issue.column + 1)) for issue in (*breaks, *loaded.issues)
    ]
    if any(issue.kind in ("syntax", "too-complex") for issue in loaded.issues):
        return document
    if not isinstance(loaded.data, dict):
        kind = "empty" if loaded.data is None else type(loaded.data).__name__
        document.read_issues.append(ReadIssue("not-mapping", Span(2, 1), kind))
        return document
    document.front = loaded.data
    document.body = "\n".join(lines[end + 1 :])
    document.body_line = end + 2
    document.sections = find_sections(document.body, end + 1)
    return document


def find_sections(body: str, line_offset: int) -> list[Section]:
    """Find `## ... {#anchor}` sections and their `### ... {#anchor}` subsections."""
    # Block structure is all that is needed; inline parsing (links, emphasis) is skipped
    # because it costs time on hostile input (seconds for a long run of `[`).
    tokens = _block_parser().parse(body)
    body_lines = body.split("\n")
    comments = _comment_lines(tokens)
    headings: list[tuple[int, int, str, str, int]] = []  # token index, level, anchor, title, line
    for index, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        inline = tokens[index + 1].content
        anchor, title = split_anchor(inline)
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
        own = sorted(own_lines - comments)
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


def split_anchor(heading: str) -> tuple[str, str]:
    """The `{#anchor}` that ends a heading, and the title before it (linear in its length).

    The attribute-list spellings Markdown tools also write, `{: #anchor}` and
    `{#anchor .class}`, name the same anchor (only the `#` word counts).
    """
    text = heading.rstrip()
    start = text.rfind("{")
    if start < 0 or not text.endswith("}"):
        return "", heading
    words = text[start + 1 : -1].removeprefix(":").split()
    if not words or not words[0].startswith("#") or "{" in text[start + 1 :]:
        return "", heading
    return words[0][1:], text[:start].rstrip()


def _other_encoding(data: bytes) -> str:
    """'UTF-16' or 'UTF-32' when the bytes are text in one of them, else ''."""
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            return name
    # Without a mark: text that reads as UTF-16 or UTF-32 and is nearly all printable (an
    # image or other binary file does not).
    for name, codecs, width in (
        ("UTF-32", ("utf-32-le", "utf-32-be"), 4),
        ("UTF-16", ("utf-16-le", "utf-16-be"), 2),
    ):
        sample = data[: 400 - 400 % width]
        # Latin text leaves half the bytes of UTF-16 NUL, three quarters of UTF-32.
        if len(sample) < 4 * width or sample.count(0) * 10 < len(sample) * (3 if width == 2 else 6):
            continue
        for codec in codecs:
            try:
                text = sample.decode(codec)
            except UnicodeDecodeError:
                continue
            if sum(c.isprintable() or c in "\r\n\t" for c in text) >= 0.95 * len(text):
                return name
    return ""


def _invisible_breaks(lines: list[str]) -> list[YamlIssue]:
    """An issue for each invisible line break in the YAML lines (0-based, as libyaml's)."""
    return [
        YamlIssue("invisible-break", number, match.start(), INVISIBLE_BREAKS[match.group()])
        for number, line in enumerate(lines)
        for match in _INVISIBLE.finditer(line)
    ]


def _comment_lines(tokens: list[Token]) -> set[int]:
    """The lines of HTML comment blocks (`<!-- ... -->`): notes to the author, not text."""
    lines: set[int] = set()
    for token in tokens:
        text = token.content.strip()
        # One whole comment; a block with text after its `-->` stays, text and all.
        whole = text.startswith("<!--") and text.endswith("-->")
        if token.type == "html_block" and token.map and whole:
            lines.update(range(*token.map))
    return lines


def without_comments(text: str) -> str:
    """Markdown without its HTML comment blocks, for a page that shows it whole."""
    if "<!--" not in text:
        return text
    lines = text.split("\n")
    comments = _comment_lines(_block_parser().parse(text))
    return "\n".join(line for number, line in enumerate(lines) if number not in comments)


@functools.cache
def _block_parser() -> MarkdownIt:
    """One block-only Markdown parser for all files: building one costs about 0.3 ms."""
    return MarkdownIt("commonmark").disable("inline")


def _byte_span(data: bytes, offset: int) -> Span:
    """The editor's line and column of a byte: CR, LF and CRLF end lines; a BOM is no column."""
    before = data[:offset]
    line = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
    line_start = max(before.rfind(b"\n"), before.rfind(b"\r")) + 1
    prefix = before[line_start:].removeprefix(b"\xef\xbb\xbf")
    return Span(line, len(prefix.decode("utf-8", errors="replace")) + 1)
