"""Small helpers shared by rules: walking core elements, spans, Danish level names."""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec import labels
from susi_spec.checks.rules.base import Context
from susi_spec.model import Activity, CoreElement, Spec
from susi_spec.model.spec import own_level
from susi_spec.model.types import LEVEL_NAMES_DA
from susi_spec.problems import Span


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
