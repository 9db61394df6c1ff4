"""The shape of a common model (`susi-spec/1`): what each key may hold.

Pydantic checks shape only; what a version must contain is for the rules. Titles and
descriptions are Danish because they become editor tooltips via the JSON Schema.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, field_validator

from susi_spec.model.core_element import CoreElement
from susi_spec.model.documentation import Documentation, EvidenceProfile
from susi_spec.model.strict import Strict, Version, check_version
from susi_spec.model.theory_of_change import TheoryOfChange
from susi_spec.model.types import (
    Amount,
    CompetencyKind,
    ContributorRole,
    Date,
    DeliveryMode,
    Flag,
    Id,
    InterventionType,
    KnowledgeBasis,
    Phase,
    PlainText,
    Status,
    TextList,
    Voice,
    Year,
)


class TargetGroup(Strict):
    """Målgruppen: hvem indsatsen er til, og hvem den ikke er til."""

    model_config = ConfigDict(title="Målgruppe")

    description: PlainText | None = Field(
        None, title="Beskrivelse", description="Definition og kendetegn."
    )
    inclusion: TextList = Field(
        [],
        title="Inklusionskriterier",
        description="Hvad der gør, at en borger hører til målgruppen.",
    )
    exclusion: TextList = Field(
        [], title="Eksklusionskriterier", description="Hvem indsatsen ikke er til, og hvorfor."
    )
    referral: PlainText | None = Field(
        None, title="Visitation", description="Hvordan borgere henvises."
    )


class Competency(Strict):
    """Et kompetencekrav: mindset, skillset eller toolset."""

    model_config = ConfigDict(title="Kompetencekrav")

    id: Id
    kind: CompetencyKind = Field(title="Type", description="mindset, skillset eller toolset.")
    text: PlainText = Field(title="Tekst")
    core_elements: list[Id] = Field(
        [], title="Kerneelementer", description="De kerneelementer, kompetencen skal til for."
    )


class Implementation(Strict):
    """De fire implementeringsniveauer."""

    model_config = ConfigDict(title="Implementering")

    individual: TextList = Field([], title="Individuelt niveau (kompetencer)")
    interpersonal: TextList = Field([], title="Interpersonelt niveau (kultur)")
    institutional: TextList = Field([], title="Institutionelt niveau (kommune)")
    infrastructural: TextList = Field([], title="Infrastrukturelt niveau (kontekst)")


class Delivery(Strict):
    """Levering (TIDieR): hvordan, hvor, hvornår og hvor meget."""

    model_config = ConfigDict(title="Levering")

    mode: list[DeliveryMode] = Field(
        [],
        title="Form",
        description="Hvordan indsatsen gives: individuelt, til familien, i grupper ...",
    )
    setting: TextList = Field(
        [], title="Sted", description="Hvor indsatsen foregår, fx home, municipality, school."
    )
    dose: PlainText | None = Field(
        None,
        title="Omfang",
        description="Antal, hyppighed og længde af kontakter; forløbets længde; sagsstamme.",
    )


class Material(Strict):
    """Materiale: manual, skema eller redskab."""

    model_config = ConfigDict(title="Materiale")

    title: PlainText = Field(title="Titel")
    url: PlainText | None = Field(None, title="Adresse", description="Et link til materialet.")
    purpose: PlainText | None = Field(
        None, title="Formål", description="Hvad materialet bruges til."
    )


class Contributor(Strict):
    """Hvem ejer, skrev og blev hørt."""

    model_config = ConfigDict(title="Bidragyder")

    name: PlainText = Field(title="Navn")
    role: ContributorRole = Field(
        title="Rolle", description="owner, author, reviewer eller consulted."
    )
    voice: Voice | None = Field(
        None, title="Stemme", description="practice, citizen, research eller management."
    )


class ChangeEntry(Strict):
    """Hvorfor denne version adskiller sig fra den forrige (FRAME)."""

    model_config = ConfigDict(title="Ændring")

    what: PlainText = Field(title="Hvad")
    why: PlainText | None = Field(
        None, title="Hvorfor", description="Hvad der førte til ændringen (fx en evaluering)."
    )
    decided_by: PlainText | None = Field(
        None, title="Besluttet af", description="Hvem der besluttede ændringen."
    )
    planned: Flag | None = Field(
        None,
        title="Planlagt",
        description="Planlagt tilpasning (true) eller reaktiv ændring (false).",
    )
    fidelity_consistent: Flag | None = Field(
        None,
        title="Tro mod modellen",
        description="Om ændringen holder sig inden for modellens kerne.",
    )
    core_elements: list[Id] = Field(
        [], title="Kerneelementer", description="De kerneelementer, ændringen angår."
    )


CostKind = Literal["startup", "running"]
CostUnit = Literal["per_citizen", "per_course", "per_year"]


class CostAmount(Strict):
    """Et beløb i kroner: opstart eller drift, pr. borger, pr. forløb eller pr. år, i et år."""

    model_config = ConfigDict(title="Beløb")

    kind: CostKind = Field(
        title="Art", description="startup (opstartsomkostning) eller running (driftsomkostning)."
    )
    amount: Amount = Field(title="Beløb (kr.)", description="Kroner, uden tusindtalsskilletegn.")
    unit: CostUnit = Field(
        title="Enhed",
        description="per_citizen (pr. borger), per_course (pr. forløb) eller per_year (pr. år).",
    )
    year: Year = Field(title="År", description="Året, beløbet gælder (prisniveau).")
    note: PlainText | None = Field(None, title="Note", description="Hvad beløbet dækker.")


class Costs(Strict):
    """Omkostningsmodellens fire kategorier."""

    model_config = ConfigDict(title="Omkostninger")

    preparation: PlainText | None = Field(
        None, title="Forberedelse", description="Hvad det koster at gøre klar: tid og opgaver."
    )
    training: PlainText | None = Field(
        None, title="Uddannelse", description="Kurser og supervision for medarbejderne."
    )
    operation: PlainText | None = Field(
        None, title="Drift", description="Hvad det løbende koster at udføre indsatsen."
    )
    equipment: PlainText | None = Field(None, title="Udstyr", description="Udstyr og materialer.")
    estimates: list[CostAmount] = Field(
        [],
        title="Omkostningsvurdering",
        description="Den fælles models vurdering i tal, i samme form som stedernes "
        "omkostninger: art, beløb, enhed og år.",
    )


class Spec(Strict):
    """En indsatsbeskrivelse (fælles model), susi-spec/1."""

    model_config = ConfigDict(title="Indsatsbeskrivelse (susi-spec/1)")

    schema_: Literal["susi-spec/1"] = Field(alias="schema", title="Skema")
    id: Id
    title: PlainText = Field(title="Titel")
    summary: PlainText | None = Field(
        None, title="Resumé", description="En eller to sætninger, som en kommune læser først."
    )
    version: Version
    status: Status = Field(
        title="Status", description="draft (udkast), review eller released (frigivet)."
    )
    released: Date | None = Field(
        None, title="Frigivet", description="Dato, ÅÅÅÅ-MM-DD; kræves når status er released."
    )
    milestone: PlainText | None = Field(
        None,
        title="Milepæl",
        description="Hvad versionen afslutter: screening, opstart, metodeseminar ...",
    )
    phase: Phase | None = Field(
        None,
        title="Fase",
        description="screening, maturation (modning), pilot (afprøvning) eller dissemination "
        "(udbredelse).",
    )
    intervention_type: InterventionType | None = Field(
        None,
        title="Indsatstype",
        description="citizen (borgerrettet), organisational (organisatorisk) eller integrated "
        "(integreret).",
    )
    knowledge_basis: list[KnowledgeBasis] = Field(
        [], title="Vidensgrundlag", description="Hvad indsatsen bygger på."
    )
    evidence_profile: EvidenceProfile | None = Field(
        None,
        title="Evidensprofil",
        description="De seks kriterier for en evidensbaseret metode: opfyldt, delvist eller "
        "ikke, og hvor det ses.",
    )
    places: list[Id] = Field(
        [],
        title="Kommuner",
        description="De kommuner, der er med, skrevet som id (ishoej, hoeje-taastrup).",
    )
    target_group: TargetGroup | None = Field(None, title="Målgruppe")
    core_elements: list[CoreElement] = Field([], title="Kerneelementer")
    theory_of_change: TheoryOfChange | None = Field(None, title="Forandringsteori")
    competencies: list[Competency] = Field([], title="Kompetencekrav")
    implementation: Implementation | None = Field(None, title="Implementering")
    documentation: Documentation | None = Field(None, title="Dokumentation")
    delivery: Delivery | None = Field(None, title="Levering")
    materials: list[Material] = Field(
        [], title="Materialer", description="Manualer, skemaer og redskaber."
    )
    risks: TextList = Field(
        [],
        title="Risici og kontraindikationer",
        description="Kendte risici, og hvornår indsatsen ikke bør bruges.",
    )
    legal_basis: TextList = Field(
        [], title="Lovgrundlag", description="Love og paragraffer, indsatsen hviler på."
    )
    contributors: list[Contributor] = Field(
        [], title="Bidragydere", description="Hvem der ejer, skrev og blev hørt."
    )
    changes: list[ChangeEntry] = Field(
        [], title="Ændringer", description="Hvorfor versionen adskiller sig fra den forrige."
    )
    costs: Costs | None = Field(None, title="Omkostninger")

    _check_version = field_validator("version", mode="before")(check_version)
