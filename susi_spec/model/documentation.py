"""The documentation model (indicators tied to the theory of change) and the evidence
profile (the six criteria of an evidence-based method)."""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from susi_spec.model.strict import Strict
from susi_spec.model.theory_of_change import TheoryOfChange
from susi_spec.model.types import (
    EVIDENCE_CRITERIA,
    CriterionStatus,
    Id,
    PlainText,
    ResultKind,
    TextList,
)


class Indicator(Strict):
    """En indikator i dokumentationsmodellen: hvad der måles, for hvilke resultater i
    forandringsteorien, med hvad, hvornår og af hvem."""

    model_config = ConfigDict(title="Indikator")

    id: Id
    what: PlainText = Field(title="Hvad der måles", description="Fx andel borgere i egen bolig.")
    nodes: list[Id] = Field(
        [],
        title="Resultater",
        description="Id'er på de resultater i forandringsteorien (kort, mellemlangt eller "
        "langt sigt), indikatoren måler.",
    )
    instrument: PlainText | None = Field(
        None, title="Måleredskab", description="Skema, test eller register, der måler."
    )
    timing: PlainText | None = Field(
        None, title="Hvornår", description="Hvornår der måles, fx ved start og afslutning."
    )
    source: PlainText | None = Field(
        None,
        title="Kilde",
        description="Hvem der registrerer, eller hvilke data der bruges, fx medarbejderen.",
    )
    baseline: PlainText | None = Field(
        None, title="Udgangspunkt", description="Niveauet ved start, når det kendes."
    )
    target: PlainText | None = Field(
        None, title="Mål", description="Det niveau, der sigtes mod, når det kendes."
    )
    kind: ResultKind | None = Field(
        None,
        title="Slags resultat",
        description="implementation (implementering), citizen (borgernært resultat), "
        "professional (fagligt resultat) eller organisational (organisatorisk resultat).",
    )


def indicator_text(indicator: str | Indicator) -> str:
    """What an indicator measures: the text itself (the older form), or its `what`."""
    return indicator if isinstance(indicator, str) else indicator.what


class Documentation(Strict):
    """Model for resultatdokumentation og kvalitetssikring."""

    model_config = ConfigDict(title="Dokumentation")

    indicators: list[PlainText | Indicator] = Field(
        [],
        title="Indikatorer",
        description="Hvad der måles for at følge resultaterne: en tekst, eller {id, what, "
        "nodes, instrument, timing, source, ...}, bundet til resultaterne i "
        "forandringsteorien.",
    )
    tools: TextList = Field(
        [], title="Redskaber", description="Skemaer og redskaber til dokumentationen."
    )
    citizen_feedback: PlainText | None = Field(
        None, title="Borgerfeedback", description="Hvordan borgernes oplevelse indsamles."
    )

    @property
    def tied(self) -> list[Indicator]:
        """The indicators written as objects, tied to the theory of change."""
        return [i for i in self.indicators if isinstance(i, Indicator)]


def instrument_of(indicator: Indicator, theory: TheoryOfChange | None) -> str | None:
    """How an indicator is measured: its own `instrument`, else the one every node it
    measures names (a node's `instrument`, the older form, is written once, not twice)."""
    if indicator.instrument:
        return indicator.instrument
    nodes = {node.id: node for node in theory.nodes} if theory is not None else {}
    found = [nodes[ref].instrument for ref in indicator.nodes if ref in nodes]
    if found and all(found) and len(found) == len(indicator.nodes):
        return "; ".join(dict.fromkeys(i for i in found if i))
    return None


class Assessment(Strict):
    """Et kriterium for en evidensbaseret metode: opfyldt eller ej, og hvor det ses."""

    model_config = ConfigDict(title="Vurdering")

    status: CriterionStatus | None = Field(
        None,
        title="Status",
        description="met (opfyldt), partly (delvist opfyldt) eller not_met (ikke opfyldt); "
        "tom, mens kriteriet ikke er vurderet.",
    )
    evidence: PlainText | None = Field(
        None, title="Dokumentation", description="Hvor det ses: en evaluering, en manual ..."
    )
    url: PlainText | None = Field(None, title="Adresse", description="Et link til kilden.")


def _criterion(key: str) -> Any:
    name = EVIDENCE_CRITERIA[key][0]
    return Field(None, title=name, description=f"Kriteriet «{name}»: status og dokumentation.")


class EvidenceProfile(Strict):
    """Evidensprofil: de seks kriterier for en evidensbaseret metode, hvert med status."""

    model_config = ConfigDict(title="Evidensprofil")

    effect_evaluation: Assessment | None = _criterion("effect_evaluation")
    research_basis: Assessment | None = _criterion("research_basis")
    protocol: Assessment | None = _criterion("protocol")
    skills_training: Assessment | None = _criterion("skills_training")
    fidelity_requirements: Assessment | None = _criterion("fidelity_requirements")
    quality_assurance: Assessment | None = _criterion("quality_assurance")

    def assessed(self) -> list[tuple[str, Assessment]]:
        """The criteria assessed, in the fixed order, by key."""
        return [(key, a) for key in EVIDENCE_CRITERIA if (a := getattr(self, key)) is not None]

    @property
    def met(self) -> int:
        """How many of the six criteria are met."""
        return sum(1 for _, a in self.assessed() if a.status == "met")
