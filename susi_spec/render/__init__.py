"""Pages of the published site as Markdown with escaped HTML blocks; no MkDocs imports here."""

from susi_spec.render.catalog import render_catalog
from susi_spec.render.downloads import Download, render_downloads
from susi_spec.render.model import LocalView, Page, SiteOptions, SpecRecord, VersionView
from susi_spec.render.site import render_pages

__all__ = [
    "Download",
    "LocalView",
    "Page",
    "SiteOptions",
    "SpecRecord",
    "VersionView",
    "render_catalog",
    "render_downloads",
    "render_pages",
]
