"""I den endelige version siger hver indikator, med hvad, hvornår og af hvem der måles.

Hver indikator skrevet som objekt har `instrument`, `timing` og `source`. Måleredskabet
skrives ét sted: på indikatoren, eller (den ældre form) som `instrument` på de noder,
den måler; så gælder nodernes redskab for indikatoren.

Består:

```yaml
version: final
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik], instrument: Spørgeskema, timing: Ved start og slut, source: Familien}
    - {id: trivsel-maalt, what: Barnets trivsel, nodes: [trivsel], instrument: SDQ, timing: Efter et år, source: Forældrene}
  tools: [Spørgeskema ved start og slut]
```

Fejler:

```yaml
version: final
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik], timing: Ved start og slut, source: Familien}
    - {id: trivsel-maalt, what: Barnets trivsel, nodes: [trivsel], timing: Efter et år}
  tools: [Spørgeskema ved start og slut]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.documentation import Indicator, instrument_of
from susi_spec.problems import Text

# What each key asks for, in the message (da, en).
_KEYS = {
    "instrument": ("måleredskab (instrument)", "instrument (instrument)"),
    "timing": ("hvornår (timing)", "when (timing)"),
    "source": ("kilde (source)", "source (source)"),
}


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    if not ctx.is_final or spec.documentation is None:
        return
    for index, indicator in enumerate(spec.documentation.indicators):
        if not isinstance(indicator, Indicator):
            continue
        given = {
            "instrument": instrument_of(indicator, spec.theory_of_change),
            "timing": indicator.timing,
            "source": indicator.source,
        }
        missing = [key for key, value in given.items() if not (value or "").strip()]
        if not missing:
            continue
        da = ", ".join(_KEYS[key][0] for key in missing)
        en = ", ".join(_KEYS[key][1] for key in missing)
        yield Finding(
            ctx.document.span(("documentation", "indicators", index, "id")),
            Text(
                f"Indikatoren '{indicator.id}' mangler {da}. Det kræves i final.",
                f"The indicator '{indicator.id}' lacks {en}. Required in final.",
            ),
        )


EN = """In the final version, every indicator says with what, when and by whom it is measured.

Every indicator written as an object has `instrument`, `timing` and `source`. The
instrument is written in one place: on the indicator, or (the older form) as `instrument` on
the nodes it measures; then the nodes' instrument counts for the indicator.
"""

RULE = Rule("SP132", "indicators-complete", rule_doc(__doc__, EN), check, todo=True)
