"""What a spec says for each TIDieR item, read from our fields: Markdown lines (spec text
escaped) and the fields that are missing. The table of items is in `tidier`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from susi_spec.diff.reports.escape import md_escape as e
from susi_spec.export.words import LEVEL, MODES, Pair, pick
from susi_spec.labels import date_da, version_label
from susi_spec.local.follow_ups import WEIGHT
from susi_spec.model import CoreElement, Spec
from susi_spec.model.levels import level_phrase
from susi_spec.model.municipalities import municipality
from susi_spec.model.results import FollowUp


@dataclass
class Answer:
    """What the spec says for one item (Markdown lines) and what it lacks."""

    lines: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    not_applicable: str = ""  # why the item does not apply to this version

    @property
    def status(self) -> str:
        if self.not_applicable:
            return "n/a"
        if not self.lines:
            return "missing"
        return "partial" if self.missing else "described"

    def require(self, value: object, what: Pair, key: str, lang: str, of: str = "") -> None:
        """Name `key` as missing when `value` is empty."""
        if not value:
            self.missing.append(_lack(what, key, lang, of))


def _q(text: str, lang: str) -> str:
    return f"“{e(text)}”" if lang == "en" else f"«{e(text)}»"


def _sub(head: str, texts: list[str]) -> str:
    """A list item with a nested list: `**Mindset:**` and one sentence per line."""
    return head + "".join(f"\n  - {e(text)}" for text in texts)


def _at_level(text: str, level: str, element: CoreElement, lang: str) -> str:
    """An activity's or criterion's text, with its level when it is not its element's."""
    return text if level == element.level else f"{text} ({pick(LEVEL[level], lang).lower()})"


def _lack(what: Pair, key: str, lang: str, of: str = "") -> str:
    """`begrundelse (`rationale`) for «Koordinering»`: a missing field, and whose."""
    owner = f" {'of' if lang == 'en' else 'for'} {_q(of, lang)}" if of else ""
    return f"{pick(what, lang)} (`{key}`){owner}"


def brief_name(spec: Spec, lang: str) -> Answer:
    lines = [f"**{e(spec.title)}** (`{spec.id}`)"]
    if spec.summary:
        lines.append(e(spec.summary))
    return Answer(lines)


def why(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    theory = spec.theory_of_change
    if theory is not None and theory.problem:
        answer.lines.append(f"**{pick(('Problem', 'Problem'), lang)}:** {e(theory.problem)}")
    for element in spec.core_elements:
        if element.rationale:
            answer.lines.append(f"**{e(element.title)}:** {e(element.rationale)}")
        answer.require(
            element.rationale, ("begrundelse", "rationale"), "rationale", lang, element.title
        )
    outcomes = [n.text for n in theory.nodes if n.kind.endswith("outcome")] if theory else []
    if outcomes:
        label = pick(("Forventede resultater", "Expected outcomes"), lang)
        answer.lines.append(_sub(f"**{label}:**", outcomes))
    else:
        answer.missing.append(
            _lack(
                ("forandringsteori med resultater", "theory of change with outcomes"),
                "theory_of_change",
                lang,
            )
        )
    return answer


def materials(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for material in spec.materials:
        purpose = f": {e(material.purpose)}" if material.purpose else ""
        where = f" <{e(material.url)}>" if material.url else ""
        answer.lines.append(f"**{e(material.title)}**{purpose}{where}")
        answer.require(material.url, ("adresse", "address"), "url", lang, material.title)
    answer.require(spec.materials, ("materialer", "materials"), "materials", lang)
    tools = sorted({tool for element in spec.core_elements for tool in element.tools})
    if tools and answer.lines:
        label = pick(("Metoder og redskaber", "Methods and tools"), lang)
        answer.lines.append(f"**{label}:** " + ", ".join(e(tool) for tool in tools))
    return answer


def procedures(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for element in spec.core_elements:
        level = level_phrase(element, lang)
        what = f": {e(element.what)}" if element.what else ""
        steps = [_at_level(s.text, s.level or element.level, element, lang) for s in element.steps]
        answer.lines.append(_sub(f"**{e(element.title)}** ({level}){what}", steps))
        answer.require(
            element.activities, ("aktiviteter", "activities"), "activities", lang, element.title
        )
    return answer


def providers(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for kind in ("mindset", "skillset", "toolset"):
        texts = [c.text for c in spec.competencies if c.kind == kind]
        if texts:
            answer.lines.append(_sub(f"**{kind.capitalize()}:**", texts))
    answer.require(spec.competencies, ("kompetencekrav", "competencies"), "competencies", lang)
    training = spec.costs.training if spec.costs else None
    if training:
        answer.lines.append(f"**{pick(('Oplæring', 'Training'), lang)}:** {e(training)}")
    answer.require(training, ("oplæring", "training"), "costs.training", lang)
    return answer


def delivery(key: str, what: Pair) -> Callable[[Spec, str], Answer]:
    def read(spec: Spec, lang: str) -> Answer:
        value = getattr(spec.delivery, key) if spec.delivery is not None else None
        if key == "mode" and value:
            value = [pick(MODES[mode], lang) for mode in value]
        if not value:
            return Answer(missing=[_lack(what, f"delivery.{key}", lang)])
        return Answer([e(", ".join(value) if isinstance(value, list) else value)])

    return read


def tailoring(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for element in spec.core_elements:
        parts = []
        if element.options:
            parts.append(
                pick(("Valg mellem", "A choice between"), lang)
                + ": "
                + ", ".join(element.option_texts)
            )
        if element.decision_rule:
            parts.append(pick(("Valgregel", "Decision rule"), lang) + ": " + element.decision_rule)
        if element.adaptable:
            parts.append(pick(("Lokalt", "Locally"), lang) + ": " + element.adaptable)
        level = pick(LEVEL[element.level], lang).lower()
        answer.lines.append(_sub(f"**{e(element.title)}** ({level})", parts))
        if element.level == "guideline":  # FORMAT.md: a guideline names both
            answer.require(
                element.options, ("valgmuligheder", "options"), "options", lang, element.title
            )
            answer.require(
                element.decision_rule,
                ("valgregel", "decision rule"),
                "decision_rule",
                lang,
                element.title,
            )
    return answer


def modifications(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for change in spec.changes:
        parts = [f"{pick(('Hvorfor', 'Why'), lang)}: {change.why}"] if change.why else []
        if change.decided_by:
            parts.append(f"{pick(('Besluttet af', 'Decided by'), lang)}: {change.decided_by}")
        answer.lines.append(_sub(f"**{e(change.what)}**", parts))
        answer.require(change.why, ("begrundelse", "reason"), "why", lang, change.what)
    if not spec.changes:
        if spec.version in (0, 1):
            answer.not_applicable = pick(
                (
                    "Første versioner: der er ingen tidligere version at forklare ændringer fra.",
                    "First versions: there is no earlier version to explain changes from.",
                ),
                lang,
            )
        else:
            answer.missing.append(_lack(("ændringer", "changes"), "changes", lang))
    return answer


def fidelity_planned(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for element in spec.core_elements:
        profile = element.practice_profile
        note = pick((" (praksisprofil)", " (practice profile)"), lang) if profile else ""
        if element.fidelity or profile:
            texts = [
                _at_level(c.text, element.criterion_level(c), element, lang)
                for c in element.criteria
            ]
            answer.lines.append(_sub(f"**{e(element.title)}**{note}", texts))
        else:
            answer.missing.append(
                _lack(
                    (
                        "troskabskriterier eller praksisprofil",
                        "fidelity criteria or practice profile",
                    ),
                    "fidelity",
                    lang,
                    element.title,
                )
            )
    tools = spec.documentation.tools if spec.documentation else []
    if tools:
        label = pick(("Opfølgning", "Follow-up"), lang)
        answer.lines.append(_sub(f"**{label}:**", tools))
    elif answer.lines:
        answer.missing.append(
            _lack(("redskaber til opfølgning", "follow-up tools"), "documentation.tools", lang)
        )
    return answer


def fidelity_actual(
    spec: Spec, lang: str, follow_ups: Mapping[str, Sequence[FollowUp]] | None = None
) -> Answer:
    """Fidelity as delivered: each place's follow-ups (`local/<place>/opfoelgning/`), the
    latest with its counts per core element; missing while no place has any."""
    answer = Answer()
    titles = {element.id: element.title for element in spec.core_elements}
    for place, found in sorted((follow_ups or {}).items()):
        dated = [f for f in found if f.fidelity]
        if not dated:
            continue
        latest = dated[-1]
        known = municipality(place)
        name = e(known.name if known is not None else place)
        counts = {k: sum(r.result == k for r in latest.fidelity) for k in _RESULTS}
        done = ", ".join(f"{n} {pick(_RESULTS[k], lang)}" for k, n in counts.items() if n)
        when = pick(("opfølgning", "follow-up"), lang)
        span = f"{len(dated)} {when}{pick(('er', 's'), lang) if len(dated) != 1 else ''}"
        lines = []
        for element_id in dict.fromkeys(r.core_element for r in latest.fidelity):
            results = [r for r in latest.fidelity if r.core_element == element_id]
            share = sum(WEIGHT[r.result] for r in results) / len(results)
            title = e(titles.get(element_id, element_id))
            lines.append(f"{title}: {round(share * 100)} %")
        answer.lines.append(
            _sub(
                f"**{name}** ({span}, {pick(('seneste', 'latest'), lang)} {_day(latest.date, lang)}, "
                f"{version_label(latest.based_on)}): {len(latest.fidelity)} "
                f"{pick(('kriterier', 'criteria'), lang)}, {done}",
                lines,
            )
        )
    if not answer.lines:
        answer.missing.append(
            pick(
                (
                    "målt troskab: ingen kommune har importeret en opfølgning på troskab endnu "
                    "(susi import fidelity)",
                    "measured fidelity: no municipality has imported a follow-up on fidelity "
                    "yet (susi import fidelity)",
                ),
                lang,
            )
        )
    return answer


_RESULTS: dict[str, Pair] = {
    "done": ("udført", "done"),
    "partly": ("delvist", "partly"),
    "not_done": ("ikke udført", "not done"),
}


def _day(day: dt.date, lang: str) -> str:
    return day.isoformat() if lang == "en" else date_da(day)
