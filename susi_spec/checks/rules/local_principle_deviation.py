"""En lokal afvigelse fra et princip er tilladt og noteres, så andre kan lære af den.

Meldingen er en note: den beder ikke om noget og får aldrig et tjek til at fejle.

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
    choice: [Familierådslagning]
  - core_element: helhedssyn
    how: Et fælles møde hver måned på tværs af forvaltningerne.
    deviation: Mødet holdes hvert kvartal.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import deviations
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    for found in deviations(ctx, "principle"):
        da, en = found.quoted("da"), found.quoted("en")
        yield Finding(
            found.span,
            Text(
                f"Lokal afvigelse fra princippet {da} er noteret. Et princip må "
                "udmøntes frit; afvigelsen vises på webstedet, så andre kan lære af den.",
                f"Local departure from the principle {en} is noted. A principle may "
                "be carried out freely; the departure is shown on the site for others.",
            ),
        )


EN = """A local deviation from a principle is allowed, and noted so others can learn from it.

The finding is a note: it asks for nothing and never makes a check fail.
"""

RULE = Rule(
    "SP308",
    "local-principle-deviation",
    rule_doc(__doc__, EN),
    check,
    Severity.NOTE,
    applies_to="local",
)
