"""`susi local-review` reports: per place, whether it is due for review, what to fix, what changed.

Text for a terminal, Markdown for minutes and pull requests, JSON for other systems. The
diff of the core elements is rendered by the diff renderers themselves.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from susi_spec.diff import render_md, render_text, to_data
from susi_spec.diff.reports.escape import md_escape, text_escape
from susi_spec.local.review import LocalReview, PlaceReview

_WORDS: dict[str, dict[str, str]] = {
    "da": {
        "title": "Lokale udmøntninger af «{title}» ({spec})",
        "latest": "Seneste frigivne version af den fælles model: {latest}.",
        "no_release": "Den fælles model har ingen frigivet version endnu.",
        "none": "Der er ingen lokale udmøntninger under specs/{spec}/local/.",
        "up_to_date": "bygger på {based_on}: ajour, intet at gennemgå.",
        "follow_up": "bygger på {based_on}, den seneste version, men opfølgningen skal gennemgås:",
        "unreleased": "bygger på {based_on}, som ikke er frigivet: ret based_on til en frigivet version ({latest} er den seneste).",
        "due": "bygger på {based_on}: skal gennemgås, {latest} er frigivet.",
        "invalid": "kan ikke gennemgås, før filen er i orden ('susi check {path}'):",
        "fix": "Det skal rettes, når udmøntningen følger {latest}:",
        "nothing_to_fix": "Udmøntningen passer til {latest}, når based_on er rettet.",
        "changes": "Ændringer i kerneelementerne fra {based_on} til {latest}:",
    },
    "en": {
        "title": "Local implementations of «{title}» ({spec})",
        "latest": "Latest released version of the common model: {latest}.",
        "no_release": "The common model has no released version yet.",
        "none": "There are no local implementations under specs/{spec}/local/.",
        "up_to_date": "based on {based_on}: up to date, nothing to review.",
        "follow_up": "based on {based_on}, the latest version, but its follow-up is to be reviewed:",
        "unreleased": "based on {based_on}, which is not released: set based_on to a released version ({latest} is the latest).",
        "due": "based on {based_on}: due for review, {latest} is released.",
        "invalid": "cannot be reviewed until the file is fixed ('susi check {path}'):",
        "fix": "To fix when the implementation follows {latest}:",
        "nothing_to_fix": "The implementation fits {latest} once based_on is changed.",
        "changes": "Changes in the core elements from {based_on} to {latest}:",
    },
}


_FOLLOW_UP = {"da": "Opfølgning", "en": "Follow-up"}


def render_review_text(report: LocalReview, lang: str = "da") -> str:
    """The report for a terminal."""
    words = _WORDS[lang]
    lines = _heading(report, lang, text_escape)
    for review in report.places:
        lines.extend(("", f"{review.place}: {_status(review, lang)}"))
        shown = review.local is None or review.unreleased  # what check says, as it says it
        lines.extend(f"  {p.format(lang)}" for p in review.problems if shown)
        lines.extend(f"  {_FOLLOW_UP[lang]}: {signal.text.get(lang)}" for signal in review.signals)
        if review.diff is None or review.meta is None:
            continue
        latest = review.latest or ""
        if review.problems:
            lines.append("  " + words["fix"].format(latest=latest))
            lines.extend(f"    {p.format(lang)}" for p in review.problems)
        else:
            lines.append("  " + words["nothing_to_fix"].format(latest=latest))
        lines.append("  " + words["changes"].format(based_on=review.based_on, latest=latest))
        diff_text = render_text(review.diff, review.meta, lang)
        lines.extend(f"    {line}".rstrip() for line in diff_text.splitlines()[2:])
    return "\n".join(lines) + "\n"


def render_review_md(report: LocalReview, lang: str = "da") -> str:
    """The report as Markdown: a section per place, the diff report one level down."""
    words = _WORDS[lang]
    head, *rest = _heading(report, lang, md_escape)
    parts = [f"# {head}\n", *(f"{line}\n" for line in rest)]
    for review in report.places:
        parts.append(f"## {md_escape(review.place)}\n\n{md_escape(_status(review, lang))}\n")
        if review.local is None or review.unreleased:
            parts.append("".join(f"- `{p.format(lang)}`\n" for p in review.problems))
        parts.append(
            "".join(
                f"- **{_FOLLOW_UP[lang]}:** {md_escape(signal.text.get(lang))}\n"
                for signal in review.signals
            )
        )
        if review.diff is None or review.meta is None:
            continue
        latest = review.latest or ""
        if review.problems:
            parts.append(words["fix"].format(latest=latest) + "\n")
            parts.append(
                "".join(
                    f"- {md_escape(_located(review, i, lang))}\n"
                    for i in range(len(review.problems))
                )
            )
        else:
            parts.append(words["nothing_to_fix"].format(latest=latest) + "\n")
        parts.append(_demote(render_md(review.diff, review.meta, lang)))
    return "\n".join(parts).rstrip() + "\n"


def render_review_json(report: LocalReview) -> str:
    """The report as JSON: one object per place; the diff in `susi diff --format json` shape."""
    payload = {
        "spec": report.spec,
        "title": report.title,
        "latest": report.latest,
        "places": [_place_data(review) for review in report.places],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _place_data(review: PlaceReview) -> dict[str, Any]:
    return {
        "place": review.place,
        "path": review.path,
        "title": review.local.title if review.local is not None else None,
        "based_on": review.based_on,
        "latest": review.latest,
        "due_for_review": review.due,
        "to_review": review.to_review,
        "based_on_released": not review.unreleased,
        "problems": [p.as_dict() for p in review.problems],
        "follow_up": [{"kind": s.kind, "message": s.text.get("da")} for s in review.signals],
        "diff": to_data(review.diff, review.meta) if review.diff and review.meta else None,
    }


def _heading(report: LocalReview, lang: str, escape: Callable[[str], str]) -> list[str]:
    """The title line, then what the common model's latest release is (or that there are none)."""
    words = _WORDS[lang]
    head = words["title"].format(title=escape(report.title), spec=report.spec)
    if not report.places:
        return [head, words["none"].format(spec=report.spec)]
    latest = words["latest"].format(latest=report.latest) if report.latest else words["no_release"]
    return [head, latest]


def _status(review: PlaceReview, lang: str) -> str:
    words = _WORDS[lang]
    title = review.local.title if review.local is not None else review.path
    if review.local is None:
        return words["invalid"].format(path=review.path)
    key = (
        "due"
        if review.due
        else "unreleased"
        if review.unreleased
        else "follow_up"
        if review.to_review
        else "up_to_date"
    )
    return f"{title}, " + words[key].format(based_on=review.based_on, latest=review.latest)


def _located(review: PlaceReview, index: int, lang: str) -> str:
    problem = review.problems[index]
    return (
        f"linje {problem.line}: {problem.message(lang)}"
        if lang == "da"
        else f"line {problem.line}: {problem.message(lang)}"
    )


_HEADING = re.compile(r"^(#{1,4}) ", re.MULTILINE)


def _demote(markdown: str) -> str:
    """Move every heading two levels down, so a diff report nests under a place's heading."""
    return _HEADING.sub(lambda m: f"##{m.group(1)} ", markdown)
