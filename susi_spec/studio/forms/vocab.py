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
from susi_spec.studio.words import UI as UI
from susi_spec.studio.words import word as word

Path = tuple[str | int, ...]

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
