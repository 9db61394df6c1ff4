"""A standalone HTML page: inline CSS, no scripts, no external requests.

Every piece of text from a spec is untrusted and goes through `html.escape`; the only
markup is ours. Deleted and inserted words carry hidden words for screen readers.
"""

from __future__ import annotations

from html import escape

from susi_spec.diff.records import Change, DiffMeta, Note, Segment, SpecDiff
from susi_spec.diff.reports.headings import directed, frame_details, subject, words
from susi_spec.diff.reports.messages import clip, describe, note_text, paragraphs
from susi_spec.diff.reports.outline import (
    Group,
    Subgroup,
    outline,
    review_groups,
    shared_notes,
    shown_notes,
    side_details,
    side_label,
)
from susi_spec.diff.reports.terms import group_label, plural, severity_word

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


def render_html(diff: SpecDiff, meta: DiffMeta, lang: str = "da") -> str:
    """The report as one self-contained HTML page."""
    text = words(lang)
    title = text["title"].format(title=escape(meta.title or diff.title))
    body = [f"<h1>{title}</h1>", _intro(diff, meta, lang)]
    for group in outline(diff, lang):
        body.append(f"<h2>{escape(group.title)}</h2>")
        if group.key == "levels":
            items = [
                f"<li><strong>{text[c.direction or 'tightened']}:</strong> "
                f"{directed(c, lang).format(escape)}</li>"
                for c in group.subgroups[0].changes
            ]
            body.append(f"<ul>{''.join(items)}</ul>")
            continue
        body.extend(_subgroup(group, subgroup, lang) for subgroup in group.subgroups)
    body.append(f"<h2>{escape(group_label('frame', lang))}</h2>")
    if diff.frame:
        entries = []
        for entry in diff.frame:
            lines = [f"<strong>{escape(entry.what)}</strong>"]
            lines.extend(message.format(escape) for message in frame_details(entry, lang))
            entries.append("<li>" + "<br>".join(lines) + "</li>")
        body.append(f"<ol>{''.join(entries)}</ol>")
    else:
        body.append(f"<p><em>{escape(text['no_frame'])}</em></p>")
    review = review_groups(diff)
    if review:
        body.append(f"<h2>{escape(group_label('review', lang))}</h2><ul>")
        for item in review:
            what = subject(item.subject, diff, lang).format(escape)
            reasons = "; ".join(
                note_text(n, item.subject, lang).format(escape) for n in item.reasons
            )
            sentences = "".join(
                f"<li>{describe(c, lang).message.format(escape)}</li>" for c in item.changes
            )
            body.append(f"<li>{what}: <span class=check>{reasons}</span><ul>{sentences}</ul></li>")
        body.append("</ul>")
    body.append(f"<footer>{escape(text['generated'])}</footer>")
    return (
        f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "da"}">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _intro(diff: SpecDiff, meta: DiffMeta, lang: str) -> str:
    text = words(lang)
    sides = []
    for side in (meta.from_, meta.to):
        date, commit = side_details(side)
        details = [escape(date)] if date else []
        if commit:
            details.append(f"<code>{escape(commit)}</code>")
        label = f"<strong>{escape(side_label(side, lang))}</strong>"
        sides.append(f"{label} ({', '.join(details)})" if details else label)
    spec = f"<code>{escape(meta.spec or diff.spec)}</code>"
    out = [f"<p>{text['sides'].format(spec=spec, old=sides[0], new=sides[1])}</p>"]
    counts = diff.counts()
    if not counts.total:
        out.append(f"<p><strong>{escape(text['none'])}</strong></p>")
        return "\n".join(out)
    parts = [f"{n} {severity_word(name, n, lang)}" for name, n in counts.severity.items() if n]
    summary = f"<strong>{plural(counts.total, text['change'], text['changes'])}:</strong> "
    summary += ", ".join(parts) + "."
    if counts.tightened or counts.loosened:
        summary += " " + text["directions"].format(
            tightened=counts.tightened, loosened=counts.loosened
        )
    if counts.needs_review:
        count = text["review_count"].format(count=counts.needs_review)
        summary += f" <strong>{count}</strong>"
    out.append(f"<p>{summary}</p>")
    return "\n".join(out)


def _subgroup(group: Group, subgroup: Subgroup, lang: str) -> str:
    text = words(lang)
    out = []
    shared = shared_notes(subgroup)
    if group.key in ("core_elements", "body") or len(group.subgroups) > 1:
        extras = [f"<code>{escape(subgroup.code)}</code>"] if subgroup.code else []
        if subgroup.note:
            extras.append(escape(subgroup.note))
        suffix = f" ({', '.join(extras)})" if extras else ""
        out.append(f"<h3>{escape(subgroup.title)}{suffix}</h3>")
    for note in shared:
        message = note_text(note, subgroup.changes[0], lang).format(escape)
        out.append(f"<p class=check>{text['check']}: {message}.</p>")
    main = [c for c in subgroup.changes if c.severity != "editorial"]
    editorial = [c for c in subgroup.changes if c.severity == "editorial"]
    if main:
        out.append(f"<ul class=changes>{''.join(_item(c, lang, shared) for c in main)}</ul>")
    if editorial:
        items = "".join(_item(c, lang, shared) for c in editorial)
        out.append(
            f"<details><summary>{text['editorial']} ({len(editorial)})</summary>"
            f"<ul class=changes>{items}</ul></details>"
        )
    return "\n".join(out)


def _item(change: Change, lang: str, shared: tuple[Note, ...]) -> str:
    text = words(lang)
    described = describe(change, lang)
    severity = severity_word(change.severity, 1, lang).capitalize()
    out = [f"<li><span class='sev {change.severity}'>{severity}</span> "]
    out.append(described.message.format(escape))
    if change.direction and change.field != "core_elements/level":
        out.append(f" <span class=dir>{text[change.direction]}</span>")
    notes = [note_text(n, change, lang).format(escape) for n in shown_notes(change, shared)]
    if notes:
        css, label = ("check", text["check"]) if change.needs_review else ("note", text["note"])
        out.append(f" <span class={css}>{label}: {'; '.join(notes)}</span>")
    for paragraph in paragraphs(described.segments):
        rendered = "".join(_segment(s, lang) for s in clip(paragraph))
        out.append(f"<blockquote>{rendered}</blockquote>")
    out.append("</li>")
    return "".join(out)


def _segment(segment: Segment, lang: str) -> str:
    text = escape(segment.text)
    if segment.op == "delete":
        return f"<del><span class=sr>{words(lang)['deleted']} </span>{text}</del>"
    if segment.op == "insert":
        return f"<ins><span class=sr>{words(lang)['inserted']} </span>{text}</ins>"
    return text
