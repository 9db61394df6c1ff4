"""Hver `changes[].core_elements` nævner et kerneelement i denne eller den forrige version.

Et element fra den forrige version kendes her på de nuværende elementers `previous_ids` (et
fjernet elements gamle id godtages, når historikken kendes).

Består:

```yaml
changes:
  - what: Inddragelse er strammet til en retningslinje.
    why: Kommunerne inddrog familierne meget forskelligt.
    core_elements: [inddragelse]
```

Fejler:

```yaml
changes:
  - what: Inddragelse er strammet til en retningslinje.
    why: Kommunerne inddrog familierne meget forskelligt.
    core_elements: [ukendt]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    known = {element.id for element in spec.core_elements}
    known.update(old for element in spec.core_elements for old in element.previous_ids)
    known.update(ctx.previous_element_ids)
    for index, change in enumerate(spec.changes):
        for position, name in enumerate(change.core_elements):
            if name not in known:
                yield Finding(
                    ctx.document.span(("changes", index, "core_elements", position)),
                    Text(
                        f"Ændringen nævner kerneelementet '{name}', som hverken findes i denne "
                        "eller forrige version. Ret id'et (et omdøbt element skal have det "
                        "gamle id i 'previous_ids:').",
                        f"The change names the core element '{name}', which is in neither this "
                        "nor the previous version. Fix the id (a renamed element keeps its old "
                        "id in 'previous_ids:').",
                    ),
                )


EN = """Each `changes[].core_elements` names a core element of this or the previous version.

An element of the previous version is known here by the `previous_ids` of the current
elements (a removed element's old id is accepted when history supplies it).
"""

RULE = Rule("SP205", "changes-refs", rule_doc(__doc__, EN), check)
