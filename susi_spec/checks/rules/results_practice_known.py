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
from susi_spec.checks.rules.results_helpers import follow_up_of, followed_version
from susi_spec.labels import version_label
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = followed_version(ctx)
    if spec is None:
        return
    follow_up = follow_up_of(ctx)
    label = version_label(follow_up.based_on)
    elements = [element.id for element in spec.core_elements]
    for index, assessment in enumerate(follow_up.practice_profile):
        if assessment.core_element in elements:
            continue
        hint = did_you_mean(assessment.core_element, elements, lead="")
        known = ", ".join(elements) or "ingen"
        yield Finding(
            ctx.document.span(("practice_profile", index, "core_element")),
            Text(
                f"'{assessment.core_element}' er ikke et kerneelement i {label}. "
                f"{hint.da or f'Kerneelementerne er: {known}.'}",
                f"'{assessment.core_element}' is not a core element of {label}. "
                f"{hint.en or f'The core elements are: {known}.'}",
            ),
        )


EN = """Each assessment in the practice profile names a core element of the version followed.

The practice profile from `susi export --format practice-profile-xlsx` holds the core
elements' ids, and `susi import practice-profile` writes them.
"""

RULE = Rule("SP607", "results-practice-known", rule_doc(__doc__, EN), check, applies_to="results")
