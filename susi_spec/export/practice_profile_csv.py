"""`practice-profile-csv`: the practice profile as one table, one row per core element.

The dialect is the fidelity checklist's (`fidelity_csv`: BOM, `;`, CRLF, no formulas);
the last columns hold the spec, the version and the core element's id, so that `susi
import practice-profile` reads a filled-in file back.
"""

from __future__ import annotations

from susi_spec.export.fidelity import ELEMENT, LEVEL_HEADING, NOTE, NUMBER
from susi_spec.export.fidelity_csv import ELEMENT_ID, INTERVENTION, VERSION, table_bytes
from susi_spec.export.origin import Origin
from susi_spec.export.practice_profile import (
    assessment_heading,
    practice_headings,
    profile_level,
    profile_rows,
    profile_texts,
)
from susi_spec.export.words import MISSING, pick
from susi_spec.model import Spec


def render(spec: Spec, origin: Origin, lang: str) -> bytes:
    """The profile as CSV bytes: BOM, `;`-separated, CRLF."""
    header = [
        pick(NUMBER, lang),
        pick(ELEMENT, lang),
        pick(LEVEL_HEADING, lang),
        *practice_headings(lang),
        assessment_heading(lang),
        pick(NOTE, lang),
        pick(INTERVENTION, lang),
        pick(VERSION, lang),
        pick(ELEMENT_ID, lang),
    ]
    missing = pick(MISSING, lang)
    rows = [
        [
            number,
            element.title,
            profile_level(element, lang),
            *(text or missing for text in profile_texts(element)),
            "",
            "",
            spec.id,
            origin.version,
            element.id,
        ]
        for number, element in profile_rows(spec)
    ]
    return table_bytes(header, rows)
