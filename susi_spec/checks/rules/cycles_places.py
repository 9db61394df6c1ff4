"""En cirkels steder er kommuner eller lokale udmøntninger; et funds steder deltog i den.

Et sted skrives som kommunens id (`ballerup`, `ishoej`) eller som id'et på en lokal
udmøntning i `local/`. Et fund kommer fra steder, der deltog i cirklen.

Består:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [ballerup, ishoej]
```

Fejler:

```yaml
cycles:
  - number: 1
    version: 1
    period: {start: 2020-09-15}
    places: [balerup]
```
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.cycles_helpers import cycle_span, cycles
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.model.municipalities import municipality, unknown_place
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    local = Path(ctx.document.path).parent / "local"
    locals_ = {path.stem for path in local.glob("*.md")} if local.is_dir() else set()
    for index, cycle in cycles(ctx):
        for position, place in enumerate(cycle.places):
            if place not in locals_ and municipality(place) is None:
                yield Finding(cycle_span(ctx, index, "places", position), unknown_place(place))
        taking_part = set(cycle.places)
        for f_index, finding in enumerate(cycle.findings):
            for position, place in enumerate(finding.places):
                if place not in taking_part:
                    yield Finding(
                        cycle_span(ctx, index, "findings", f_index, "places", position),
                        Text(
                            f"'{place}' deltog ikke i cirkel {cycle.number} (står ikke under "
                            "cirklens 'places:'). Tilføj stedet dér, eller ret id'et.",
                            f"'{place}' did not take part in cycle {cycle.number} (it is not "
                            "under the cycle's 'places:'). Add the place there, or fix the id.",
                        ),
                    )


EN = """A cycle's places are municipalities or local implementations; a finding's took part.

A place is written as the municipality's id (`ballerup`, `ishoej`) or as the id of a local
implementation in `local/`. A finding comes from places that took part in the cycle.
"""

RULE = Rule(
    "SP504",
    "cycles-places",
    rule_doc(__doc__, EN),
    check,
    Severity.WARNING,
    applies_to="cycles",
)
