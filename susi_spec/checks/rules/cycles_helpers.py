"""Helpers shared by the learning-cycle rules (SP5xx): the record, and each version's text."""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context
from susi_spec.history.versions import State
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.model.cycles import Cycle, CycleRecord
from susi_spec.problems import Span


def record_of(ctx: Context) -> CycleRecord:
    """The validated record; the cycle rules only run when there is one."""
    assert ctx.cycles is not None
    return ctx.cycles


def cycles(ctx: Context) -> Iterator[tuple[int, Cycle]]:
    yield from enumerate(record_of(ctx).cycles)


def cycle_span(ctx: Context, index: int, *keys: str | int) -> Span:
    """Where a cycle (or a key inside it) is in the file."""
    if not keys:
        return ctx.document.span(("cycles", index, "number"))
    return ctx.document.span(("cycles", index, *keys))


def state_at(ctx: Context, version: int | str) -> State | None:
    """The version's text: its release, or the working copy when that is the version."""
    label = version_label(version)
    history = ctx.history
    if history is not None:
        release = history.release(label)
        if release is not None:
            return release.state
        working = history.working
        if working is not None and working.spec is not None and working.label == label:
            return working
    return None


def spec_at(ctx: Context, version: int | str) -> Spec | None:
    """The spec as it reads in `version`: released, or the working copy of that version."""
    state = state_at(ctx, version)
    if state is not None:
        return state.spec
    if ctx.history is None and ctx.spec is not None and ctx.spec.version == version:
        return ctx.spec  # no git: only the working copy is known
    return None
