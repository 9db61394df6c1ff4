"""The exports a spec page offers for download: the files, and the page's "Hent" section.

They are made from the version the page shows (the working copy) by the same `export`
that `susi export` runs, so a download equals `susi export SPEC --format F` of that text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from susi_spec.export import FORMATS, export
from susi_spec.export.origin import Origin
from susi_spec.render.addresses import export_address, relative, spec_address
from susi_spec.render.download_cache import DownloadCache
from susi_spec.render.html import esc, heading_md, tag, text_tag
from susi_spec.render.model import SpecRecord

ANCHOR = "hent"


@dataclass(frozen=True)
class Download:
    """A generated file of the site: its path (an address) and its bytes."""

    src_uri: str
    content: bytes


def origin_of(record: SpecRecord) -> Origin:
    """The current version as an export names it: version, status, commit, file."""
    current = record.current
    return Origin.of(current.spec, "working", current.commit, record.source)


def render_downloads(record: SpecRecord, cache: DownloadCache | None = None) -> Iterator[Download]:
    """Every export of the current version, at /<spec-id>/eksport/<file>.

    With a `cache`, the spreadsheets (the binary formats, which cost nearly all the time)
    are taken from an earlier build when they were made from the same content.
    """
    spec, origin = record.current.spec, origin_of(record)
    follow_ups = {view.place: view.follow_ups for view in record.locals if view.follow_ups}
    for name, fmt in FORMATS.items():
        make = partial(export, spec, origin, name, "da", follow_ups)
        if cache is not None and fmt.binary:
            data = cache.bytes_of(spec, origin, name, "da", make)
        else:
            data = make()
        yield Download(export_address(record.spec_id, fmt.filename), data)


def downloads_section(record: SpecRecord) -> list[str]:
    """The "Hent" heading and a list of the downloads, for the page at /<spec-id>/."""
    here = spec_address(record.spec_id)
    stem = f"{record.spec_id}-{record.current.label}"
    items = "".join(
        "<li>"
        + tag(
            "a",
            esc(fmt.title[0]),
            href=relative(here, export_address(record.spec_id, fmt.filename)),
            download=f"{stem}-{fmt.filename}",
        )
        + f" – {esc(fmt.purpose[0])}</li>"
        for fmt in FORMATS.values()
    )
    about = (
        f"Filerne følger den tekst, denne side viser: {origin_of(record).describe('da')}. "
        "Tjeklisten og praksisprofilen åbner i Excel og LibreOffice, klar til at udfylde."
    )
    return [
        heading_md(2, "Hent", ANCHOR),
        tag("div", text_tag("p", about, "susi-hint") + tag("ul", items), "susi-downloads"),
    ]
