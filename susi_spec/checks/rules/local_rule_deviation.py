"""A local implementation never departs from a rule.

Passes: an adaptation of a rule with a `how` and no `deviation`.
Fails: `deviation:` on a core element whose level is rule in the `based_on` version.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.local_helpers import deviations
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for span, element in deviations(ctx, "rule"):
        yield Finding(
            span,
            Text(
                f"'{element.id}' er en regel i den fælles model, og en regel må ikke fraviges "
                "lokalt. Udfør den som beskrevet og fjern 'deviation:', eller tag afvigelsen "
                "op med Socialstyrelsen til næste metodeseminar.",
                f"'{element.id}' is a rule in the common model, and a rule may not be departed "
                "from locally. Carry it out as described and remove 'deviation:', or raise "
                "the departure with Socialstyrelsen for the next method seminar.",
            ),
        )


RULE = Rule("SP305", "local-rule-deviation", summary_of(__doc__), check, applies_to="local")
