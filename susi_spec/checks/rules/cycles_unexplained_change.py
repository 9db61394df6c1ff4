"""En beregnet ændring af et kerneelement har en beslutning bag sig (til gennemsyn).

Når et kerneelement er ændret fra cirklens version til den, seminaret førte til (`leads_to`),
skal en af cirklens beslutninger pege på den post i den nye versions `changes`, der nævner
elementet (`change: <nummer>`). Ellers kan ændringen ikke følges tilbage til fundene, og den
skal gennemgås. Rent redaktionelle rettelser tæller ikke.

Fejler:

```yaml
cycles:
  - number: 1
    version: 1
    leads_to: 2
    period: {start: 2020-09-15, end: 2021-01-10}
    places: [ballerup]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles, state_at
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.diff.engine import diff_specs
from susi_spec.diff.trace import unexplained
from susi_spec.labels import version_label
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, cycle in cycles(ctx):
        if cycle.leads_to is None:
            continue
        old, new = state_at(ctx, cycle.version), state_at(ctx, cycle.leads_to)
        if old is None or old.spec is None or new is None or new.spec is None:
            continue  # SP502 says which version is missing
        diff = diff_specs(old.spec, new.spec, old.sections, new.sections)
        nxt = version_label(cycle.leads_to)
        at = cycle_span(ctx, index, "decisions") if cycle.decisions else cycle_span(ctx, index)
        for element in unexplained(cycle, diff, new.spec):
            yield Finding(
                at,
                Text(
                    f"«{element.title}» er ændret i {nxt}, men ingen beslutning i cirkel "
                    f"{cycle.number} står bag (til gennemsyn). Tilføj beslutningen med "
                    f"'change:' (nummeret på posten i {nxt}s changes, der nævner "
                    f"'{element.element}').",
                    f"«{element.title}» changed in {nxt}, but no decision of cycle "
                    f"{cycle.number} is behind it (for review). Add the decision with "
                    f"'change:' (the number of the entry in {nxt}'s changes that names "
                    f"'{element.element}').",
                ),
            )


EN = """A computed change to a core element has a decision behind it (for review).

When a core element changed from the cycle's version to the one the seminar led to
(`leads_to`), one of the cycle's decisions must point at the entry of the new version's
`changes` that names the element (`change: <number>`). Otherwise the change cannot be
followed back to the findings, and it is to be reviewed. Editorial fixes alone do not count.
"""

RULE = Rule(
    "SP506",
    "cycles-unexplained-change",
    # Before and passing: the story SP506 and SP507 share, a cycle that led to v2.
    rule_doc(__doc__, EN, shared="cycle-led-to-v2"),
    check,
    Severity.WARNING,
    applies_to="cycles",
)
