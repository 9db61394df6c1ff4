"""The Danish words the site shows for the format's English keys and values."""

from __future__ import annotations

from susi_spec.diff.trace import place_title
from susi_spec.labels import STATUSES as STATUSES
from susi_spec.labels import date_da as date_da
from susi_spec.labels import version_name as version_name
from susi_spec.model.types import BODY_SECTIONS, VALUE_NAMES


def _names(field: str) -> dict[str, str]:
    """The Danish names of a field's values (model.types.VALUE_NAMES), standing alone."""
    return {key: da[:1].upper() + da[1:] for key, (da, _) in VALUE_NAMES[field].items()}


PHASES = _names("phase")
TYPES = _names("intervention_type")
# Navigation groups, in this order; specs without a type come last.
TYPE_GROUPS = {
    "citizen": "Borgerrettede indsatser",
    "organisational": "Organisatoriske indsatser",
    "integrated": "Integrerede indsatser",
    "": "Øvrige indsatser",
}
LEVELS = _names("core_elements/level")
ELEMENT_TYPES = _names("core_elements/type")
LEVEL_HINTS = {
    "rule": "Én forskrift, der altid følges.",
    "guideline": "Et systematisk valg mellem navngivne muligheder.",
    "principle": "En retning, der giver plads til mange måder at gøre det på.",
}
EVIDENCE = _names("core_elements/evidence")
KNOWLEDGE = _names("knowledge_basis")
# The theory of change's columns: each kind of node, in the plural.
NODE_KINDS = {
    "activity": "Aktiviteter",
    "output": "Leverancer",
    "short_term_outcome": "Kortsigtede resultater",
    "medium_term_outcome": "Mellemlange resultater",
    "long_term_outcome": "Langsigtede resultater",
}
# SUSI's own words for the kinds (Socialstyrelsen's template: "Mindset, skillset og
# toolset"), each with what it means.
COMPETENCIES = {
    key: (key.capitalize(), meaning) for key, meaning in _names("competencies/kind").items()
}
IMPLEMENTATION = {
    "individual": ("Individuelt niveau", "Kompetencer"),
    "interpersonal": ("Interpersonelt niveau", "Kultur"),
    "institutional": ("Institutionelt niveau", "Kommunen"),
    "infrastructural": ("Infrastrukturelt niveau", "Konteksten"),
}
DELIVERY_MODES = _names("delivery/mode")
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
ROLES = _names("contributors/role")
VOICES = _names("contributors/voice")
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
    "SP313": "En afvigelse handler om en aktivitet, som kerneelementet ikke har i den nye version.",
}
LOCAL_FIX_DEFAULT = "Udmøntningen skal gennemgås og tilpasses den nye version."

# The body sections of FORMAT.md, in order, with their default Danish headings.
SECTIONS = {anchor: da for anchor, (da, _) in BODY_SECTIONS.items()}


def place_name(place: str, names: dict[str, str] | None = None) -> str:
    """A place id as a name (one home: model/municipalities.py, which the learning record uses too)."""
    return place_title(place, names)


def label(table: dict[str, str], key: str | None) -> str:
    return table.get(key or "", key or "")
