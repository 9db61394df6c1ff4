"""Pages of the published site as Markdown with escaped HTML blocks; no MkDocs imports here.

The names below are imported when first asked for (PEP 562), so that a caller of one small
module (`render.html`'s `esc`, say) does not import the whole renderer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names for mypy, each `as` itself: re-exported
    from susi_spec.render.catalog import render_catalog as render_catalog
    from susi_spec.render.downloads import Download as Download
    from susi_spec.render.downloads import render_downloads as render_downloads
    from susi_spec.render.model import LocalView as LocalView
    from susi_spec.render.model import Page as Page
    from susi_spec.render.model import SiteOptions as SiteOptions
    from susi_spec.render.model import SpecRecord as SpecRecord
    from susi_spec.render.model import VersionView as VersionView
    from susi_spec.render.site import render_pages as render_pages

# Each name and the module that is its home.
_HOMES = {
    "Download": "downloads",
    "LocalView": "model",
    "Page": "model",
    "SiteOptions": "model",
    "SpecRecord": "model",
    "VersionView": "model",
    "render_catalog": "catalog",
    "render_downloads": "downloads",
    "render_pages": "site",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
