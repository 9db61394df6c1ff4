"""Shared field types and the enums of susi-spec/1, with their Danish names."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, Strict, StringConstraints

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

# Causal order of theory-of-change node kinds; a link should never run backwards.
NODE_ORDER: dict[str, int] = {
    "activity": 0,
    "output": 1,
    "short_term_outcome": 2,
    "medium_term_outcome": 3,
    "long_term_outcome": 4,
}

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

LEVEL_NAMES_DA: dict[str, str] = {
    "rule": "regel",
    "guideline": "retningslinje",
    "principle": "princip",
}

ELEMENT_TYPE_NAMES_DA: dict[str, str] = {
    "practice_element": "praksiselement",
    "guideline": "retningslinje",
    "operative_principle": "operativt princip",
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
