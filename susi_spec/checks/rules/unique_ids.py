"""Id'er er entydige blandt kerneelementerne, forandringsteoriens knuder, kompetencerne og indikatorerne.

Består:

```yaml
version: 0
core_elements:
  - {id: inddragelse, title: Inddragelse, level: principle, evidence: presumed, what: Familien sætter målene., rationale: Mål familien ejer bliver fulgt.}
  - {id: koordinering, title: Koordinering, level: principle, evidence: presumed, what: Én koordinator., rationale: Én indgang giver overblik.}
```

Fejler:

```yaml
version: 0
core_elements:
  - {id: inddragelse, title: Inddragelse, level: principle, evidence: presumed, what: Familien sætter målene., rationale: Mål familien ejer bliver fulgt.}
  - {id: inddragelse, title: Koordinering, level: principle, evidence: presumed, what: Én koordinator., rationale: Én indgang giver overblik.}
```
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Text


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    nodes = spec.theory_of_change.nodes if spec.theory_of_change else []
    indicators = spec.documentation.indicators if spec.documentation else []
    lists: list[tuple[tuple[str, ...], Sequence[_HasId | str], str, str]] = [
        (("core_elements",), spec.core_elements, "kerneelementer", "core elements"),
        (("theory_of_change", "nodes"), nodes, "noder i forandringsteorien", "theory nodes"),
        (("competencies",), spec.competencies, "kompetencekrav", "competencies"),
        (("documentation", "indicators"), indicators, "indikatorer", "indicators"),
    ]
    for path, items, da, en in lists:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if isinstance(item, str):
                continue  # an indicator written as text has no id
            if item.id in seen:
                yield Finding(
                    ctx.document.span((*path, index, "id")),
                    Text(
                        f"Id'et '{item.id}' bruges af flere {da}. Giv hvert sit eget id.",
                        f"The id '{item.id}' is used by more than one of the {en}. Give each "
                        "its own id.",
                    ),
                )
            seen.add(item.id)


EN = """Ids are unique among core elements, theory-of-change nodes, competencies and indicators.
"""

RULE = Rule("SP201", "unique-ids", rule_doc(__doc__, EN), check)
