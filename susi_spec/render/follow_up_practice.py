"""A place's practice profile over time on its page: where its practice was for each core
element at each follow-up (expected, developmental, unacceptable).

Shown as the fidelity is (`follow_up_page`): a chart with a line per core element that
reads at a glance, and a table with the same assessments and their notes that a screen
reader reads. Assessments of earlier versions are carried onto the version the place
follows now by their core element (`local/follow_ups.carry_practice`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from susi_spec.export.words import PROFILE_CHOICES
from susi_spec.labels import date_da, version_label, version_name
from susi_spec.local.follow_ups import carry_practice
from susi_spec.model import Spec
from susi_spec.model.results import FollowUp, PracticeAssessment
from susi_spec.render.follow_up_chart import line_chart
from susi_spec.render.html import REFLOW, esc, heading_md, tag, text_tag

_LEVELS = ("expected", "developmental", "unacceptable")  # the drop-down's order
PRACTICE_WORDS = dict(zip(_LEVELS, (da for da, _ in PROFILE_CHOICES), strict=True))
_HEIGHT = {"expected": 1.0, "developmental": 0.5, "unacceptable": 0.0}
_SYMBOLS = {"expected": "●", "developmental": "◐", "unacceptable": "○"}

Dated = tuple[FollowUp, dict[str, PracticeAssessment]]


def practice_over_time(
    spec: Spec, versions: Mapping[str, Spec], follow_ups: Sequence[FollowUp]
) -> list[str]:
    """The part "Praksisprofil over tid" of the follow-up; [] without assessments."""
    dated = [(f, carry_practice(f, versions, spec)) for f in follow_ups if f.practice_profile]
    if not dated:
        return []
    hint = text_tag(
        "p",
        "Hvor stedets praksis var for hvert kerneelement ved hver opfølgning: forventet "
        "praksis, praksis under udvikling eller uacceptabel praksis, som praksisprofilen i "
        f"den fælles models {version_name(version_label(spec.version))} beskriver dem. "
        "Linjer med samme vurdering ligger lidt forskudt; tabellen under grafen har de samme "
        "vurderinger og noterne.",
        "susi-hint",
    )
    return [
        heading_md(3, "Praksisprofil over tid", "praksis-over-tid"),
        hint,
        tag("div", _chart(spec, dated), "susi-chart"),
        tag("div", _table(spec, dated), "susi-section"),
    ]


def _chart(spec: Spec, dated: Sequence[Dated]) -> str:
    lines = [
        (element.title, [_height(carried.get(element.id)) for _, carried in dated])
        for element in spec.core_elements
    ]
    ticks = [(_HEIGHT[level], PRACTICE_WORDS[level]) for level in reversed(_LEVELS)]
    dates = [follow_up.date for follow_up, _ in dated]
    title = "Praksis over tid pr. kerneelement"
    return line_chart("praksis-titel", title, dates, lines, ticks, spread=6)


def _height(assessment: PracticeAssessment | None) -> float | None:
    return None if assessment is None else _HEIGHT[assessment.assessment]


def _table(spec: Spec, dated: Sequence[Dated]) -> str:
    """A row per core element, a column per follow-up: the assessment and its note."""
    labels = [esc(f"{date_da(f.date)} ({version_label(f.based_on)})") for f, _ in dated]
    head = "".join(
        f'<th scope="col">{esc(date_da(f.date))}<br><small>{esc(version_label(f.based_on))}'
        "</small></th>"
        for f, _ in dated
    )
    rows = []
    for number, element in enumerate(spec.core_elements, 1):
        if not any(element.id in carried for _, carried in dated):
            continue
        cells = "".join(
            _cell(carried.get(element.id), label)
            for label, (_, carried) in zip(labels, dated, strict=True)
        )
        rows.append(f'<tr><th scope="row">{number}. {esc(element.title)}</th>{cells}</tr>')
    caption = text_tag("caption", "Praksis pr. kerneelement ved hver opfølgning")
    return tag(
        "table",
        caption + f'<thead><tr><th scope="col">Kerneelement</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>",
        f"susi-table susi-practice {REFLOW}",
    )


def _cell(found: PracticeAssessment | None, label: str) -> str:
    if found is None:
        return f'<td class="susi-practice--none" data-label="{label}">–</td>'
    level = found.assessment
    note = f"<br><small>{esc(found.note)}</small>" if found.note else ""
    return (
        f'<td class="susi-practice--{level}" data-label="{label}"><span aria-hidden="true">'
        f"{_SYMBOLS[level]}</span> {esc(PRACTICE_WORDS[level])}{note}</td>"
    )
