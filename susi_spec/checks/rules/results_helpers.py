"""Helpers for the rules on follow-up files (`susi-results/1`): the version they followed."""

from __future__ import annotations

from collections.abc import Sequence

from susi_spec.checks.rules.base import Context, Finding
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.model.results import FollowUp
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def follow_up_of(ctx: Context) -> FollowUp:
    """The validated follow-up file; its rules only run when there is one."""
    assert ctx.follow_up is not None
    return ctx.follow_up


def followed_version(ctx: Context) -> Spec | None:
    """The released version the follow-up names in `based_on`, when its content is known."""
    if ctx.common is None or ctx.follow_up is None:
        return None
    return ctx.common.release(version_label(ctx.follow_up.based_on))


def unknown_element(
    ctx: Context, where: tuple[str | int, ...], given: str, elements: Sequence[str]
) -> Finding:
    """`given` is not a core element of the version followed: say which are."""
    label = version_label(follow_up_of(ctx).based_on)
    hint = did_you_mean(given, list(elements), lead="")
    known = ", ".join(elements) or "ingen"
    return Finding(
        ctx.document.span(where),
        Text(
            f"'{given}' er ikke et kerneelement i {label}. "
            f"{hint.da or f'Kerneelementerne er: {known}.'}",
            f"'{given}' is not a core element of {label}. "
            f"{hint.en or f'The core elements are: {known}.'}",
        ),
    )
