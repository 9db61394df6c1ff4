"""The site's addresses. Municipalities link to these: they must never move.

    /<spec-id>/                      the current version of a spec
    /<spec-id>/v<N>/, /<spec-id>/final/   each released version, as it was released
    /<spec-id>/changes/v<N>-v<M>/    what changed between two consecutive releases
    /<spec-id>/eksport/<file>        the current version's exports (susi export), e.g.
                                     troskabstjekliste.xlsx; file names in export.FORMATS
    /<spec-id>/lokal/<place>/        a place's local implementation (specs/<id>/local/<place>.md)
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


def export_address(spec_id: str, filename: str) -> str:
    """A download of the current version: a file, not a folder (no trailing "/")."""
    return f"{spec_id}/eksport/{filename}"


def local_address(spec_id: str, place: str) -> str:
    return f"{spec_id}/lokal/{place}/"


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
