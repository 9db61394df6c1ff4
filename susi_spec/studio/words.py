"""The studio's own words (Danish, English), in a module of their own that imports nothing:
the start page uses them before the editor's machinery is imported."""

from __future__ import annotations

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


def word(key: str, lang: str) -> str:
    """A word of the editor's own."""
    pair = UI[key]
    return pair[1] if lang == "en" else pair[0]
