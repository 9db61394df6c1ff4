"""The Danish words the site shows for the format's English keys and values."""

from __future__ import annotations

from susi_spec.diff.trace import place_title
from susi_spec.labels import STATUSES as STATUSES
from susi_spec.labels import date_da as date_da
from susi_spec.labels import version_name as version_name
from susi_spec.model.types import BODY_SECTIONS, LEVEL_NAMES_DA

PHASES = {
    "screening": "Screening",
    "maturation": "Modning",
    "pilot": "Afprøvning",
    "dissemination": "Udbredelse",
}
TYPES = {
    "citizen": "Borgerrettet",
    "organisational": "Organisatorisk",
    "integrated": "Integreret",
}
# Navigation groups, in this order; specs without a type come last.
TYPE_GROUPS = {
    "citizen": "Borgerrettede indsatser",
    "organisational": "Organisatoriske indsatser",
    "integrated": "Integrerede indsatser",
    "": "Øvrige indsatser",
}
LEVELS = {key: value.capitalize() for key, value in LEVEL_NAMES_DA.items()}
LEVEL_HINTS = {
    "rule": "Én forskrift, der altid følges.",
    "guideline": "Et systematisk valg mellem navngivne muligheder.",
    "principle": "En retning, der giver plads til mange måder at gøre det på.",
}
EVIDENCE = {"documented": "Dokumenteret virkning", "presumed": "Formodet virkning"}
KNOWLEDGE = {
    "promising_practice": "Lovende praksis",
    "research": "Forskning",
    "experts": "Eksperter",
    "theory": "Teori",
}
NODE_KINDS = {
    "activity": "Aktiviteter",
    "output": "Leverancer",
    "short_term_outcome": "Kortsigtede resultater",
    "medium_term_outcome": "Mellemlange resultater",
    "long_term_outcome": "Langsigtede resultater",
}
COMPETENCIES = {
    "mindset": ("Mindset", "Holdninger og værdier"),
    "skillset": ("Skillset", "Færdigheder"),
    "toolset": ("Toolset", "Metoder og redskaber"),
}
IMPLEMENTATION = {
    "individual": ("Individuelt niveau", "Kompetencer"),
    "interpersonal": ("Interpersonelt niveau", "Kultur"),
    "institutional": ("Institutionelt niveau", "Kommunen"),
    "infrastructural": ("Infrastrukturelt niveau", "Konteksten"),
}
DELIVERY_MODES = {
    "individual": "Individuelt",
    "family": "Familie",
    "group": "Gruppe",
    "network": "Netværk",
    "digital": "Digitalt",
}
# `delivery.setting` is free text; FORMAT.md's examples are English words, shown in Danish.
DELIVERY_SETTINGS = {
    "home": "Hjemmet",
    "municipality": "Kommunen",
    "school": "Skolen",
    "daycare": "Dagtilbud",
    "hospital": "Sygehuset",
    "residential": "Botilbud",
    "jobcentre": "Jobcentret",
    "street": "Gaden",
    "online": "Online",
}
ROLES = {"owner": "Ejer", "author": "Forfatter", "reviewer": "Reviewer", "consulted": "Hørt"}
VOICES = {
    "practice": "Praksis",
    "citizen": "Borger",
    "research": "Forskning",
    "management": "Ledelse",
}
COSTS = {
    "preparation": "Forberedelse",
    "training": "Uddannelse",
    "operation": "Drift",
    "equipment": "Udstyr",
}
PROFILE = {
    "expected": "Forventet praksis",
    "developmental": "Praksis under udvikling",
    "unacceptable": "Uacceptabel praksis",
}
MOVES = {"tightened": "strammet", "loosened": "løsnet"}
# A place's deviation from a core element, by the element's level (FORMAT.md, "Local
# implementations"): what it means, and why.
DEVIATIONS = {
    "principle": (
        "noteret",
        "Et princip må udmøntes frit; afvigelsen er noteret, så andre kan lære af den.",
    ),
    "guideline": (
        "til gennemsyn",
        "En retningslinje giver frihed til at vælge blandt dens muligheder; en afvigelse "
        "gennemgås med Socialstyrelsen.",
    ),
    "rule": ("ikke tilladt", "En regel må ikke fraviges lokalt."),
}
# What a place must change to follow a newer release, as its readers are told: the reader's
# version of each local rule's message (the check's own, for the editor, names the YAML keys
# to edit). None: nothing a reader needs to hear. A code not here gets LOCAL_FIX_DEFAULT.
LOCAL_FIXES: dict[str, str | None] = {
    "SP303": "Nogle kerneelementer i den nye version er ikke beskrevet: hvordan udføres de lokalt?",
    "SP304": "Nogle tilpasninger handler om kerneelementer, som den nye version ikke har.",
    "SP305": "Udmøntningen afviger fra en regel i den nye version, og en regel må ikke fraviges.",
    "SP306": "Et valg passer ikke til den nye version: kerneelementet har ikke længere den "
    "mulighed (eller er blevet en regel eller et princip uden muligheder at vælge imellem). "
    "Udmøntningen skal i stedet beskrive, hvordan kommunen gør.",
    "SP307": "En afvigelse fra en retningslinje i den nye version skal gennemgås med "
    "Socialstyrelsen.",
    "SP308": None,  # a deviation from a principle is allowed: noted on the card
    "SP310": "Et kerneelement er tilpasset mere end én gang.",
    "SP311": None,  # how a choice is written in the file
    "SP312": None,
}
LOCAL_FIX_DEFAULT = "Udmøntningen skal gennemgås og tilpasses den nye version."

# The body sections of FORMAT.md, in order, with their default Danish headings.
SECTIONS = {anchor: da for anchor, (da, _) in BODY_SECTIONS.items()}


def place_name(place: str, names: dict[str, str] | None = None) -> str:
    """A place id as a name (one home: model/municipalities.py, which the learning record uses too)."""
    return place_title(place, names)


def label(table: dict[str, str], key: str | None) -> str:
    return table.get(key or "", key or "")
