"""En lokal udmøntning siger med `how`, hvordan den udfører hvert kerneelement.

Alle kerneelementer i den version, `based_on` nævner, skal have en tilpasning.

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
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import adaptation_span, adapted, followed, local_of
from susi_spec.history.common_model import based_on_label
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = followed(ctx)
    if spec is None:
        return
    label = based_on_label(local_of(ctx))
    covered: set[str] = set()
    for item in adapted(ctx):
        if item.element is None:
            continue  # an unknown core element: SP304
        covered.add(item.element.id)
        if not (item.adaptation.how or "").strip():
            yield Finding(
                adaptation_span(ctx, item.index),
                Text(
                    f"Tilpasningen af '{item.element.id}' mangler 'how:'. Beskriv, hvordan I "
                    "udfører kerneelementet: team, mødeform, rytme og redskaber.",
                    f"The adaptation of '{item.element.id}' has no 'how:'. Describe how you carry "
                    "out the core element: team, meetings, rhythm and tools.",
                ),
            )
    where = ("adaptations",) if "adaptations" in ctx.document.front else ("based_on",)
    for element in spec.core_elements:
        if element.id not in covered:
            yield Finding(
                ctx.document.span(where, key=True),
                Text(
                    f"Kerneelementet '{element.id}' ({element.title}) fra {label} mangler. Tilføj "
                    f"under adaptations: '- core_element: {element.id}' med 'how:', der beskriver, "
                    "hvordan I udfører det.",
                    f"The core element '{element.id}' ({element.title}) of {label} is missing. "
                    f"Add under adaptations: '- core_element: {element.id}' with a 'how:' that "
                    "describes how you carry it out.",
                ),
            )


EN = """A local implementation says, with `how`, how it carries out every core element.

Every core element of the version `based_on` names needs an adaptation.
"""

RULE = Rule("SP303", "local-covers-core-elements", rule_doc(__doc__, EN), check, applies_to="local")
