"""En læringscirkel kører en frigivet version og fører til en senere.

`version` er den version, stederne arbejdede med i cirklen; den skal være frigivet.
`leads_to` er den version, metodeseminaret førte til: frigivet, eller arbejdskopien, mens
den skrives. Uden git-historik tjekkes kun rækkefølgen.

Består:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [ballerup]
```

Fejler:

```yaml
cycles:
  - number: 1
    version: 2
    period: {start: 2020-09-15}
    places: [ballerup]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles, spec_at
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.labels import version_label, version_order
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for index, cycle in cycles(ctx):
        ran = version_label(cycle.version)
        if ctx.history is not None and ctx.history.release(ran) is None:
            yield Finding(
                cycle_span(ctx, index, "version"),
                Text(
                    f"Cirkel {cycle.number} kører {ran}, som ikke er frigivet. En læringscirkel "
                    "arbejder med en frigivet version: ret 'version:', eller frigiv den først "
                    "(susi release).",
                    f"Cycle {cycle.number} runs {ran}, which is not released. A learning cycle "
                    "works with a released version: fix 'version:', or release it first "
                    "(susi release).",
                ),
            )
        if cycle.leads_to is None:
            continue
        nxt = version_label(cycle.leads_to)
        if version_order(cycle.leads_to) <= version_order(cycle.version):
            yield Finding(
                cycle_span(ctx, index, "leads_to"),
                Text(
                    f"Cirkel {cycle.number} fører til {nxt}, som ikke kommer efter {ran}. "
                    "Skriv den version, seminaret førte til, under 'leads_to:'.",
                    f"Cycle {cycle.number} leads to {nxt}, which does not come after {ran}. "
                    "Write the version the seminar led to under 'leads_to:'.",
                ),
            )
        elif ctx.history is not None and spec_at(ctx, cycle.leads_to) is None:
            yield Finding(
                cycle_span(ctx, index, "leads_to"),
                Text(
                    f"Cirkel {cycle.number} fører til {nxt}, men {nxt} er hverken frigivet "
                    "eller arbejdskopien. Ret 'leads_to:', eller fjern den, mens cirklen er i "
                    "gang.",
                    f"Cycle {cycle.number} leads to {nxt}, but {nxt} is neither released nor "
                    "the working copy. Fix 'leads_to:', or leave it out while the cycle runs.",
                ),
            )


EN = """A learning cycle runs a released version and leads to a later one.

`version` is the version the places worked with during the cycle; it must be released.
`leads_to` is the version the method seminar led to: released, or the working copy while it
is being written. Without git history only the order is checked.
"""

RULE = Rule("SP502", "cycles-versions", rule_doc(__doc__, EN), check, applies_to="cycles")
