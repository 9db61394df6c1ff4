"""Helpers for the rules on local implementations: the version they follow, their adaptations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from susi_spec.checks.rules.base import Context
from susi_spec.history.common_model import based_on_label
from susi_spec.model import Activity, Adaptation, CoreElement, LocalSpec, Spec
from susi_spec.problems import Span


@dataclass(frozen=True)
class Adapted:
    """One adaptation, where it is, and the core element of the `based_on` version it names."""

    index: int
    adaptation: Adaptation
    element: CoreElement | None


def local_of(ctx: Context) -> LocalSpec:
    """The validated local file; local rules only run when there is one."""
    assert ctx.local is not None
    return ctx.local


def followed(ctx: Context) -> Spec | None:
    """The released version named by `based_on`, when its content is known."""
    if ctx.common is None or ctx.local is None:
        return None
    return ctx.common.release(based_on_label(ctx.local))


def adapted(ctx: Context) -> Iterator[Adapted]:
    """Each adaptation with the core element it names (None when that version lacks it)."""
    spec = followed(ctx)
    if spec is None:
        return
    by_id = {element.id: element for element in spec.core_elements}
    for index, adaptation in enumerate(local_of(ctx).adaptations):
        yield Adapted(index, adaptation, by_id.get(adaptation.core_element))


@dataclass(frozen=True)
class Deviated:
    """A `deviation` held to `level`: on a core element, or on one of its activities."""

    span: Span
    element: CoreElement
    activity: Activity | None = None

    def quoted(self, lang: str) -> str:
        """How a message names what is departed from: 'element', or the activity in it."""
        if self.activity is None:
            return f"'{self.element.id}'"
        of = "an activity of" if lang == "en" else "en aktivitet i"
        return f"'{self.activity.id}' ({of} '{self.element.id}')"


def deviations(ctx: Context, level: str) -> Iterator[Deviated]:
    """Where a `deviation` is written on a core element of this level, or on an activity
    held to it (`activity_deviations`: the activity's own level, else the element's)."""
    for item in adapted(ctx):
        element = item.element
        if element is None:
            continue
        if element.level == level and item.adaptation.deviation:
            yield Deviated(adaptation_span(ctx, item.index, "deviation"), element)
        for number, written in enumerate(item.adaptation.activity_deviations):
            step = element.step(written.activity)
            if step is not None and step.level == level:
                path = ("adaptations", item.index, "activity_deviations", number, "deviation")
                yield Deviated(ctx.document.span(path, key=True), element, step)


def adaptation_span(ctx: Context, index: int, key: str = "core_element") -> Span:
    """Where an adaptation (or one of its keys) is in the file."""
    return ctx.document.span(("adaptations", index, key), key=True)
