"""The banner on a place's page when the common model has released a newer version.

A Material admonition: which version the place follows and which is out, links to the
changes pages in between, what changed in the core elements (the records `local_review`
took from the diff engine, in the diff reports' own outline) and what the local rules
would say if the place followed the latest release as it stands.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from susi_spec.diff import SpecDiff
from susi_spec.diff.reports.headings import directed, words
from susi_spec.diff.reports.outline import outline
from susi_spec.diff.reports.terms import plural, severity_word
from susi_spec.problems import Problem
from susi_spec.render.addresses import changes_address, relative
from susi_spec.render.html import bullet_list, esc, tag, text_tag
from susi_spec.render.model import LocalView, SpecRecord
from susi_spec.render.site_terms import LOCAL_FIX_DEFAULT, LOCAL_FIXES, date_da, version_name


def due_banner(record: SpecRecord, view: LocalView, here: str, place: str) -> str:
    """A Material admonition when the common model has released a newer version."""
    latest = view.latest
    if not view.due or latest is None:
        return ""
    when = next((r.date for r in record.releases if r.label == latest), None)
    text = (
        f"{esc(place)} følger {esc(version_name(view.based_on))} af den fælles model. "
        f"{esc(version_name(latest).capitalize())} er frigivet"
        + (f" {esc(date_da(when))}" if when else "")
        + ", og udmøntningen skal gennemgås og tilpasses den."
    )
    parts = [text_tag("p", "Skal gennemgås: der er en nyere version", "admonition-title")]
    parts.append(tag("p", text))
    links = _changes_links(record, view.based_on, latest, here)
    if links:
        parts.append(tag("p", "Se hvad der er ændret: " + ", ".join(links) + "."))
    if view.changes is not None:
        parts.append(text_tag("p", "Ændret i kerneelementerne:"))
        parts.append(change_summary(view.changes))
    else:
        parts.append(
            text_tag(
                "p",
                "Hvad der er ændret, kan ikke vises her: sitet er bygget uden git-historik.",
                "susi-hint",
            )
        )
    fixes = reader_fixes(view.to_fix)
    if fixes:
        parts.append(
            text_tag("p", f"Det skal rettes, når udmøntningen følger {version_name(latest)}:")
        )
        parts.append(bullet_list(fixes))
    return tag("div", "".join(parts), "admonition warning susi-due", role="note")


def reader_fixes(problems: Iterable[Problem]) -> list[str]:
    """What the local rules ask, in a reader's words (site_terms.LOCAL_FIXES), once each."""
    texts = (LOCAL_FIXES.get(p.code, LOCAL_FIX_DEFAULT) for p in problems)
    return list(dict.fromkeys(text for text in texts if text))


def _changes_links(record: SpecRecord, old: str, new: str, here: str) -> list[str]:
    """Links to the changes page of each consecutive pair of releases from `old` to `new`."""
    labels = [r.label for r in record.releases]
    if old not in labels or new not in labels:
        return []
    chain = labels[labels.index(old) : labels.index(new) + 1]
    return [
        f'<a href="{relative(here, changes_address(record.spec_id, a, b))}">'
        f"ændringer fra {esc(a)} til {esc(b)}</a>"
        for a, b in pairwise(chain)
    ]


def change_summary(diff: SpecDiff) -> str:
    """What changed in the core elements, a line each, in the diff reports' own order."""
    items = []
    for group in outline(diff, "da"):
        if group.key == "levels":
            for change in group.subgroups[0].changes:
                word = words("da")[change.direction or "tightened"]
                items.append(
                    f"<li><strong>{esc(word)}:</strong> {directed(change, 'da', diff).format(esc)}</li>"
                )
        elif group.key == "core_elements":
            for sub in group.subgroups:
                count = _count(len(sub.changes), Counter(c.severity for c in sub.changes)["major"])
                note = f" ({esc(sub.note)})" if sub.note else ""
                items.append(f"<li>«{esc(sub.title)}»{note}: {esc(count)}</li>")
    return tag("ul", "".join(items)) if items else text_tag("p", "Ingen ændringer.")


def _count(total: int, major: int) -> str:
    """`3 ændringer`, `2 væsentlige ændringer`, `11 ændringer, heraf 8 væsentlige`."""
    count = plural(total, "ændring", "ændringer")
    if major == total:
        return count.replace(" ", f" {severity_word('major', major, 'da')} ", 1)
    return f"{count}, heraf {major} {severity_word('major', major, 'da')}" if major else count
