"""En lokal udmøntning fraviger aldrig en regel.

Tag en ønsket afvigelse op med Socialstyrelsen til næste metodeseminar.

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
    deviation: Familien har to koordinatorer.
  - core_element: inddragelse
    how: Familien vælger metoden ved opstartsmødet.
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
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    for found in deviations(ctx, "rule"):
        da, en = found.quoted("da"), found.quoted("en")
        yield Finding(
            found.span,
            Text(
                f"{da} er en regel i den fælles model, og en regel må ikke fraviges "
                "lokalt. Udfør den som beskrevet og fjern 'deviation:', eller tag afvigelsen "
                "op med Socialstyrelsen til næste metodeseminar.",
                f"{en} is a rule in the common model, and a rule may not be departed "
                "from locally. Carry it out as described and remove 'deviation:', or raise "
                "the departure with Socialstyrelsen for the next method seminar.",
            ),
        )


EN = """A local implementation never departs from a rule.

Raise a departure you want with Socialstyrelsen for the next method seminar.
"""

RULE = Rule("SP305", "local-rule-deviation", rule_doc(__doc__, EN), check, applies_to="local")
