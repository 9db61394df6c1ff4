"""The site's addresses. Municipalities link to these: they must never move.

    /<spec-id>/                      the current version of a spec
    /<spec-id>/v<N>/, /<spec-id>/final/   each released version, as it was released
    /<spec-id>/changes/v<N>-v<M>/    what changed between two consecutive releases
    /<spec-id>/eksport/<file>        the current version's exports (susi export), e.g.
                                     troskabstjekliste.xlsx; file names in export.FORMATS
    /<spec-id>/v<N>/eksport/<file>   the exports of each released version
    /<spec-id>/lokal/<place>/        a place's local implementation (specs/<id>/local/<place>.md)
    /indsatstype/<type>/             the specs of one intervention type, e.g. borgerrettet
    /<spec-id>/laeringscirkler/      the learning cycles behind the versions (specs/<id>/cycles.md)

Folders here are relative to the site root, without a leading slash, ending in "/".
"""

from __future__ import annotations

import posixpath

CATALOG = ""


def spec_address(spec_id: str) -> str:
    return f"{spec_id}/"


def version_address(spec_id: str, label: str) -> str:
    return f"{spec_id}/{label}/"


def changes_address(spec_id: str, old: str, new: str) -> str:
    return f"{spec_id}/changes/{old}-{new}/"


def export_address(spec_id: str, filename: str, label: str | None = None) -> str:
    """A download of the current version, or of the release `label`: a file, not a folder
    (no trailing "/")."""
    folder = spec_address(spec_id) if label is None else version_address(spec_id, label)
    return f"{folder}eksport/{filename}"


def local_address(spec_id: str, place: str) -> str:
    return f"{spec_id}/lokal/{place}/"


# Intervention types (the format's values) in the addresses of their lists, in Danish.
TYPE_SLUGS = {
    "citizen": "borgerrettet",
    "organisational": "organisatorisk",
    "integrated": "integreret",
}


def type_address(intervention_type: str) -> str:
    return f"indsatstype/{TYPE_SLUGS[intervention_type]}/"


def cycles_address(spec_id: str) -> str:
    return f"{spec_id}/laeringscirkler/"


def source_uri(address: str) -> str:
    """The generated Markdown file behind an address (MkDocs' directory URLs)."""
    return f"{address}index.md"


def relative(here: str, there: str) -> str:
    """The relative link from the page at folder `here` to folder `there`, or to a file
    (an address without a trailing "/")."""
    path = posixpath.relpath(f"/{there}", f"/{here}")
    if not there.endswith("/") and there != CATALOG:
        return path
    return "./" if path == "." else f"{path}/"
