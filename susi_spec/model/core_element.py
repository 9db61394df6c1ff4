"""A core element of a common model: its activities, options, fidelity criteria and
practice profile, and the ids made for those written as plain text."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from susi_spec.model.municipalities import place_id
from susi_spec.model.strict import Strict
from susi_spec.model.types import (
    ElementType,
    Evidence,
    Id,
    Level,
    PlainText,
    TextList,
)


class PracticeProfile(Strict):
    """Praksisprofil: forventet, under udvikling og uacceptabel praksis."""

    model_config = ConfigDict(title="Praksisprofil")

    expected: PlainText | None = Field(
        None,
        title="Forventet praksis",
        description="Sådan ser det ud, når elementet udføres som beskrevet.",
    )
    developmental: PlainText | None = Field(
        None,
        title="Praksis under udvikling",
        description="Et skridt på vejen: delvist som beskrevet.",
    )
    unacceptable: PlainText | None = Field(
        None, title="Uacceptabel praksis", description="Det, der ikke må ske."
    )


class Option(Strict):
    """En retningslinjes mulighed med et kort id, som en lokal udmøntning vælger med."""

    model_config = ConfigDict(title="Valgmulighed")

    id: Id
    text: PlainText = Field(title="Tekst")


class Criterion(Strict):
    """Et troskabskriterium med et fast id, så resultater følger det, selv om teksten omskrives."""

    model_config = ConfigDict(title="Troskabskriterium")

    id: Id
    text: PlainText = Field(title="Tekst")
    activity: PlainText | None = Field(
        None,
        title="Aktivitet",
        description="Den aktivitet, kriteriet måler, ved dens id eller tekst: så gælder "
        "aktivitetens specifikationsniveau for kriteriet.",
    )


class Activity(Strict):
    """En aktivitet med sit eget specifikationsniveau: en regel eller et valg i et princip."""

    model_config = ConfigDict(title="Aktivitet")

    text: PlainText = Field(title="Tekst")
    level: Level | None = Field(
        None,
        title="Specifikationsniveau",
        description="rule (regel), guideline (retningslinje) eller principle (princip). "
        "Uden: kerneelementets niveau.",
    )
    id: Id | None = Field(
        None,
        title="Id",
        description="Et kort id, som en lokal udmøntning og et troskabskriterium kan nævne "
        "aktiviteten med (uden: id'et laves af tekstens første ord).",
    )
    options: list[PlainText | Option] = Field(
        [],
        title="Valgmuligheder",
        description="En retningslinje-aktivitets muligheder: en tekst, eller {id: ..., text: ...}.",
    )
    decision_rule: PlainText | None = Field(
        None, title="Valgregel", description="Hvordan der vælges mellem aktivitetens muligheder."
    )


class CoreElement(Strict):
    """Et kerneelement: HVAD, HVORDAN og HVORFOR, med specifikationsniveau."""

    model_config = ConfigDict(title="Kerneelement")

    id: Id
    title: PlainText = Field(title="Titel")
    level: Level = Field(
        title="Specifikationsniveau",
        description="rule (regel): én forskrift. guideline (retningslinje): et systematisk "
        "valg mellem muligheder. principle (princip): giver mange muligheder. Gælder hver "
        "aktivitet, der ikke har sit eget.",
    )
    type: ElementType | None = Field(
        None,
        title="Type",
        description="practice_element (praksiselement): en konkret arbejdsgang. guideline "
        "(retningslinje): et systematisk valg. operative_principle (operativt princip): et "
        "princip, der styrer handlingerne.",
    )
    evidence: Evidence | None = Field(
        None, title="Evidens", description="documented (dokumenteret) eller presumed (formodet)."
    )
    what: PlainText | None = Field(
        None, title="Hvad", description="Kort, præcis beskrivelse (HVAD)."
    )
    activities: list[PlainText | Activity] = Field(
        [],
        title="Aktiviteter",
        description="Hvad praksis gør (HVORDAN): aktiviteter og løftestænger. En tekst, eller "
        "{text: ..., level: ..., id: ...}, når aktiviteten har sit eget specifikationsniveau.",
    )
    rationale: PlainText | None = Field(
        None,
        title="Begrundelse",
        description="Faglig begrundelse: viden, værdier, forventet effekt (HVORFOR).",
    )
    tools: TextList = Field([], title="Metoder og redskaber")
    adaptable: PlainText | None = Field(
        None, title="Lokal tilpasning", description="Hvad et sted selv må forme."
    )
    options: list[PlainText | Option] = Field(
        [],
        title="Valgmuligheder",
        description="En retningslinjes muligheder: en tekst, eller {id: ..., text: ...}, så "
        "en lokal udmøntning kan vælge med id'et.",
    )
    decision_rule: PlainText | None = Field(
        None, title="Valgregel", description="Hvordan der vælges mellem mulighederne."
    )
    fidelity: list[PlainText | Criterion] = Field(
        [],
        title="Troskabskriterier",
        description="Observerbare kriterier for 'udført som beskrevet': en tekst, eller "
        "{id: ..., text: ...}, så opfølgningens resultater følger kriteriet, når teksten "
        "omskrives (en tekst får et id af sine første ord).",
    )
    practice_profile: PracticeProfile | None = Field(None, title="Praksisprofil")
    previous_ids: list[Id] = Field(
        [], title="Tidligere id'er", description="Id'er elementet har haft i tidligere versioner."
    )

    @property
    def option_texts(self) -> list[str]:
        """Each option's text, whichever way it is written."""
        return [option_text(option) for option in self.options]

    @property
    def fidelity_texts(self) -> list[str]:
        """Each fidelity criterion's text, whichever way it is written."""
        return [c if isinstance(c, str) else c.text for c in self.fidelity]

    @property
    def criteria(self) -> list[Criterion]:
        """Each fidelity criterion with its id: its own, or one made from its first words."""
        return with_ids(self.fidelity)

    @property
    def activity_texts(self) -> list[str]:
        """Each activity's text, whichever way it is written."""
        return [a if isinstance(a, str) else a.text for a in self.activities]

    @property
    def steps(self) -> list[Activity]:
        """Each activity with an id (its own, or made from its first words) and its level
        (its own, or the element's)."""
        written = list(zip(self.activities, self.activity_texts, strict=True))
        ids = made_ids([(None if isinstance(a, str) else a.id, text) for a, text in written])
        out: list[Activity] = []
        for (activity, text), made in zip(written, ids, strict=True):
            if isinstance(activity, str):
                out.append(Activity(text=text, id=made, level=self.level))
            else:
                out.append(
                    activity.model_copy(update={"id": made, "level": self.level_of(activity)})
                )
        return out

    def level_of(self, activity: str | Activity) -> Level:
        """The level an activity is held to: its own, or the element's."""
        return own_level(activity) or self.level

    def step(self, name: str) -> Activity | None:
        """The activity a local file or a criterion names, by its id or its whole text."""
        key = " ".join(name.split()).casefold()
        return next(
            (s for s in self.steps if s.id == name or " ".join(s.text.split()).casefold() == key),
            None,
        )

    @property
    def levels(self) -> set[str]:
        """The element's level and every level its activities are held to."""
        return {self.level, *(self.level_of(a) for a in self.activities)}

    @property
    def all_options(self) -> list[str | Option]:
        """The options a place may choose from: the element's and its guideline activities'."""
        own = [o for a in self.steps if a.level == "guideline" for o in a.options]
        return [*self.options, *own]

    def criterion_level(self, criterion: Criterion) -> Level:
        """The level a criterion measures: its activity's, else the element's."""
        step = self.step(criterion.activity) if criterion.activity else None
        return step.level if step and step.level else self.level


def own_level(activity: str | Activity) -> Level | None:
    """The level an activity is written with, if any (a plain text has its element's)."""
    return None if isinstance(activity, str) else activity.level


def option_text(option: str | Option) -> str:
    """An option's text: the string itself, or its `text`."""
    return option if isinstance(option, str) else option.text


# A criterion written as plain text is named by this many of its first words.
_CRITERION_WORDS = 6


def with_ids(criteria: list[str | Criterion]) -> list[Criterion]:
    """Criteria with ids; a plain text's id is its first words (`familien-har-senest-...`),
    numbered when two begin alike, so an id never names two criteria of one element."""
    pairs: list[tuple[str | None, str]] = [
        (c.id, c.text) if isinstance(c, Criterion) else (None, c) for c in criteria
    ]
    return [
        c if isinstance(c, Criterion) else Criterion(id=made, text=c)
        for c, made in zip(criteria, made_ids(pairs, "kriterium"), strict=True)
    ]


def made_ids(items: list[tuple[str | None, str]], prefix: str = "aktivitet") -> list[str]:
    """Each (own id, text)'s id: its own, or its text's first words, numbered when two begin
    alike and led by `prefix` when the words give no id."""
    taken = {own for own, _ in items if own}
    named: list[str] = []
    for own, text in items:
        if own:
            named.append(own)
            continue
        base = ""
        for word in place_id(text).split("-")[:_CRITERION_WORDS]:
            if len(base) + len(word) + 1 > 56:  # whole words, and room for a number
                break
            base = f"{base}-{word}" if base else word
        if not (len(base) > 1 and base[0].isalpha()):
            base = f"{prefix}-{base}".strip("-")[:56].rstrip("-")
        made, number = base, 2
        while made in taken:
            made, number = f"{base}-{number}", number + 1
        taken.add(made)
        named.append(made)
    return named


def option_label(option: str | Option) -> str:
    """An option as a `choice` names it: `id (text)` when it has an id, else its text."""
    return option if isinstance(option, str) else f"{option.id} ({option.text})"
