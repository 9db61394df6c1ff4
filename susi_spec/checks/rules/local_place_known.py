"""Et sted er en af de 98 kommuner, skrevet med sit id, eller en leverandør med sit navn.

En kommunes id er navnet med små bogstaver, æ→ae, ø→oe, å→aa og bindestreg: `ishoej`,
`hoeje-taastrup`. Er stedet ikke en kommune, men fx en privat leverandør eller en region,
så skriv dens navn under `provider:`; så er `place` dens id, og sitet viser navnet.

Består:

```yaml
place: ballerup
```

Fejler:

```yaml
place: balerup
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.model.municipalities import municipality, unknown_place
from susi_spec.problems import Severity


def check(ctx: Context) -> Iterator[Finding]:
    local = ctx.local
    if local is None or local.provider or municipality(local.place) is not None:
        return
    yield Finding(ctx.document.span(("place",)), unknown_place(local.place))


EN = """A place is one of the 98 municipalities, written as its id, or a provider with its name.

A municipality's id is its name in lowercase with æ→ae, ø→oe, å→aa and hyphens: `ishoej`,
`hoeje-taastrup`. If the place is not a municipality but, say, a private provider or a
region, write its name under `provider:`; then `place` is its id and the site shows the name.
"""

RULE = Rule(
    "SP312",
    "local-place-known",
    rule_doc(__doc__, EN),
    check,
    Severity.WARNING,
    applies_to="local",
)
