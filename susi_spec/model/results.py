"""The shape of a place's follow-up (`susi-results/1`): fidelity, practice, readiness and
costs on a date.

One file per place and date, `specs/<id>/local/<place>/opfoelgning/<date>.md`, written by
`susi import` from a filled-in workbook or by hand; the rules (SP6xx) check it against the
version of the common model it names.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, field_validator

from susi_spec.model.spec import CostAmount
from susi_spec.model.strict import Strict, Version, check_version
from susi_spec.model.types import Date, Id, PlainText

FidelityStatus = Literal["done", "partly", "not_done"]
ReadinessStatus = Literal["not_started", "in_progress", "done"]
PracticeLevel = Literal["expected", "developmental", "unacceptable"]

RESULTS_SCHEMA = "susi-results/1"
# The folder under a place's folder (`local/<place>/`) that holds its follow-up files.
FOLLOW_UP_FOLDER = "opfoelgning"


class FidelityResult(Strict):
    """Resultatet for ét troskabskriterium: udført, delvist eller ikke udført."""

    model_config = ConfigDict(title="Troskabsresultat")

    core_element: Id = Field(title="Kerneelement")
    criterion: Id = Field(
        title="Troskabskriterium",
        description="Kriteriets id i den version, stedet fulgte (tjeklisten fra susi export "
        "skriver det).",
    )
    result: FidelityStatus = Field(
        title="Resultat",
        description="done (udført), partly (delvist) eller not_done (ikke udført).",
    )
    note: PlainText | None = Field(None, title="Note", description="Hvad forklarer resultatet.")


class PracticeAssessment(Strict):
    """Hvor stedets praksis er i praksisprofilen for ét kerneelement."""

    model_config = ConfigDict(title="Praksisvurdering")

    core_element: Id = Field(title="Kerneelement")
    assessment: PracticeLevel = Field(
        title="Vurdering",
        description="expected (forventet praksis), developmental (praksis under udvikling) "
        "eller unacceptable (uacceptabel praksis).",
    )
    note: PlainText | None = Field(None, title="Note", description="Hvad forklarer vurderingen.")


class ReadinessAnswer(Strict):
    """Svaret på ét spørgsmål i parathedsanalysen."""

    model_config = ConfigDict(title="Parathedssvar")

    question: Id = Field(
        title="Spørgsmål",
        description="Spørgsmålets id i rapporten om implementeringsparathed (fx process-1, "
        "individual-2).",
    )
    answer: PlainText | None = Field(None, title="Svar")
    responsible: PlainText | None = Field(
        None, title="Ansvarlig", description="Funktionen, der har ansvaret (ikke en persons navn)."
    )
    status: ReadinessStatus = Field(
        title="Status",
        description="not_started (ikke begyndt), in_progress (i gang) eller done (på plads).",
    )


class Readiness(Strict):
    """Parathedsanalysen: svarene og dens konklusion."""

    model_config = ConfigDict(title="Implementeringsparathed")

    answers: list[ReadinessAnswer] = Field([], title="Svar")
    conclusion: PlainText | None = Field(
        None, title="Konklusion", description="Hvad analysen betyder for det videre arbejde."
    )


class FollowUp(Strict):
    """Et steds opfølgning på en dato, susi-results/1."""

    model_config = ConfigDict(title="Opfølgning (susi-results/1)")

    schema_: Literal["susi-results/1"] = Field(alias="schema", title="Skema")
    spec: Id = Field(title="Indsats")
    place: Id = Field(title="Sted")
    date: Date = Field(title="Dato", description="Dagen, opfølgningen gælder, ÅÅÅÅ-MM-DD.")
    based_on: Version = Field(
        title="Fulgt version",
        description="Den frigivne version af den fælles model, stedet fulgte i perioden.",
    )
    fidelity: list[FidelityResult] = Field([], title="Troskab")
    practice_profile: list[PracticeAssessment] = Field(
        [],
        title="Praksisprofil",
        description="Hvor praksis er for hvert kerneelement: forventet, under udvikling eller "
        "uacceptabel (praksisprofilen fra susi export).",
    )
    readiness: Readiness | None = Field(None, title="Implementeringsparathed")
    costs: list[CostAmount] = Field(
        [], title="Omkostninger", description="Stedets opstarts- og driftsomkostninger."
    )

    _check_version = field_validator("based_on", mode="before")(check_version)
