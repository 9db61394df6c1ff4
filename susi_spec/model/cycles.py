"""The shape of a spec's learning-cycle record (`susi-cycles/1`, `specs/<id>/cycles.md`).

One file per spec holds every cycle: the version it ran, the places, the plan, what was
found, the method seminar and what it decided. Pydantic checks shape only; whether the
ids exist in the version and the decisions reach the next version is for the SP5xx rules.
Titles and descriptions are Danish: they become editor tooltips via the JSON Schema.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from susi_spec.labels import version_label
from susi_spec.model.strict import Strict, Version, check_version
from susi_spec.model.types import Date, Id, PlainText, ResultKind, TextList

FILE_NAME = "cycles.md"


class Period(Strict):
    """Hvornår cirklen kørte."""

    model_config = ConfigDict(title="Periode")

    start: Date = Field(title="Fra", description="Første dag, fx 2019-11-20.")
    end: Date | None = Field(None, title="Til", description="Sidste dag; tom for en cirkel i gang.")


class Plan(Strict):
    """Trin 1, planlæg: implementeringsplanen og dokumentationsmodellen i kort form."""

    model_config = ConfigDict(title="Plan")

    implementation: PlainText | None = Field(
        None, title="Implementeringsplan", description="Hvad stederne skulle gøre, og hvornår."
    )
    documentation: PlainText | None = Field(
        None,
        title="Dokumentationsmodel",
        description="Hvad der skulle dokumenteres, med hvilke redskaber, og hvornår.",
    )


class CycleFinding(Strict):
    """Et fund fra trin 3, analysér og evaluér: hvad cirklen lærte, og hvor det kom fra."""

    model_config = ConfigDict(title="Fund")

    id: Id
    text: PlainText = Field(title="Fund", description="Hvad der blev fundet, med egne ord.")
    kind: ResultKind = Field(
        title="Slags",
        description="implementation (implementering), citizen (borgernært resultat), "
        "professional (fagligt resultat) eller organisational (organisatorisk resultat).",
    )
    places: list[Id] = Field(
        [],
        title="Steder",
        description="Kommunernes id'er (fx ballerup) eller id'er på lokale udmøntninger.",
    )
    data: PlainText | None = Field(
        None, title="Data", description="Hvilke data fundet bygger på, fx interview, spørgeskema."
    )
    core_elements: list[Id] = Field(
        [], title="Kerneelementer", description="Id'er på de kerneelementer, fundet handler om."
    )
    nodes: list[Id] = Field(
        [], title="Forandringsteori", description="Id'er på noder i forandringsteorien."
    )


class Participant(Strict):
    """En gruppe deltagere på seminaret, nævnt ved rolle, aldrig ved navn."""

    model_config = ConfigDict(title="Deltagere")

    role: PlainText = Field(
        title="Rolle", description="Fx projektledere fra kommunerne. Aldrig en persons navn."
    )
    count: int | None = Field(None, title="Antal", ge=1)


class Seminar(Strict):
    """Metodeseminaret, der gør cirklens læring til næste version."""

    model_config = ConfigDict(title="Metodeseminar")

    title: PlainText = Field(title="Titel", description="Fx Metodeseminar 1.")
    date: Date | None = Field(
        None, title="Dato", description="Seminarets dato; tom, når kilderne ikke giver den."
    )
    questions: TextList = Field(
        [], title="Spørgsmål", description="De spørgsmål, der blev drøftet."
    )
    participants: list[Participant] = Field([], title="Deltagere")


class Decision(Strict):
    """En beslutning: hvad der blev besluttet, på hvilke fund, og ændringen, der bærer den."""

    model_config = ConfigDict(title="Beslutning")

    id: Id
    text: PlainText = Field(title="Beslutning")
    findings: list[Id] = Field(
        [], title="Fund", description="Id'er på de fund, der begrunder beslutningen."
    )
    change: int | None = Field(
        None,
        ge=1,
        title="Ændring",
        description="Nummeret (1, 2, ...) på den post i næste versions changes, der bærer "
        "beslutningen.",
    )
    no_change: PlainText | None = Field(
        None,
        title="Ingen ændring",
        description="Når seminaret besluttede ikke at ændre: hvorfor.",
    )

    @model_validator(mode="after")
    def _one_outcome(self) -> Decision:
        if (self.change is None) == (self.no_change is None):
            raise PydanticCustomError(
                "decision_outcome",
                "a decision has either change (the entry number in the next version's "
                "changes) or no_change (the reason), not both and not neither",
            )
        return self


class Cycle(Strict):
    """Én læringscirkel: planlæg, udfør, analysér og evaluér, tilpas."""

    model_config = ConfigDict(title="Læringscirkel")

    number: int = Field(title="Nummer", ge=0, description="Cirklens nummer: 0, 1, 2, ...")
    title: PlainText | None = Field(None, title="Titel")
    version: Version
    leads_to: Version | None = Field(
        None,
        title="Fører til",
        description="Den version, seminaret førte til; tom for en cirkel i gang.",
    )
    period: Period = Field(title="Periode")
    places: list[Id] = Field(
        [], title="Steder", description="Kommunernes id'er eller id'er på lokale udmøntninger."
    )
    plan: Plan | None = Field(None, title="Plan")
    findings: list[CycleFinding] = Field([], title="Fund")
    seminar: Seminar | None = Field(None, title="Metodeseminar")
    decisions: list[Decision] = Field([], title="Beslutninger")

    _check_version = field_validator("version", "leads_to", mode="before")(
        lambda value: value if value is None else check_version(value)
    )


class CycleRecord(Strict):
    """Læringscirklerne for en indsats, susi-cycles/1."""

    model_config = ConfigDict(title="Læringscirkler (susi-cycles/1)")

    schema_: Literal["susi-cycles/1"] = Field(alias="schema", title="Skema")
    spec: Id = Field(title="Indsats")
    cycles: list[Cycle] = Field([], title="Læringscirkler")

    def leading_to(self, label: str) -> Cycle | None:
        """The cycle whose seminar led to the version labelled `label` (`v2`, `final`)."""
        for cycle in self.cycles:
            if cycle.leads_to is not None and version_label(cycle.leads_to) == label:
                return cycle
        return None
