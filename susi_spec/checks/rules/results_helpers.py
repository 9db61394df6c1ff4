"""Helpers for the rules on follow-up files (`susi-results/1`): the version they followed."""

from __future__ import annotations

from susi_spec.checks.rules.base import Context
from susi_spec.labels import version_label
from susi_spec.model import Spec
from susi_spec.model.results import FollowUp


def follow_up_of(ctx: Context) -> FollowUp:
    """The validated follow-up file; its rules only run when there is one."""
    assert ctx.follow_up is not None
    return ctx.follow_up


def followed_version(ctx: Context) -> Spec | None:
    """The released version the follow-up names in `based_on`, when its content is known."""
    if ctx.common is None or ctx.follow_up is None:
        return None
    return ctx.common.release(version_label(ctx.follow_up.based_on))
