"""A standalone HTML page: inline CSS, no scripts, no external requests.

Every piece of text from a spec is untrusted and goes through `html.escape`; the only
markup is ours, and the emphasis, code and safe links of the prose (`inline_html`). Deleted and inserted words carry hidden words for screen readers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from susi_spec.diff.records import DiffMeta, Segment, SpecDiff
from susi_spec.diff.reports.headings import words
from susi_spec.diff.reports.inline import inline_html
from susi_spec.diff.reports.outline import Subgroup
from susi_spec.diff.reports.walk import FrameLine, Item, ReviewLine, Writer, walk
from susi_spec.labels import date_da

_ISO_DATE = re.compile(r"\b\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b")
_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;margin-top:2rem}
h3{font-size:1.1rem}code{background:#f3f3f3;padding:0 .2em}
ul.changes{list-style:none;padding-left:0}ul.changes>li{margin:.6rem 0}
.sev{display:inline-block;min-width:6.5rem;font-weight:600;font-size:.85rem}
.major{color:#9a1b1b}.minor{color:#6b4e00}.editorial{color:#555}
.dir{font-weight:600;margin-left:.4em}.note{font-style:italic;color:#444}
.check{font-style:italic;color:#9a1b1b}
blockquote{margin:.3rem 0 .3rem 1.5rem;padding-left:.8rem;border-left:3px solid #ddd}
del{background:#fde2e2;color:#7a0000}ins{background:#dcf5dc;color:#004d00;text-decoration:none}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
footer{margin-top:3rem;color:#666;font-size:.85rem}
@media print{details{display:block}details>*{display:block}}
"""


@dataclass(frozen=True)
class Section:
    """A report section: its heading as text, and the HTML that follows the heading."""

    title: str
    html: str


@dataclass(frozen=True)
class HtmlReport:
    """The report's parts, for a page of its own or a section of the site's changes page."""

    title: str  # HTML: the spec's title is escaped
    intro: tuple[str, ...]  # the sides and the counts, a paragraph each
    sections: tuple[Section, ...]


def render_html(diff: SpecDiff, meta: DiffMeta, lang: str = "da") -> str:
    """The report as one self-contained HTML page."""
    report = html_report(diff, meta, lang)
    body = "\n".join((f"<h1>{report.title}</h1>", *report.intro))
    body += "".join(f"\n<h2>{escape(s.title)}</h2>{s.html}" for s in report.sections)
    body += f"\n<footer>{escape(words(lang)['generated'])}</footer>"
    return (
        f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "da"}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{report.title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + body
        + "\n</body>\n</html>\n"
    )


def html_report(
    diff: SpecDiff, meta: DiffMeta, lang: str = "da", *, reader: bool = False
) -> HtmlReport:
    """The report's title, introduction and sections as HTML; `reader` for a reader's
    report (the site's): titles, not ids, Danish dates, and no editor's notes."""
    return walk(diff, meta, _Html(lang, reader))


class _Html(Writer[HtmlReport]):
    def __init__(self, lang: str, reader: bool = False) -> None:
        super().__init__(lang)
        self.reader = reader
        self.heading = ""
        self.intro: list[str] = []
        self.sections: list[tuple[str, str, list[str]]] = []  # title, lead, parts

    def _add(self, part: str) -> None:
        if self.sections:
            self.sections[-1][2].append(part)
        else:
            self.intro.append(part)

    def escape(self, text: str) -> str:
        if self.reader:  # `2020-09-15 → 2021-06-10` of a field's values, as a reader says it
            text = _ISO_DATE.sub(_danish_date, text)
        return escape(text)

    def strong(self, text: str) -> str:
        return f"<strong>{text}</strong>"

    def code(self, text: str) -> str:
        return f"<code>{text}</code>"

    def title(self, text: str) -> None:
        self.heading = text

    def paragraph(self, text: str) -> None:
        self._add(f"<p>{text}</p>")

    def section(self, key: str, title: str, lead: str = "") -> None:
        self.sections.append((title, lead, []))

    def levels(self, key: str, lines: Sequence[tuple[str, str]]) -> None:
        items = "".join(f"<li><strong>{word}:</strong> {line}</li>" for word, line in lines)
        self._add(f"<ul>{items}</ul>")

    def subheading(self, key: str, subgroup: Subgroup) -> None:
        code = subgroup.code if not self.reader else None  # a reader reads the title
        extras = [f"<code>{escape(code)}</code>"] if code else []
        if subgroup.note:
            extras.append(escape(subgroup.note))
        suffix = f" ({', '.join(extras)})" if extras else ""
        self._add(f"<h3>{escape(subgroup.title)}{suffix}</h3>")

    def shared(self, key: str, notes: Sequence[str]) -> None:
        for note in notes:
            self._add(f"<p class=check>{words(self.lang)['check']}: {note}.</p>")

    def items(self, key: str, items: Sequence[Item], editorial: bool = False) -> None:
        listed = f"<ul class=changes>{''.join(self._item(item) for item in items)}</ul>"
        if editorial:
            summary = f"{words(self.lang)['editorial']} ({len(items)})"
            listed = f"<details><summary>{summary}</summary>{listed}</details>"
        self._add(listed)

    def _item(self, item: Item) -> str:
        text = words(self.lang)
        severity = item.severity.capitalize()
        out = [f"<li><span class='sev {item.change.severity}'>{severity}</span> ", item.message]
        if item.direction:
            out.append(f" <span class=dir>{item.direction}</span>")
        if item.notes:
            css, label = ("check", text["check"]) if item.check else ("note", text["note"])
            out.append(f" <span class={css}>{label}: {'; '.join(item.notes)}</span>")
        for paragraph in item.prose:
            rendered = "".join(_segment(s, self.lang) for s in paragraph)
            out.append(f"<blockquote>{rendered}</blockquote>")
        out.append("</li>")
        return "".join(out)

    def frame(self, title: str, entries: Sequence[FrameLine]) -> None:
        self.section("frame", title)
        if not entries:
            key = "no_frame_reader" if self.reader else "no_frame"
            self._add(f"<p><em>{escape(words(self.lang)[key])}</em></p>")
            return
        lines = (["<strong>" + e.what + "</strong>", *e.details] for e in entries)
        self._add("<ol>" + "".join("<li>" + "<br>".join(li) + "</li>" for li in lines) + "</ol>")

    def review(self, title: str, entries: Sequence[ReviewLine]) -> None:
        self.section("review", title, "<ul>")  # the list opens on the heading's line
        for entry in entries:
            sentences = "".join(f"<li>{sentence}</li>" for sentence in entry.sentences)
            reasons = f"<span class=check>{entry.reasons}</span>"
            self._add(f"<li>{entry.what}: {reasons}<ul>{sentences}</ul></li>")
        self._add("</ul>")

    def finish(self) -> HtmlReport:
        sections = (
            Section(title, lead + "".join(f"\n{part}" for part in parts))
            for title, lead, parts in self.sections
        )
        return HtmlReport(self.heading, tuple(self.intro), tuple(sections))


def _danish_date(match: re.Match[str]) -> str:
    try:
        return date_da(dt.date.fromisoformat(match.group(0)))
    except ValueError:  # 2021-02-30 is no date: left as written
        return match.group(0)


def _segment(segment: Segment, lang: str) -> str:
    text = inline_html(segment.text)
    if segment.op == "delete":
        return f"<del><span class=sr>{words(lang)['deleted']} </span>{text}</del>"
    if segment.op == "insert":
        return f"<ins><span class=sr>{words(lang)['inserted']} </span>{text}</ins>"
    return text
