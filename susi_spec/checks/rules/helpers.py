"""Small helpers shared by rules: walking core elements, spans, Danish level names."""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec import labels
from susi_spec.checks.rules.base import Context
from susi_spec.editing.order import key_order
from susi_spec.model import Activity, CoreElement, Spec
from susi_spec.model.core_element import own_level
from susi_spec.model.types import LEVEL_NAMES_DA
from susi_spec.problems import Span, Text


def spec_of(ctx: Context) -> Spec:
    """The validated spec; rules for specs only run when there is one."""
    assert ctx.spec is not None
    return ctx.spec


def elements(ctx: Context) -> Iterator[tuple[int, CoreElement]]:
    """Each core element with its index in the list."""
    yield from enumerate(spec_of(ctx).core_elements)


def element_span(ctx: Context, index: int, key: str | None = None) -> Span:
    """Where a core element (or one of its keys) is in the file; a key not written there
    is missing from the element, which is pointed at by its id."""
    path: tuple[str | int, ...] = ("core_elements", index)
    if key is not None and (*path, key) in ctx.document.positions.keys:
        return ctx.document.span((*path, key), key=True)
    return ctx.document.span((*path, "id"))


def block_span(ctx: Context, key: str) -> tuple[Span, Text]:
    """Where the top-level block `key` is written; when it is not, where it goes, and the
    words that say so (else empty): just before the first key written that the model's
    order puts after it, else just before the front matter's closing `---`."""
    document = ctx.document
    keys = document.positions.keys
    if (key,) in keys:
        return document.span((key,), key=True), Text("", "")
    order = key_order(document.front, ())
    later = order[order.index(key) + 1 :] if key in order else ()
    written = sorted((document.span((name,), key=True), name) for name in later if (name,) in keys)
    if written:
        span, name = written[0]
        return span, Text(
            f" Den hører til lige før '{name}:' (linje {span.line}).",
            f" It goes just before '{name}:' (line {span.line}).",
        )
    fence = Span(document.body_line - 1, 1)
    return fence, Text(
        f" Den hører til sidst i front matter, lige før '---' (linje {fence.line}).",
        f" It goes at the end of the front matter, just before '---' (line {fence.line}).",
    )


def own_steps(element: CoreElement, level: str) -> Iterator[tuple[int, Activity]]:
    """The activities of `element` written with `level` as their own, when the element's
    level is another: each with its position in `activities` (its id filled in)."""
    for number, (written, step) in enumerate(zip(element.activities, element.steps, strict=True)):
        if own_level(written) == level != element.level:
            yield number, step


def activity_span(ctx: Context, index: int, number: int, key: str | None = None) -> Span:
    """Where an activity of a core element (or one of its keys) is; a key not written
    there is pointed at by the activity itself."""
    path: tuple[str | int, ...] = ("core_elements", index, "activities", number)
    if key is not None and (*path, key) in ctx.document.positions.keys:
        return ctx.document.span((*path, key), key=True)
    return ctx.document.span(path)


def level_da(level: str) -> str:
    return LEVEL_NAMES_DA.get(level, level)


def version_label(ctx: Context) -> str:
    return labels.version_label(spec_of(ctx).version)
