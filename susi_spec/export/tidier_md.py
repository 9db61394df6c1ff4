"""`tidier-md`: the twelve TIDieR items as a Markdown report, with what is missing in bold.

An overview table first (one row per item: described, partly, missing or not applicable),
then a section per item: the checklist's question, the fields it is read from, what the
spec says, and a **Mangler** line naming each missing field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from susi_spec.diff.reports.escape import md_escape
from susi_spec.export.origin import Origin
from susi_spec.export.tidier import ITEMS
from susi_spec.export.tidier_read import fidelity_actual
from susi_spec.export.words import MISSING, Pair, pick
from susi_spec.model import Spec
from susi_spec.model.documentation import Assessment
from susi_spec.model.results import FollowUp
from susi_spec.model.types import CRITERION_STATUSES, EVIDENCE_CRITERIA

STATUS: dict[str, Pair] = {
    "described": ("Beskrevet", "Described"),
    "partial": ("Delvist beskrevet", "Partly described"),
    "missing": MISSING,
    "n/a": ("Ikke relevant", "Not applicable"),
}
_INTRO: Pair = (
    "De tolv punkter i TIDieR-tjeklisten (Template for Intervention Description and "
    "Replication, Hoffmann m.fl., BMJ 2014) med det, beskrivelsen siger om hvert punkt. "
    "**Mangler** nævner de felter, der ikke er udfyldt.",
    "The twelve items of the TIDieR checklist (Template for Intervention Description and "
    "Replication, Hoffmann et al., BMJ 2014) with what the description says for each. "
    "**Missing** names the fields that are not filled in.",
)


def render(
    spec: Spec,
    origin: Origin,
    lang: str,
    follow_ups: Mapping[str, Sequence[FollowUp]] | None = None,
) -> bytes:
    """The report; item 12 from the places' `follow_ups` (place -> follow-ups, by date)."""
    answers = [(item, item.read(spec, lang)) for item in ITEMS]
    answers[-1] = (ITEMS[-1], fidelity_actual(spec, lang, follow_ups))
    counts = {key: sum(a.status == key for _, a in answers) for key in STATUS}
    about = f"{origin.describe(lang)}, {origin.where(lang)}"
    label = pick(("Indsatsbeskrivelse", "Intervention description"), lang)
    out = [
        f"# TIDieR: {md_escape(spec.title)}",
        "",
        f"{label} `{spec.id}`: {md_escape(about)}.",
        "",
        pick(_INTRO, lang),
        "",
        "**Status:** "
        + ", ".join(f"{n} {pick(STATUS[key], lang).lower()}" for key, n in counts.items() if n)
        + ".",
        "",
        f"| # | {pick(('Punkt', 'Item'), lang)} | Status |",
        "|---|---|---|",
    ]
    for number, (item, answer) in enumerate(answers, 1):
        word = pick(STATUS[answer.status], lang)
        shown = word if answer.status in ("described", "n/a") else f"**{word}**"
        out.append(f"| {number} | {pick(item.name, lang)} | {shown} |")
    for number, (item, answer) in enumerate(answers, 1):
        fields = ", ".join(f"`{name.strip()}`" for name in item.fields.split(",") if name != "–")
        out += ["", f"## {number}. {pick(item.name, lang)}", "", f"*{pick(item.asks, lang)}*"]
        if fields:
            out[-1] += f" {pick(('Felter', 'Fields'), lang)}: {fields}."
        if answer.lines:
            out.append("")
            out.extend(f"- {line}" for line in answer.lines)
        if answer.not_applicable:
            out += ["", f"**{pick(STATUS['n/a'], lang)}:** {answer.not_applicable}"]
        if answer.missing:
            out += ["", f"**{pick(MISSING, lang)}:** " + "; ".join(answer.missing) + "."]
    out += _evidence_profile(spec, lang)
    return ("\n".join(out) + "\n").encode("utf-8")


_PROFILE_INTRO: Pair = (
    "De seks kriterier for en evidensbaseret metode (Socialstyrelsen), som beskrivelsen "
    "vurderer dem (`evidence_profile`).",
    "The six criteria of an evidence-based method (Socialstyrelsen), as the description "
    "assesses them (`evidence_profile`).",
)


def _evidence_profile(spec: Spec, lang: str) -> list[str]:
    """The evidence profile after the twelve items: a row per criterion, none left out."""
    out = [
        "",
        f"## {pick(('Evidensprofil', 'Evidence profile'), lang)}",
        "",
        pick(_PROFILE_INTRO, lang),
    ]
    profile = spec.evidence_profile
    if profile is None:
        return [*out, "", f"**{pick(MISSING, lang)}:** `evidence_profile`."]
    heads = (("Kriterium", "Criterion"), ("Status", "Status"), ("Hvor det ses", "Evidence"))
    out += ["", "| " + " | ".join(pick(h, lang) for h in heads) + " |", "|---|---|---|"]
    for key, names in EVIDENCE_CRITERIA.items():
        assessment: Assessment | None = getattr(profile, key)
        status = ""
        if assessment is not None and assessment.status is not None:
            status = pick(CRITERION_STATUSES[assessment.status], lang)
        where = [assessment.evidence or "", assessment.url or ""] if assessment else []
        cells = (
            pick(names, lang),
            status.capitalize() or f"**{pick(('Ikke vurderet', 'Not assessed'), lang)}**",
            " ".join(md_escape(part) for part in where if part) or "–",
        )
        out.append("| " + " | ".join(cells) + " |")  # the spec's text is escaped above
    return out
