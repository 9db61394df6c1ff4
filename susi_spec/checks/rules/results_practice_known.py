"""Hver vurdering i praksisprofilen nævner et kerneelement i den fulgte version.

Praksisprofilen fra `susi export --format practice-profile-xlsx` skriver kerneelementernes
id'er, og `susi import practice-profile` sætter dem ind.

Består:

```yaml
practice_profile:
  - core_element: koordinering
    assessment: developmental
```

Fejler:

```yaml
practice_profile:
  - core_element: koordinator
    assessment: developmental
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of, followed_version, unknown_element


def check(ctx: Context) -> Iterator[Finding]:
    spec = followed_version(ctx)
    if spec is None:
        return
    elements = [element.id for element in spec.core_elements]
    for index, assessment in enumerate(follow_up_of(ctx).practice_profile):
        if assessment.core_element not in elements:
            where = ("practice_profile", index, "core_element")
            yield unknown_element(ctx, where, assessment.core_element, elements)


EN = """Each assessment in the practice profile names a core element of the version followed.

The practice profile from `susi export --format practice-profile-xlsx` holds the core
elements' ids, and `susi import practice-profile` writes them.
"""

RULE = Rule("SP607", "results-practice-known", rule_doc(__doc__, EN), check, applies_to="results")
