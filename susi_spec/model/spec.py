"""The shape of a common model (`susi-spec/1`): what each key may hold.

Pydantic checks shape only; what a version must contain is for the rules. Titles and
descriptions are Danish because they become editor tooltips via the JSON Schema.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from susi_spec.model.municipalities import place_id
from susi_spec.model.types import (
    EVIDENCE_CRITERIA,
    Amount,
    CompetencyKind,
    ContributorRole,
    CriterionStatus,
    Date,
    DeliveryMode,
    ElementType,
    Evidence,
    Flag,
    Id,
    InterventionType,
    KnowledgeBasis,
    Level,
    NodeKind,
    Phase,
    PlainText,
    ResultKind,
    Status,
    TextList,
    Voice,
    Year,
)


class Strict(BaseModel):
    """Base for every block: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Version = Annotated[
    int | Literal["final"],
    Field(
        title="Version",
        description="0, 1, 2, ... eller final. v0 fra screeningen, v1 den første fulde "
        "beskrivelse, v2 efter første metodeseminar, v3 efter midtvejsevalueringen, final "
        "efter pilotafprøvningen.",
    ),
]


# SUSI's scheme has v0-v3 and final; a bound keeps every later stage (sorting beside
# `final`, labels, file names, the site's addresses) safe from a 5,000-digit number.
MAX_VERSION = 999


def check_version(value: object) -> object:
    """Accept a whole number from 0 to MAX_VERSION or `final`; anything else gets one message."""
    if value == "final" or (
        isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_VERSION
    ):
        return value
    raise PydanticCustomError(
        "version",
        "version must be a whole number (0, 1, 2, ...) or final",
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


class Node(Strict):
    """Et punkt i forandringsteorien."""

    model_config = ConfigDict(title="Node i forandringsteorien")

    id: Id
    kind: NodeKind = Field(
        title="Type",
        description="activity, output, short_term_outcome, medium_term_outcome eller long_term_outcome.",
    )
    text: PlainText = Field(title="Tekst")
    core_elements: list[Id] = Field(
        [], title="Kerneelementer", description="De kerneelementer, en aktivitet udfører."
    )
    instrument: PlainText | None = Field(
        None, title="Måleredskab", description="Hvordan resultatet måles."
    )


class Link(Strict):
    """En pil i forandringsteorien: fra en node til en senere node."""

    model_config = ConfigDict(title="Forbindelse")

    source: Id = Field(alias="from", title="Fra")
    target: Id = Field(alias="to", title="Til")


class TheoryOfChange(Strict):
    """Forandringsteori: fra aktiviteter til kortsigtede og langsigtede resultater."""

    model_config = ConfigDict(title="Forandringsteori")

    problem: PlainText | None = Field(
        None, title="Problem", description="Det problem hos målgruppen, indsatsen skal løse."
    )
    nodes: list[Node] = Field(
        [],
        title="Noder",
        description="Aktiviteter, leverancer og resultater på kort, mellemlangt og langt sigt.",
    )
    links: list[Link] = Field(
        [],
        title="Forbindelser",
        description="Pilene: hvilket punkt fører til hvilket, fra aktivitet mod resultat.",
    )
    assumptions: TextList = Field(
        [], title="Antagelser", description="Hvad der skal være sandt, for at teorien holder."
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
