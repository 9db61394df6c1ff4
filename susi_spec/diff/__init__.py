"""The semantic diff of two spec versions and its renderers; no git, no files.

diff = diff_specs(old_spec, new_spec, old_document.sections, new_document.sections)
print(RENDERERS["md"](diff, DiffMeta(spec, title, Endpoint("1"), Endpoint("2"))))
"""

from __future__ import annotations

from collections.abc import Callable

from susi_spec.diff.engine import diff_specs
from susi_spec.diff.records import (
    Change,
    Counts,
    DiffMeta,
    ElementRef,
    Endpoint,
    FrameEntry,
    Segment,
    SpecDiff,
)
from susi_spec.diff.reports.as_html import render_html
from susi_spec.diff.reports.as_json import render_json, to_data
from susi_spec.diff.reports.as_markdown import render_md
from susi_spec.diff.reports.as_text import render_text

Renderer = Callable[[SpecDiff, DiffMeta, str], str]

# Output formats by the name `--format` uses.
RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "md": render_md,
    "json": render_json,
    "html": render_html,
}

__all__ = [
    "RENDERERS",
    "Change",
    "Counts",
    "DiffMeta",
    "ElementRef",
    "Endpoint",
    "FrameEntry",
    "Renderer",
    "Segment",
    "SpecDiff",
    "diff_specs",
    "render_html",
    "render_json",
    "render_md",
    "render_text",
    "to_data",
]
