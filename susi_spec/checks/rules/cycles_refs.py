"""Fund og beslutninger henviser til det, der findes: i cirklens version og i cirklen.

`core_elements` og `nodes` under et fund skal være id'er på kerneelementer og noder i
forandringsteorien i den version, cirklen kørte. `findings` under en beslutning skal være
id'er på fund i samme cirkel. Et fund og en beslutning har hver sit id i hele filen.

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
        core_elements: [inddragelse]
        nodes: [opstartsmoede]
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
        core_elements: [familiens-stemme]
    decisions:
      - id: behold-inddragelse
        text: Inddragelsen fortsætter uændret.
        findings: [faa-moeder]
        no_change: Erfaringerne er endnu for få.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles, spec_at
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.labels import version_label
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for index, cycle in cycles(ctx):
        ran = version_label(cycle.version)
        spec = spec_at(ctx, cycle.version)
        known_ids = {f.id for f in cycle.findings}
        for f_index, finding in enumerate(cycle.findings):
            yield from _unique(ctx, seen, finding.id, (index, "findings", f_index, "id"))
            if spec is None:
                continue
            elements = {e.id for e in spec.core_elements}
            nodes = {n.id for n in spec.theory_of_change.nodes} if spec.theory_of_change else set()
            for key, known, what in (
                ("core_elements", elements, ("kerneelement", "core element")),
                ("nodes", nodes, ("node i forandringsteorien", "theory-of-change node")),
            ):
                for position, name in enumerate(getattr(finding, key)):
                    if name not in known:
                        yield Finding(
                            cycle_span(ctx, index, "findings", f_index, key, position),
                            Text(
                                f"Fundet nævner '{name}', som ikke er et {what[0]} i {ran}. "
                                f"Brug et id fra {ran}, den version cirklen kørte.",
                                f"The finding names '{name}', which is no {what[1]} in {ran}. "
                                f"Use an id from {ran}, the version the cycle ran.",
                            ),
                        )
        for d_index, decision in enumerate(cycle.decisions):
            yield from _unique(ctx, seen, decision.id, (index, "decisions", d_index, "id"))
            for position, name in enumerate(decision.findings):
                if name not in known_ids:
                    yield Finding(
                        cycle_span(ctx, index, "decisions", d_index, "findings", position),
                        Text(
                            f"Beslutningen bygger på fundet '{name}', som ikke er et fund i "
                            f"cirkel {cycle.number}. Ret id'et, eller tilføj fundet.",
                            f"The decision rests on the finding '{name}', which is no finding "
                            f"of cycle {cycle.number}. Fix the id, or add the finding.",
                        ),
                    )


def _unique(
    ctx: Context, seen: set[str], name: str, path: tuple[str | int, ...]
) -> Iterator[Finding]:
    if name in seen:
        yield Finding(
            ctx.document.span(("cycles", *path)),
            Text(
                f"Id'et '{name}' er brugt før i filen. Giv hvert fund og hver beslutning sit "
                "eget id.",
                f"The id '{name}' is used earlier in the file. Give each finding and each "
                "decision an id of its own.",
            ),
        )
    seen.add(name)


EN = """Findings and decisions refer to what exists: in the cycle's version and in the cycle.

`core_elements` and `nodes` under a finding must be ids of core elements and of
theory-of-change nodes in the version the cycle ran. `findings` under a decision must be ids
of findings in the same cycle. Every finding and decision has an id of its own in the file.
"""

RULE = Rule("SP503", "cycles-refs", rule_doc(__doc__, EN), check, applies_to="cycles")
