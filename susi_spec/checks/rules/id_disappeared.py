"""Et kerneelements id, der er forsvundet siden sidste frigivelse, står i `previous_ids`.

Historik og diff følger et element på dets id; når et id ændres, skal elementet nævne sit
gamle id, så gennemsynet viser en omdøbning og ikke en fjernelse og en tilføjelse. (Er
elementet virkelig fjernet, så skriv det i `changes`.) En advarsel, tjekket mod den forrige
frigivelse.

Før:

```yaml
status: released
released: 2020-09-15
core_elements:
  - id: koordinering
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
```

Består:

```yaml
version: 2
core_elements:
  - id: koordineret-sagsbehandling
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
    previous_ids: [koordinering]
```

Fejler:

```yaml
version: 2
core_elements:
  - id: koordineret-sagsbehandling
    title: Koordineret sagsbehandling
    level: rule
    evidence: presumed
    what: Familien har én fast koordinator.
    activities: [Koordinatoren holder et opstartsmøde med familien.]
    rationale: Én indgang giver overblik og tryghed.
    fidelity: [Familien kender navnet på sin koordinator.]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    history = ctx.history
    if history is None:
        return
    spec = spec_of(ctx)
    earlier = [r for r in history.releases if r.spec.version != spec.version]
    if not earlier:
        return
    previous = earlier[-1]
    now = {e.id for e in spec.core_elements}
    now.update(old for e in spec.core_elements for old in e.previous_ids)
    mentioned = {name for change in spec.changes for name in change.core_elements}
    for element in previous.spec.core_elements:
        if element.id in now or element.id in mentioned:
            continue
        yield Finding(
            ctx.document.span(("core_elements",), key=True),
            Text(
                f"Kerneelementet '{element.id}' fra {previous.label} er væk. Har det fået nyt "
                f"id, så skriv 'previous_ids: [{element.id}]' på det; er det fjernet, så "
                "forklar det under 'changes:'.",
                f"The core element '{element.id}' of {previous.label} is gone. If its id "
                f"changed, add 'previous_ids: [{element.id}]' to it; if it was removed, "
                "explain it under 'changes:'.",
            ),
        )


EN = """A core element id that disappears since the last release is listed in `previous_ids`.

History and diff follow an element by its id; when an id changes, the element must name its
old id so that reviewers see a rename, not a removal and an addition. (If the element was
really removed, say so in `changes`.) A warning, checked against the previous release.
"""

RULE = Rule("SP402", "id-disappeared", rule_doc(__doc__, EN), check, Severity.WARNING)
