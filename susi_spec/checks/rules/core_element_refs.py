"""Forandringsteoriens knuder og kompetencerne nævner kun kerneelementer, der findes.

Består:

```yaml
competencies:
  - {id: anerkendende, kind: mindset, text: En anerkendende tilgang, core_elements: [inddragelse]}
```

Fejler:

```yaml
competencies:
  - {id: anerkendende, kind: mindset, text: En anerkendende tilgang, core_elements: [indragelse]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    known = [element.id for element in spec.core_elements]
    owners: list[tuple[tuple[str, ...], list[list[str]]]] = [
        (("competencies",), [c.core_elements for c in spec.competencies]),
    ]
    if spec.theory_of_change:
        nodes = [n.core_elements for n in spec.theory_of_change.nodes]
        owners.insert(0, (("theory_of_change", "nodes"), nodes))
    for path, lists in owners:
        for index, names in enumerate(lists):
            for position, name in enumerate(names):
                if name in known:
                    continue
                hint = did_you_mean(name, known)
                yield Finding(
                    ctx.document.span((*path, index, "core_elements", position)),
                    Text(
                        f"Kerneelementet '{name}' findes ikke.{hint.da} Brug id'et på et "
                        "kerneelement under 'core_elements:'.",
                        f"The core element '{name}' does not exist.{hint.en} Use the id of a "
                        "core element under 'core_elements:'.",
                    ),
                )


EN = """Theory-of-change nodes and competencies name only core elements that exist.
"""

RULE = Rule("SP203", "core-element-refs", rule_doc(__doc__, EN), check)
