"""Et fund, som ingen beslutning svarer på (note).

Et metodeseminar tager stilling til cirklens fund: hvert fund står under `findings` i
mindst én beslutning, også når beslutningen er ikke at ændre (`no_change:` med grunden).
Et fund uden svar er en note, mens cirklen er i gang, og et spørgsmål til næste seminar.

Består:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [ballerup]
    findings:
      - id: faa-moeder
        text: Familierne deltog kun i opstartsmødet.
        kind: implementation
        places: [ballerup]
    decisions:
      - id: behold-inddragelse
        text: Inddragelsen fortsætter uændret.
        findings: [faa-moeder]
        no_change: Erfaringerne er endnu for få.
```

Fejler:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [ballerup]
    findings:
      - id: faa-moeder
        text: Familierne deltog kun i opstartsmødet.
        kind: implementation
        places: [ballerup]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.diff.trace import answered
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, cycle in cycles(ctx):
        done = answered(cycle)
        for f_index, finding in enumerate(cycle.findings):
            if finding.id not in done:
                yield Finding(
                    cycle_span(ctx, index, "findings", f_index, "id"),
                    Text(
                        f"Ingen beslutning i cirkel {cycle.number} svarer på fundet "
                        f"'{finding.id}'. Nævn det under 'findings:' i en beslutning, også "
                        "hvis svaret er ikke at ændre ('no_change:').",
                        f"No decision of cycle {cycle.number} answers the finding "
                        f"'{finding.id}'. Name it under 'findings:' in a decision, also when "
                        "the answer is not to change ('no_change:').",
                    ),
                )


EN = """A finding no decision answers (note).

A method seminar takes a stand on the cycle's findings: each finding is under `findings` of
at least one decision, also when the decision is not to change (`no_change:` with the
reason). A finding without an answer is a note while the cycle runs, and a question for
the next seminar.
"""

RULE = Rule(
    "SP508",
    "cycles-unanswered",
    rule_doc(__doc__, EN),
    check,
    Severity.NOTE,
    applies_to="cycles",
)
