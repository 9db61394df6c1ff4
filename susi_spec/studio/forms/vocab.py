"""The words of the editor: a field's label in the reader's language, a value in words.

Danish labels and help texts are the models' own titles and descriptions (the schema's);
English labels are the diff reports' (`diff/reports/terms.py`), the one home of the English
names of fields. A field neither knows falls back to its Danish title.
"""

from __future__ import annotations

from susi_spec.diff.reports.terms import FIELDS, GROUPS, value_label
from susi_spec.model.types import BODY_SECTIONS
from susi_spec.render.site_terms import LEVEL_HINTS
from susi_spec.studio.forms.fieldtree import Field

Path = tuple[str | int, ...]

# What the buttons and notes of the editor say (Danish, English).
UI: dict[str, tuple[str, str]] = {
    "add": ("Tilføj", "Add"),
    "remove": ("Fjern", "Remove"),
    "up": ("Flyt op", "Move up"),
    "down": ("Flyt ned", "Move down"),
    "rename": ("Omdøb", "Rename"),
    "rename_to": ("Nyt id", "New id"),
    "rename_note": (
        "Det gamle id gemmes under Tidligere id'er, så historikken kan følge elementet.",
        "The old id is kept under previous ids, so the history can follow the element.",
    ),
    "required": ("skal udfyldes", "required"),
    "empty": ("ikke angivet", "not given"),
    "yes": ("ja", "yes"),
    "no": ("nej", "no"),
    "item": ("Punkt", "Item"),
    "level_means": ("Hvad niveauet betyder", "What the level means"),
    "level_fields": ("Vises for en retningslinje", "Shown for a guideline"),
    "diagram": ("Diagram", "Diagram"),
    "broken_link": (
        "Forbindelsen peger på en node, der ikke findes.",
        "The link points at a node that does not exist.",
    ),
    "missing_node": ("findes ikke", "does not exist"),
    "markdown": ("Tekst", "Text"),
    "general": ("Om beskrivelsen", "About the description"),
    "other": ("Øvrige felter", "Other fields"),
    "other_sections": ("Andre afsnit i filen", "Other sections in the file"),
    "other_sections_note": (
        "Disse afsnit har et anker, der ikke er et af beskrivelsens ni afsnit, så studiet "
        "redigerer dem ikke. De står urørt i filen og bliver der, når du gemmer. Er ankeret "
        "stavet forkert, siger problemet under afsnittet, hvilket der var ment; ret "
        "overskriften i filen, så står teksten under sit rette afsnit herover.",
        "These sections have an anchor that is none of the nine sections of a description, "
        "so the studio does not edit them. They stay in the file as they are when you save. "
        "When the anchor is misspelt, the problem below the section says which one was meant; "
        "correct the heading in the file and the text appears under its section above.",
    ),
    "line": ("linje", "line"),
    "parts": ("Beskrivelsens dele", "Parts of the description"),
    "allows": ("Hvad niveauet tillader", "What the level allows"),
    "pick": ("Vælg blandt mulighederne", "Choose among the options"),
    "not_covered": ("Ikke udmøntet endnu", "Not covered yet"),
    "add_adaptation": ("Tilføj udmøntning", "Add an adaptation"),
    "no_common": (
        "Den fælles model kunne ikke læses; kerneelementerne vises uden deres niveau.",
        "The common model could not be read; the core elements are shown without their level.",
    ),
    "unknown_element": (
        "Kerneelementet findes ikke i den fælles model.",
        "The core element is not in the common model.",
    ),
    "option_id": ("Id (til lokale valg)", "Id (for local choices)"),
    "indicator_id": (
        "Id (så indikatoren kan bindes til resultater)",
        "Id (to tie the indicator to outcomes)",
    ),
    "own_level": ("Eget specifikationsniveau", "Own specification level"),
    "element_level": ("Kerneelementets niveau", "The core element's level"),
    "cycles": ("Læringscirkler", "Learning cycles"),
    "results": ("Opfølgning", "Follow-up"),
}

LEVEL_HINTS_EN = {
    "rule": "One prescription that is always followed.",
    "guideline": "A systematic choice between named options.",
    "principle": "A direction that leaves room for many ways of doing it.",
}
# What a place may do with a core element of each level (FORMAT.md, Local implementations).
LEVEL_ALLOWS = {
    "rule": (
        "En regel følges, som den er beskrevet; en afvigelse er ikke tilladt.",
        "A rule is followed as described; a deviation is not allowed.",
    ),
    "guideline": (
        "Vælg blandt retningslinjens muligheder; en afvigelse gennemgås med Socialstyrelsen.",
        "Choose among the guideline's options; a deviation is reviewed with Socialstyrelsen.",
    ),
    "principle": (
        "Et princip må udmøntes frit; en afvigelse noteres, så andre kan lære af den.",
        "A principle may be carried out freely; a deviation is noted for others to learn from.",
    ),
}


def word(key: str, lang: str) -> str:
    """A word of the editor's own."""
    pair = UI[key]
    return pair[1] if lang == "en" else pair[0]


def pair(texts: tuple[str, str], lang: str) -> str:
    return texts[1] if lang == "en" else texts[0]


def field_key(path: Path) -> str:
    """A field's place in the format without list positions: core_elements/level."""
    return "/".join(str(part) for part in path if not isinstance(part, int))


def label(field: Field, path: Path, lang: str) -> str:
    """A field's label: the model's Danish title, or the English name of the reports."""
    if lang != "en":
        return field.title
    key = field_key(path)
    if key in FIELDS:
        return FIELDS[key][1]
    if key in GROUPS:
        return GROUPS[key][1]
    return field.title


def choice_label(path: Path, value: str, lang: str) -> str:
    """An enum value in words (regel, princip, ...)."""
    return value_label(field_key(path), value, lang)


def level_hint(level: str, lang: str) -> str:
    return LEVEL_HINTS_EN[level] if lang == "en" else LEVEL_HINTS[level]


def section_title(key: str, lang: str) -> str:
    """A body part's title, as FORMAT.md names it."""
    return pair(BODY_SECTIONS[key], lang)
