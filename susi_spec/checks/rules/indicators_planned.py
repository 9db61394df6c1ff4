"""Fra v1 er dokumentationsmodellen planlagt: hvert resultat i forandringsteorien måles.

Hvert resultat (kort, mellemlangt og langt sigt) skal nævnes under `nodes` af mindst én
indikator, der siger, hvad der måles (`what`) og hvornår (`timing`). Det er minimum for
en plan; måleredskab og kilde kræves i final (SP132). Reglen gælder, så snart én indikator
er skrevet som objekt. Indikatorer skrevet som tekst alene (den ældre form) er ikke bundet
til resultaterne, så reglen springer dem over; final siger da, hvordan de bindes (SP133).

Består:

```yaml
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik], timing: Ved start og slut}
    - {id: trivsel-maalt, what: Barnets trivsel, nodes: [trivsel], timing: Efter et år}
```

Fejler:

```yaml
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik]}
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of, version_label
from susi_spec.model.documentation import Indicator
from susi_spec.model.types import OUTCOME_KINDS
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    if ctx.version < 1 or spec.theory_of_change is None:
        return
    indicators = spec.documentation.indicators if spec.documentation else []
    if not any(isinstance(i, Indicator) for i in indicators):
        # Nothing tied yet: the older free-text form, read as before (SP133 at final), or no
        # indicators (SP113 at final). A released version cannot change, so a version
        # valid before indicators could be tied must stay valid.
        return
    label = version_label(ctx)
    for index, indicator in enumerate(indicators):
        if isinstance(indicator, Indicator) and not indicator.timing:
            yield Finding(
                ctx.document.span(("documentation", "indicators", index, "id")),
                Text(
                    f"Indikatoren '{indicator.id}' siger ikke, hvornår der måles. Tilføj "
                    f"'timing:', fx ved start og afslutning. Det kræves fra v1 ({label}).",
                    f"The indicator '{indicator.id}' does not say when it is measured. Add "
                    f"'timing:', e.g. at start and end. Required from v1 ({label}).",
                ),
            )
    measured = {ref for i in indicators if isinstance(i, Indicator) for ref in i.nodes}
    for index, node in enumerate(spec.theory_of_change.nodes):
        if node.kind in OUTCOME_KINDS and node.id not in measured:
            yield Finding(
                ctx.document.span(("theory_of_change", "nodes", index, "id")),
                Text(
                    f"Resultatet '{node.id}' måles ikke af nogen indikator. Tilføj under "
                    f"'documentation: indicators:' en indikator med id, what, nodes: [{node.id}] "
                    f"og timing. Det kræves fra v1 ({label}).",
                    f"The outcome '{node.id}' is measured by no indicator. Add one under "
                    f"'documentation: indicators:' with id, what, nodes: [{node.id}] and "
                    f"timing. Required from v1 ({label}).",
                ),
            )


EN = """From v1 the documentation model is planned: every outcome of the theory of change is measured.

Every outcome (short, medium and long term) must be named under `nodes` by at least one
indicator that says what is measured (`what`) and when (`timing`). That is the minimum of a
plan; instrument and source are required in final (SP132). The rule applies as soon as one
indicator is written as an object. Indicators written as text only (the older form) are not
tied to the outcomes, so the rule passes over them; final then says how to tie them (SP133).
"""

RULE = Rule("SP131", "indicators-planned", rule_doc(__doc__, EN), check, todo=True)
