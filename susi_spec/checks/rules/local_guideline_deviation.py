"""En lokal afvigelse fra en retningslinje skal gennemgås.

Består:

```yaml
adaptations:
  - core_element: koordinering
    how: Familierådgiveren er koordinator.
  - core_element: inddragelse
    how: Familien vælger metoden ved opstartsmødet.
    choice: [Familierådslagning]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
```

Fejler:

```yaml
adaptations:
  - core_element: koordinering
    how: Familierådgiveren er koordinator.
  - core_element: inddragelse
    how: Familien vælger metoden ved opstartsmødet.
    deviation: Familien vælger først efter tre måneder.
    choice: [Familierådslagning]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import deviations
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for found in deviations(ctx, "guideline"):
        da, en = found.quoted("da"), found.quoted("en")
        yield Finding(
            found.span,
            Text(
                f"I afviger fra retningslinjen {da}. En retningslinje giver frihed "
                "til at vælge blandt dens muligheder; få afvigelsen gennemgået med "
                "Socialstyrelsen, og begrund den under 'deviation:'.",
                f"You depart from the guideline {en}. A guideline leaves room to "
                "choose among its options; have the departure reviewed with Socialstyrelsen "
                "and give the reason under 'deviation:'.",
            ),
        )


EN = """A local deviation from a guideline is flagged for review.
"""

RULE = Rule(
    "SP307",
    "local-guideline-deviation",
    rule_doc(__doc__, EN),
    check,
    Severity.WARNING,
    applies_to="local",
)
