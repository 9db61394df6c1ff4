"""Shared field types and the enums of susi-spec/1, with their Danish names."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, Strict, StringConstraints

from susi_spec.labels import STATUS_NAMES

# What an id may be: the model's `Id`, and `susi new` before it writes a file.
ID_PATTERN = r"^[a-z][a-z0-9-]{1,63}$"
Id = Annotated[
    str,
    Strict(),
    StringConstraints(pattern=ID_PATTERN),
    Field(
        title="Id",
        description="Små bogstaver a-z, tal og bindestreg, 2-64 tegn, begynder med et bogstav "
        "(æ→ae, ø→oe, å→aa).",
    ),
]
# Text as written: a number or a date is not coerced into it. (problems.Text is a message.)
PlainText = Annotated[str, Strict()]
TextList = list[PlainText]
Flag = Annotated[bool, Strict()]
# A quoted "2020-09-15" is text, not a date: dates are written unquoted (FORMAT.md).
Date = Annotated[dt.date, Strict()]
# Kroner: a number as written (text is not coerced), never negative, at most a billion.
Amount = Annotated[float, Strict(), Field(ge=0, le=1_000_000_000)]
Year = Annotated[int, Strict(), Field(ge=1990, le=2100)]

Level = Literal["rule", "guideline", "principle"]
# The seeds' three types of core element; a type says what it is, a level how fixed it is.
ElementType = Literal["practice_element", "guideline", "operative_principle"]
Evidence = Literal["documented", "presumed"]
Status = Literal["draft", "review", "released"]
Phase = Literal["screening", "maturation", "pilot", "dissemination"]
InterventionType = Literal["citizen", "organisational", "integrated"]
KnowledgeBasis = Literal["promising_practice", "research", "experts", "theory"]
NodeKind = Literal[
    "activity", "output", "short_term_outcome", "medium_term_outcome", "long_term_outcome"
]
CompetencyKind = Literal["mindset", "skillset", "toolset"]
ContributorRole = Literal["owner", "author", "reviewer", "consulted"]
Voice = Literal["practice", "citizen", "research", "management"]
DeliveryMode = Literal["individual", "family", "group", "network", "digital"]
# The four kinds of result of the learning cycle's step 3 (analyse and evaluate): what a
# cycle's finding is, and what an indicator of the documentation model measures.
ResultKind = Literal["implementation", "citizen", "professional", "organisational"]

# Causal order of theory-of-change node kinds; a link should never run backwards.
NODE_ORDER: dict[str, int] = {
    "activity": 0,
    "output": 1,
    "short_term_outcome": 2,
    "medium_term_outcome": 3,
    "long_term_outcome": 4,
}

# The node kinds that are results: what an indicator of the documentation model measures.
OUTCOME_KINDS = frozenset({"short_term_outcome", "medium_term_outcome", "long_term_outcome"})

# Strictness of specification levels: moving up is tightening.
LEVEL_ORDER: dict[str, int] = {"principle": 0, "guideline": 1, "rule": 2}

# Danish words authors may write for an enum value, and the English value to write instead.
DANISH_VALUES: dict[str, str] = {
    "regel": "rule",
    "retningslinje": "guideline",
    "princip": "principle",
    "praksiselement": "practice_element",
    "operativt princip": "operative_principle",
    "operativt-princip": "operative_principle",
    "dokumenteret": "documented",
    "formodet": "presumed",
    "antaget": "presumed",
    "udkast": "draft",
    "kladde": "draft",
    "til-review": "review",
    "review": "review",
    "høring": "review",
    "frigivet": "released",
    "udgivet": "released",
    "screening": "screening",
    "modning": "maturation",
    "modningsfase": "maturation",
    "afprøvning": "pilot",
    "pilotafprøvning": "pilot",
    "udbredelse": "dissemination",
    "borger": "citizen",
    "borgerrettet": "citizen",
    "organisatorisk": "organisational",
    "organizational": "organisational",
    "integreret": "integrated",
    "lovende-praksis": "promising_practice",
    "lovende praksis": "promising_practice",
    "forskning": "research",
    "eksperter": "experts",
    "teori": "theory",
    "aktivitet": "activity",
    "output": "output",
    "kortsigtet": "short_term_outcome",
    "mellemlang": "medium_term_outcome",
    "langsigtet": "long_term_outcome",
    "tankesæt": "mindset",
    "holdning": "mindset",
    "færdigheder": "skillset",
    "værktøjer": "toolset",
    "ejer": "owner",
    "forfatter": "author",
    "reviewer": "reviewer",
    "gennemlæser": "reviewer",
    "hørt": "consulted",
    "praksis": "practice",
    "ledelse": "management",
    "individuel": "individual",
    "familie": "family",
    "gruppe": "group",
    "netværk": "network",
    "digital": "digital",
    "final": "final",
    "endelig": "final",
}

# Each kind of result as a reader calls it (da, en).
RESULT_KINDS: dict[str, tuple[str, str]] = {
    "implementation": ("implementering", "implementation"),
    "citizen": ("borgernært resultat", "citizen result"),
    "professional": ("fagligt resultat", "professional result"),
    "organisational": ("organisatorisk resultat", "organisational result"),
}

# The six criteria of an evidence-based method (Socialstyrelsen, "Indsatsen som
# drivkraft"), in their order, by key: the Danish and English names of each.
EVIDENCE_CRITERIA: dict[str, tuple[str, str]] = {
    "effect_evaluation": ("Systematisk effektevaluering", "Systematic effect evaluation"),
    "research_basis": (
        "Eksplicit forsknings- og teoretisk udgangspunkt",
        "Explicit research and theoretical basis",
    ),
    "protocol": ("Eksplicit tiltagsbeskrivelse (protokol)", "Explicit description (protocol)"),
    "skills_training": ("Færdighedsbaseret oplæring", "Skills-based training"),
    "fidelity_requirements": (
        "Eksplicitte implementeringskrav (fidelitet)",
        "Explicit implementation requirements (fidelity)",
    ),
    "quality_assurance": ("Kvalitetssikringsprocedurer", "Quality-assurance procedures"),
}
CriterionStatus = Literal["met", "partly", "not_met"]
# Each status as a reader calls it (da, en), and its rank: moving up is strengthening.
CRITERION_STATUSES: dict[str, tuple[str, str]] = {
    "met": ("opfyldt", "met"),
    "partly": ("delvist opfyldt", "partly met"),
    "not_met": ("ikke opfyldt", "not met"),
}
CRITERION_ORDER: dict[str, int] = {"not_met": 0, "partly": 1, "met": 2}

# Each enum value as a reader calls it (da, en), by the field that holds it (its path in
# the format, list positions left out): the one home of these words. The site, the diff
# reports and the studio show a value only through them, never as its key; a word is
# The specification levels as a reader calls them (da, en).
_LEVEL_WORDS: dict[str, tuple[str, str]] = {
    "rule": ("regel", "rule"),
    "guideline": ("retningslinje", "guideline"),
    "principle": ("princip", "principle"),
}

# written as inside a sentence (the site capitalises it where it stands alone).
VALUE_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    "status": STATUS_NAMES,
    "phase": {
        "screening": ("screening", "screening"),
        "maturation": ("modning", "maturation"),
        "pilot": ("afprøvning", "pilot"),
        "dissemination": ("udbredelse", "dissemination"),
    },
    "intervention_type": {
        "citizen": ("borgerrettet", "citizen-directed"),
        "organisational": ("organisatorisk", "organisational"),
        "integrated": ("integreret", "integrated"),
    },
    "knowledge_basis": {
        "promising_practice": ("lovende praksis", "promising practice"),
        "research": ("forskning", "research"),
        "experts": ("eksperter", "experts"),
        "theory": ("teori", "theory"),
    },
    "core_elements/level": _LEVEL_WORDS,
    # An activity's own level is a level like the element's.
    "core_elements/activities/level": _LEVEL_WORDS,
    "core_elements/type": {
        "practice_element": ("praksiselement", "practice element"),
        "guideline": ("retningslinje", "guideline"),
        "operative_principle": ("operativt princip", "operative principle"),
    },
    "core_elements/evidence": {
        "documented": ("dokumenteret virkning", "documented effect"),
        "presumed": ("formodet virkning", "presumed effect"),
    },
    "theory_of_change/nodes/kind": {
        "activity": ("aktivitet", "activity"),
        "output": ("leverance", "output"),
        "short_term_outcome": ("kortsigtet resultat", "short-term outcome"),
        "medium_term_outcome": ("mellemlangt resultat", "medium-term outcome"),
        "long_term_outcome": ("langsigtet resultat", "long-term outcome"),
    },
    # SUSI's own words for the kinds are mindset, skillset and toolset (the site shows
    # them as headings); these are what they mean.
    "competencies/kind": {
        "mindset": ("holdninger og værdier", "mindset"),
        "skillset": ("færdigheder", "skillset"),
        "toolset": ("metoder og redskaber", "toolset"),
    },
    "contributors/role": {
        "owner": ("ejer", "owner"),
        "author": ("forfatter", "author"),
        "reviewer": ("gennemlæser", "reviewer"),
        "consulted": ("hørt", "consulted"),
    },
    "contributors/voice": {
        "practice": ("praksis", "practice"),
        "citizen": ("borger", "citizen"),
        "research": ("forskning", "research"),
        "management": ("ledelse", "management"),
    },
    "delivery/mode": {
        "individual": ("individuelt", "individual"),
        "family": ("familie", "family"),
        "group": ("gruppe", "group"),
        "network": ("netværk", "network"),
        "digital": ("digitalt", "digital"),
    },
    "costs/estimates/kind": {
        "startup": ("opstart", "start-up"),
        "running": ("drift", "running"),
    },
    "costs/estimates/unit": {
        "per_citizen": ("pr. borger", "per citizen"),
        "per_course": ("pr. forløb", "per course"),
        "per_year": ("pr. år", "per year"),
    },
    "documentation/indicators/kind": RESULT_KINDS,
    # A place's follow-up (susi-results/1): a criterion's result, where practice is, a
    # readiness answer's status (the workbooks' drop-downs are these words, capitalised).
    "fidelity/result": {
        "done": ("udført", "done"),
        "partly": ("delvist", "partly"),
        "not_done": ("ikke udført", "not done"),
    },
    "practice_profile/assessment": {
        "expected": ("forventet", "expected"),
        "developmental": ("under udvikling", "developmental"),
        "unacceptable": ("uacceptabel", "unacceptable"),
    },
    "readiness/answers/status": {
        "not_started": ("ikke begyndt", "not started"),
        "in_progress": ("i gang", "in progress"),
        "done": ("på plads", "done"),
    },
    # A criterion's status: by the diff's field (the criterion is the change's label)
    # and by its path in the format (the studio).
    "evidence_profile/status": CRITERION_STATUSES,
    **{f"evidence_profile/{key}/status": CRITERION_STATUSES for key in EVIDENCE_CRITERIA},
}

LEVEL_NAMES_DA: dict[str, str] = {
    key: da for key, (da, _) in VALUE_NAMES["core_elements/level"].items()
}

ELEMENT_TYPE_NAMES_DA: dict[str, str] = {
    key: da for key, (da, _) in VALUE_NAMES["core_elements/type"].items()
}

# The body sections of FORMAT.md, in order: anchor, and default heading (da, en).
BODY_SECTIONS: dict[str, tuple[str, str]] = {
    "introduction": ("Introduktion", "Introduction"),
    "target-group": ("Målgruppe", "Target group"),
    "knowledge-base": ("Vidensgrundlag og tilgang", "Knowledge base and approach"),
    "theory-of-change": ("Forandringsteori", "Theory of change"),
    "content": ("Indhold og fremgangsmåde", "Content and procedure"),
    "implementation": ("Implementeringsvejledning", "Implementation guide"),
    "competencies": ("Kompetencekrav", "Competency requirements"),
    "documentation": ("Dokumentation og kvalitetssikring", "Documentation and quality assurance"),
    "costs": ("Omkostninger", "Costs"),
}

# FRAME's two kinds of change, by a `changes:` entry's `planned` (da, en).
FRAME_KINDS: dict[bool, tuple[str, str]] = {
    True: ("Planlagt tilpasning", "Planned adaptation"),
    False: ("Reaktiv ændring", "Reactive change"),
}
