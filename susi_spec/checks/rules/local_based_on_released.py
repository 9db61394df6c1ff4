"""En lokal udmøntning bygger på en frigivet version af den fælles model.

Består:

```yaml
based_on: 1
```

Fejler:

```yaml
based_on: 2
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.local_helpers import local_of
from susi_spec.history.common_model import based_on_label
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    common = ctx.common
    if common is None or common.current is None:
        return  # no common model to follow: SP301 says so
    local = local_of(ctx)
    label = based_on_label(local)
    if common.is_released(label):
        return
    released = ", ".join(name for name, _ in common.releases)
    if released:
        known_da, known_en = f"Frigivne versioner: {released}.", f"Released versions: {released}."
    else:
        known_da = "Den fælles model har ingen frigivet version endnu; vent med at bygge på den."
        known_en = "The common model has no released version yet; wait before building on it."
    yield Finding(
        ctx.document.span(("based_on",)),
        Text(
            f"based_on: {local.based_on} er ikke en frigivet version af '{local.spec}'. En lokal "
            f"udmøntning bygger på en frigivet version. {known_da}",
            f"based_on: {local.based_on} is not a released version of '{local.spec}'. A local "
            f"implementation builds on a released version. {known_en}",
        ),
    )


EN = """A local implementation is based on a released version of the common model.
"""

RULE = Rule("SP302", "local-based-on-released", rule_doc(__doc__, EN), check, applies_to="local")
