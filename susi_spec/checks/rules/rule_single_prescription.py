"""A rule states one prescription: it has no options and no decision rule.

Options and a decision rule make a choice, which is what a guideline is.
Passes: `level: rule` with `what: Den unge åbner altid netværksmødet.`
Fails: `level: rule` with `options: [...]` or `decision_rule: ...`.
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule, summary_of
from susi_spec.checks.rules.helpers import element_span, elements
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, element in elements(ctx):
        if element.level != "rule":
            continue
        for key in ("options", "decision_rule"):
            if getattr(element, key):
                yield Finding(
                    element_span(ctx, index, key),
                    Text(
                        f"'{element.id}' er en regel, men har '{key}:'. En regel er én "
                        "forskrift; er der et valg, så sæt 'level: guideline', ellers slet "
                        f"'{key}:'.",
                        f"'{element.id}' is a rule but has '{key}:'. A rule is one "
                        "prescription; if there is a choice, set 'level: guideline', otherwise "
                        f"delete '{key}:'.",
                    ),
                )


RULE = Rule("SP120", "rule-single-prescription", summary_of(__doc__), check)
