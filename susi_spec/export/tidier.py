"""The twelve TIDieR items (Hoffmann et al., BMJ 2014) read from a spec: what it says for
each, and what is missing. The mapping to our fields follows research/anchors-domain.md.

Each item gives Markdown lines (spec text escaped) and the missing fields; the renderer in
`tidier_md` decides the layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from susi_spec.diff.render_md import md_escape as e
from susi_spec.export.words import LEVEL, MODES, Pair, pick
from susi_spec.model import Spec


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


@dataclass(frozen=True)
class Item:
    number: int
    name: Pair
    asks: Pair  # the checklist's question, condensed
    fields: str  # our fields it is read from
    read: Callable[[Spec, str], Answer]


def _q(text: str, lang: str) -> str:
    return f"“{e(text)}”" if lang == "en" else f"«{e(text)}»"


def _sub(head: str, texts: list[str]) -> str:
    """A list item with a nested list: `**Mindset:**` and one sentence per line."""
    return head + "".join(f"\n  - {e(text)}" for text in texts)


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
        else:
            answer.missing.append(
                _lack(("begrundelse", "rationale"), "rationale", lang, element.title)
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
        if not material.url:
            answer.missing.append(_lack(("adresse", "address"), "url", lang, material.title))
    if not spec.materials:
        answer.missing.append(_lack(("materialer", "materials"), "materials", lang))
    tools = sorted({tool for element in spec.core_elements for tool in element.tools})
    if tools and answer.lines:
        label = pick(("Metoder og redskaber", "Methods and tools"), lang)
        answer.lines.append(f"**{label}:** " + ", ".join(e(tool) for tool in tools))
    return answer


def procedures(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for element in spec.core_elements:
        level = pick(LEVEL[element.level], lang).lower()
        what = f": {e(element.what)}" if element.what else ""
        answer.lines.append(_sub(f"**{e(element.title)}** ({level}){what}", element.activities))
        if not element.activities:
            answer.missing.append(
                _lack(("aktiviteter", "activities"), "activities", lang, element.title)
            )
    return answer


def providers(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for kind in ("mindset", "skillset", "toolset"):
        texts = [c.text for c in spec.competencies if c.kind == kind]
        if texts:
            answer.lines.append(_sub(f"**{kind.capitalize()}:**", texts))
    if not spec.competencies:
        answer.missing.append(_lack(("kompetencekrav", "competencies"), "competencies", lang))
    training = spec.costs.training if spec.costs else None
    if training:
        answer.lines.append(f"**{pick(('Oplæring', 'Training'), lang)}:** {e(training)}")
    else:
        answer.missing.append(_lack(("oplæring", "training"), "costs.training", lang))
    return answer


def _delivery(key: str, what: Pair) -> Callable[[Spec, str], Answer]:
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
            parts.append(pick(("Valg mellem", "A choice between"), lang) + ": "
                         + ", ".join(element.options))  # fmt: skip
        if element.decision_rule:
            parts.append(pick(("Valgregel", "Decision rule"), lang) + ": " + element.decision_rule)
        if element.adaptable:
            parts.append(pick(("Lokalt", "Locally"), lang) + ": " + element.adaptable)
        level = pick(LEVEL[element.level], lang).lower()
        answer.lines.append(_sub(f"**{e(element.title)}** ({level})", parts))
        if element.level == "guideline":
            if not element.options:
                answer.missing.append(
                    _lack(("valgmuligheder", "options"), "options", lang, element.title)
                )
            if not element.decision_rule:
                answer.missing.append(
                    _lack(("valgregel", "decision rule"), "decision_rule", lang, element.title)
                )
    return answer


def modifications(spec: Spec, lang: str) -> Answer:
    answer = Answer()
    for change in spec.changes:
        parts = [f"{pick(('Hvorfor', 'Why'), lang)}: {change.why}"] if change.why else []
        if change.decided_by:
            parts.append(f"{pick(('Besluttet af', 'Decided by'), lang)}: {change.decided_by}")
        answer.lines.append(_sub(f"**{e(change.what)}**", parts))
        if not change.why:
            answer.missing.append(_lack(("begrundelse", "reason"), "why", lang, change.what))
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
            answer.lines.append(_sub(f"**{e(element.title)}**{note}", element.fidelity))
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


def fidelity_actual(spec: Spec, lang: str) -> Answer:
    """Measured fidelity belongs to the evaluations; the format has no field for it yet."""
    return Answer(
        missing=[
            pick(
                (
                    "målt troskab: formatet har endnu intet felt til resultater fra "
                    "midtvejsevaluering og pilotafprøvning",
                    "measured fidelity: the format has no field yet for results from the midterm "
                    "evaluation and the pilot",
                ),
                lang,
            )
        ]
    )


ITEMS: tuple[Item, ...] = (
    Item(1, ("Kort navn", "Brief name"),
         ("Navn eller udtryk, der beskriver indsatsen.",
          "Name or phrase that describes the intervention."),
         "title, summary", brief_name),
    Item(2, ("Hvorfor", "Why"),
         ("Begrundelse, teori eller mål for indsatsens væsentlige elementer.",
          "Rationale, theory or goal of the elements essential to the intervention."),
         "core_elements.rationale, theory_of_change", why),
    Item(3, ("Hvad: materialer", "What: materials"),
         ("Materialer til borgerne, til udførelsen og til oplæring, og hvor de kan hentes.",
          "Materials for participants, for delivery and for training, and where to get them."),
         "materials, core_elements.tools", materials),
    Item(4, ("Hvad: fremgangsmåde", "What: procedures"),
         ("Hver procedure, aktivitet eller proces, også de understøttende.",
          "Each procedure, activity or process, including enabling activities."),
         "core_elements.what, core_elements.activities", procedures),
    Item(5, ("Hvem leverer", "Who provided"),
         ("Fagpersonernes ekspertise, baggrund og den oplæring, de får.",
          "The providers' expertise, background and the training they get."),
         "competencies, costs.training", providers),
    Item(6, ("Hvordan", "How"),
         ("Leveringsform, og om indsatsen gives til den enkelte eller i grupper.",
          "Mode of delivery, and whether it is given individually or in groups."),
         "delivery.mode", _delivery("mode", ("leveringsform", "mode of delivery"))),
    Item(7, ("Hvor", "Where"),
         ("Typen af sted, herunder nødvendig infrastruktur.",
          "The type of location, including necessary infrastructure."),
         "delivery.setting", _delivery("setting", ("sted", "setting"))),
    Item(8, ("Hvornår og hvor meget", "When and how much"),
         ("Antal gange, over hvilken periode, hyppighed, varighed og intensitet.",
          "Number of times, over what period, schedule, duration and intensity."),
         "delivery.dose", _delivery("dose", ("omfang", "dose"))),
    Item(9, ("Tilpasning", "Tailoring"),
         ("Hvad der må tilpasses, hvorfor, hvornår og hvordan.",
          "What may be tailored, why, when and how."),
         "core_elements.level, options, decision_rule, adaptable", tailoring),
    Item(10, ("Ændringer", "Modifications"),
         ("Hvordan indsatsen er ændret undervejs: hvad, hvorfor, hvornår og hvordan.",
          "How the intervention was modified: what, why, when and how."),
         "changes", modifications),
    Item(11, ("Hvor godt (planlagt)", "How well (planned)"),
         ("Hvordan troskab vurderes og af hvem, og hvad der holder den oppe.",
          "How fidelity is assessed and by whom, and how it is maintained."),
         "core_elements.fidelity, practice_profile, documentation.tools", fidelity_planned),
    Item(12, ("Hvor godt (faktisk)", "How well (actual)"),
         ("I hvilket omfang indsatsen blev udført som planlagt.",
          "The extent to which the intervention was delivered as planned."),
         "–", fidelity_actual),
)  # fmt: skip
