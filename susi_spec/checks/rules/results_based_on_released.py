"""En opfølgning nævner en frigivet version af den fælles model.

Resultaterne gælder den version, stedet fulgte i perioden; dens kriterier er dem, der blev
fulgt op på.

Består:

```yaml
based_on: 1
```

Fejler:

```yaml
based_on: 3
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of
from susi_spec.labels import version_label
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    common = ctx.common
    if common is None or common.current is None:
        return  # no common model: SP606 says where the file should be
    follow_up = follow_up_of(ctx)
    label = version_label(follow_up.based_on)
    if common.is_released(label):
        return
    released = ", ".join(name for name, _ in common.releases) or "ingen"
    yield Finding(
        ctx.document.span(("based_on",)),
        Text(
            f"based_on: {follow_up.based_on} er ikke en frigivet version af '{follow_up.spec}'. "
            f"Skriv den version, stedet fulgte (frigivne versioner: {released}).",
            f"based_on: {follow_up.based_on} is not a released version of '{follow_up.spec}'. "
            f"Write the version the place followed (released versions: {released}).",
        ),
    )


EN = """A follow-up names a released version of the common model.

The results are for the version the place followed in the period; its criteria are the
ones followed up on.
"""

RULE = Rule(
    "SP602", "results-based-on-released", rule_doc(__doc__, EN), check, applies_to="results"
)
