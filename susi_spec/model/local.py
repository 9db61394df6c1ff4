"""The shape of a local implementation (`susi-local/1`)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, field_validator

from susi_spec.model.strict import Strict, Version, check_version
from susi_spec.model.types import Id, PlainText, Status, TextList


class ActivityDeviation(Strict):
    """Hvor stedet afviger fra én aktivitet: så gælder aktivitetens specifikationsniveau."""

    model_config = ConfigDict(title="Afvigelse fra en aktivitet")

    activity: PlainText = Field(
        title="Aktivitet", description="Aktiviteten i den fælles model, ved dens id eller tekst."
    )
    deviation: PlainText = Field(title="Afvigelse", description="Hvordan stedet afviger.")


class Adaptation(Strict):
    """Hvordan stedet udfører et kerneelement."""

    model_config = ConfigDict(title="Tilpasning")

    core_element: Id = Field(title="Kerneelement")
    how: PlainText | None = Field(
        None, title="Hvordan", description="Team, mødeparadigme, redskaber."
    )
    choice: TextList = Field(
        [], title="Valg", description="For en retningslinje: de valgte muligheder."
    )
    deviation: PlainText | None = Field(
        None, title="Afvigelse", description="Hvor stedet afviger fra den fælles model."
    )
    activity_deviations: list[ActivityDeviation] = Field(
        [],
        title="Afvigelser fra aktiviteter",
        description="Hvor stedet afviger fra en bestemt aktivitet, der har sit eget "
        "specifikationsniveau: {activity: ..., deviation: ...}.",
    )


class LocalSpec(Strict):
    """En lokal udmøntning af en fælles model, susi-local/1."""

    model_config = ConfigDict(title="Lokal udmøntning (susi-local/1)")

    schema_: Literal["susi-local/1"] = Field(alias="schema", title="Skema")
    spec: Id = Field(title="Indsats", description="Id'et på den fælles model, stedet udmønter.")
    place: Id = Field(
        title="Sted", description="Kommunen som id (ishoej, hoeje-taastrup); filens navn."
    )
    provider: PlainText | None = Field(
        None,
        title="Leverandør",
        description="Navnet på stedet, når det ikke er en kommune (fx en privat leverandør "
        "eller en region); så er place dens id.",
    )
    title: PlainText = Field(title="Titel")
    based_on: Version = Field(
        title="Bygger på", description="Den frigivne version af den fælles model."
    )
    status: Status = Field(
        title="Status", description="draft (udkast), review eller released (frigivet)."
    )
    adaptations: list[Adaptation] = Field(
        [], title="Tilpasninger", description="Én pr. kerneelement: hvordan stedet udfører det."
    )

    _check_version = field_validator("based_on", mode="before")(check_version)
