"""Hvert resultat nævner et kerneelement og et troskabskriterium i den fulgte version.

Et kriterium skrevet som tekst har et id af sine første seks ord (små bogstaver, æ→ae,
ø→oe, å→aa, bindestreg); tjeklisten fra `susi export --format fidelity-xlsx` skriver id'erne,
og `susi import fidelity` sætter dem ind.

Består:

```yaml
fidelity:
  - core_element: koordinering
    criterion: familien-kender-navnet-paa-sin-koordinator
    result: done
```

Fejler:

```yaml
fidelity:
  - core_element: koordinering
    criterion: familien-kender-koordinatoren
    result: done
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of, followed_version, unknown_element
from susi_spec.labels import version_label
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = followed_version(ctx)
    if spec is None:
        return
    follow_up = follow_up_of(ctx)
    label = version_label(follow_up.based_on)
    elements = {element.id: element for element in spec.core_elements}
    for index, result in enumerate(follow_up.fidelity):
        element = elements.get(result.core_element)
        if element is None:
            where = ("fidelity", index, "core_element")
            yield unknown_element(ctx, where, result.core_element, list(elements))
            continue
        ids = [criterion.id for criterion in element.criteria]
        if result.criterion in ids:
            continue
        known = ", ".join(ids) or "ingen"
        hint = did_you_mean(result.criterion, ids, lead="")
        yield Finding(
            ctx.document.span(("fidelity", index, "criterion")),
            Text(
                f"'{result.criterion}' er ikke et troskabskriterium for '{element.id}' i "
                f"{label}. {hint.da or f'Kriterierne er: {known}.'}",
                f"'{result.criterion}' is not a fidelity criterion of '{element.id}' in "
                f"{label}. {hint.en or f'The criteria are: {known}.'}",
            ),
        )


EN = """Each result names a core element and a fidelity criterion of the version followed.

A criterion written as text has an id made of its first six words (lower case, æ→ae,
ø→oe, å→aa, hyphens); the checklist from `susi export --format fidelity-xlsx` holds the ids,
and `susi import fidelity` writes them.
"""

RULE = Rule("SP603", "results-criterion-known", rule_doc(__doc__, EN), check, applies_to="results")
