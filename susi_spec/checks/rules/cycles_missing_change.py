"""En beslutnings ændring findes i den næste version.

`change: <nummer>` peger på den post i den nye versions `changes`, der bærer beslutningen
(1 er den første). Findes posten ikke, er beslutningen ikke ført ind i versionen: ret
nummeret, tilføj posten i den nye version, eller skriv `no_change:` med grunden.

Fejler:

```yaml
cycles:
  - number: 1
    version: 1
    leads_to: 2
    period: {start: 2020-09-15, end: 2021-01-10}
    places: [ballerup]
    findings:
      - id: ingen-afslutning
        text: Familierne savnede en afslutning på forløbet.
        kind: citizen
        places: [ballerup]
        core_elements: [koordinering]
    decisions:
      - id: afslutningsmoede
        text: Koordinatoren holder et afslutningsmøde.
        findings: [ingen-afslutning]
        change: 2
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles, spec_at
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.diff.trace import missing_changes
from susi_spec.labels import version_label
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, cycle in cycles(ctx):
        new = spec_at(ctx, cycle.leads_to) if cycle.leads_to is not None else None
        if new is None:
            continue  # SP502 says why the version is missing
        nxt = version_label(new.version)
        for d_index, decision in missing_changes(cycle, new):
            yield Finding(
                cycle_span(ctx, index, "decisions", d_index, "change"),
                Text(
                    f"Beslutningen '{decision.id}' peger på ændring {decision.change} i {nxt}, "
                    f"men {nxt}s changes har {len(new.changes)} poster. Ret nummeret, tilføj "
                    "posten, eller skriv 'no_change:' med grunden.",
                    f"The decision '{decision.id}' points at change {decision.change} of "
                    f"{nxt}, but {nxt}'s changes has {len(new.changes)} entries. Fix the "
                    "number, add the entry, or write 'no_change:' with the reason.",
                ),
            )


EN = """A decision's change is in the next version.

`change: <number>` points at the entry of the new version's `changes` that carries the
decision (1 is the first). When the entry is not there, the decision did not make it into
the version: fix the number, add the entry to the new version, or write `no_change:` with
the reason.
"""

RULE = Rule(
    "SP507",
    "cycles-missing-change",
    # Before and passing: the story SP506 and SP507 share, a cycle that led to v2.
    rule_doc(__doc__, EN, shared="cycle-led-to-v2"),
    check,
    Severity.WARNING,
    applies_to="cycles",
)
