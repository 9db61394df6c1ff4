"""En lokal udmøntning skal gennemgås, når den fælles model har en nyere frigivet version.

`susi local-review SPEC` viser, hvad der er ændret i kerneelementerne mellem de to
versioner.

Før:

```yaml
version: 2
status: released
released: 2021-06-10
changes:
  - what: Inddragelse er strammet til en retningslinje.
    why: Kommunerne inddrog familierne meget forskelligt.
    core_elements: [inddragelse]
```

Består:

```yaml
based_on: 2
```

Fejler:

```yaml
based_on: 1
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import local_of
from susi_spec.history.common_model import based_on_label
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    common = ctx.common
    if common is None:
        return
    local = local_of(ctx)
    label = based_on_label(local)
    newer = common.due_release(label)
    if newer is None:
        return  # up to date, or based_on is wrong: SP302 says so
    latest, spec = newer
    when = f" ({spec.released.isoformat()})" if spec.released else ""
    yield Finding(
        ctx.document.span(("based_on",)),
        Text(
            f"Skal gennemgås: den fælles model er frigivet som {latest}{when}, og denne "
            f"udmøntning bygger på {label}. Se hvad der er ændret i kerneelementerne med "
            f"'susi local-review {local.spec}', tilpas udmøntningen og sæt based_on til "
            f"{spec.version}.",
            f"Due for review: the common model has released {latest}{when}, and this "
            f"implementation is based on {label}. See what changed in the core elements with "
            f"'susi local-review {local.spec}', adapt the implementation and set based_on to "
            f"{spec.version}.",
        ),
    )


EN = """A local implementation is due for review when the common model has a newer release.

`susi local-review SPEC` shows what changed in the core elements between the two versions.
"""

RULE = Rule(
    "SP309",
    "local-due-for-review",
    rule_doc(__doc__, EN),
    check,
    Severity.WARNING,
    applies_to="local",
)
