"""What a reviewer should look at in a place's follow-up: a rule's criteria not done, and a
cycle that ended without a follow-up.

A cycle is the period a released version of the common model was the latest: from its
release to the next. The cycles counted are those from the earliest version the place has
followed (in its local implementation or a follow-up); the latest is still running.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from susi_spec.labels import date_da, version_label, version_order
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.results import FollowUp
from susi_spec.problems import Text


@dataclass(frozen=True)
class Signal:
    """One thing to review: `kind` is `rule-not-done` or `cycle-without-follow-up`."""

    kind: str
    text: Text


def place_signals(
    local: LocalSpec,
    follow_ups: Sequence[FollowUp],
    releases: Sequence[tuple[str, dt.date | None]],
    specs: dict[str, Spec] | None = None,
) -> list[Signal]:
    """The signals for one place; `releases` are (label, date) oldest first, `specs` the
    released specs by label (for which criteria belong to a rule)."""
    return [*_rule_not_done(follow_ups, specs or {}), *_missing_cycles(local, follow_ups, releases)]


def _rule_not_done(follow_ups: Sequence[FollowUp], specs: dict[str, Spec]) -> list[Signal]:
    latest = next((f for f in reversed(follow_ups) if f.fidelity), None)
    if latest is None:
        return []
    spec = specs.get(version_label(latest.based_on))
    elements = spec.core_elements if spec else []
    rules = {e.id: e.title for e in elements if e.level == "rule"}
    # A criterion measuring an activity that is a rule of its own, in an element that is not.
    rule_steps = {
        (e.id, c.id): e.title
        for e in elements
        for c in e.criteria
        if e.criterion_level(c) == "rule"
    }
    missed = sorted(
        {
            rules.get(r.core_element) or rule_steps[r.core_element, r.criterion]
            for r in latest.fidelity
            if r.result == "not_done"
            and (r.core_element in rules or (r.core_element, r.criterion) in rule_steps)
        }
    )
    if not missed:
        return []
    names = ", ".join(f"«{title}»" for title in missed)
    return [
        Signal(
            "rule-not-done",
            Text(
                f"Ved opfølgningen {date_da(latest.date)} var kriterier for reglen {names} ikke "
                "udført. En regel skal altid følges: tag det op med stedet.",
                f"At the follow-up of {latest.date.isoformat()}, criteria of the rule {names} "
                "were not done. A rule is always followed: take it up with the place.",
            ),
        )
    ]


def _missing_cycles(
    local: LocalSpec,
    follow_ups: Sequence[FollowUp],
    releases: Sequence[tuple[str, dt.date | None]],
) -> list[Signal]:
    followed = [version_order(local.based_on), *(version_order(f.based_on) for f in follow_ups)]
    first = min(followed)
    signals = []
    for (label, start), (_, end) in pairwise(releases):
        if version_order(label) < first or start is None or end is None:
            continue
        if any(start <= f.date < end for f in follow_ups):
            continue
        signals.append(
            Signal(
                "cycle-without-follow-up",
                Text(
                    f"Der er ingen opfølgning fra perioden, hvor {label} var den gældende "
                    f"version ({date_da(start)} til {date_da(end)}). Importér stedets "
                    "tjekliste fra perioden (susi import fidelity).",
                    f"There is no follow-up from the period when {label} was the current "
                    f"version ({start.isoformat()} to {end.isoformat()}). Import the place's "
                    "checklist from the period (susi import fidelity).",
                ),
            )
        )
    return signals
