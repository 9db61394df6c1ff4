"""En indikator måler resultater, der findes i forandringsteorien.

Hver node, en indikator nævner under `nodes`, skal findes og være et resultat på kort,
mellemlangt eller langt sigt; en aktivitet eller en leverance er ikke et resultat.

Består:

```yaml
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik], timing: Ved start og slut}
```

Fejler:

```yaml
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [plan], timing: Ved start og slut}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.documentation import Indicator
from susi_spec.model.suggestions import did_you_mean
from susi_spec.model.types import OUTCOME_KINDS
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    if spec.documentation is None:
        return
    nodes = {n.id: n for n in spec.theory_of_change.nodes} if spec.theory_of_change else {}
    outcomes = [ref for ref, node in nodes.items() if node.kind in OUTCOME_KINDS]
    for index, indicator in enumerate(spec.documentation.indicators):
        if not isinstance(indicator, Indicator):
            continue
        for position, ref in enumerate(indicator.nodes):
            span = ctx.document.span(("documentation", "indicators", index, "nodes", position))
            node = nodes.get(ref)
            if node is None:
                hint = did_you_mean(ref, outcomes)
                yield Finding(
                    span,
                    Text(
                        f"Indikatoren '{indicator.id}' måler noden '{ref}', som ikke findes i "
                        f"forandringsteorien.{hint.da} Ret id'et, eller tilføj noden under "
                        "'theory_of_change: nodes:'.",
                        f"The indicator '{indicator.id}' measures the node '{ref}', which is not "
                        f"in the theory of change.{hint.en} Fix the id, or add the node under "
                        "'theory_of_change: nodes:'.",
                    ),
                )
            elif node.kind not in OUTCOME_KINDS:
                yield Finding(
                    span,
                    Text(
                        f"Indikatoren '{indicator.id}' måler '{ref}', som er en {node.kind}, ikke "
                        "et resultat. Nævn et resultat (short_term_outcome, medium_term_outcome "
                        "eller long_term_outcome); aktiviteter og leverancer følges med "
                        "troskabskriterierne.",
                        f"The indicator '{indicator.id}' measures '{ref}', which is an "
                        f"{node.kind}, not an outcome. Name an outcome (short_term_outcome, "
                        "medium_term_outcome or long_term_outcome); activities and outputs are "
                        "followed with the fidelity criteria.",
                    ),
                )


EN = """An indicator measures outcomes that exist in the theory of change.

Each node an indicator names under `nodes` must exist and be a short, medium or long-term
outcome; an activity or an output is not an outcome.
"""

RULE = Rule("SP130", "indicator-nodes", rule_doc(__doc__, EN), check)
