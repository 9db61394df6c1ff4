"""Den endelige versions indikatorer er skrevet som tekst og ikke bundet til forandringsteorien.

Tekst er den ældre form og læses som før: den siger, hvad der måles, men ikke hvilket
resultat, med hvad, hvornår eller af hvem. Meldingen er en note og får aldrig et tjek til
at fejle; den siger, hvordan indikatorerne bindes til resultaterne, mens den endelige
version skrives (udkast og review). En frigivet version kan ikke ændres, så der siger
noten intet.

Består:

```yaml
version: final
documentation:
  indicators:
    - {id: overblik-maalt, what: Familiens oplevede overblik, nodes: [overblik], instrument: Spørgeskema, timing: Ved start og slut, source: Familien}
  tools: [Spørgeskema ved start og slut]
```

Fejler:

```yaml
version: final
documentation:
  indicators: [Familiens oplevede overblik]
  tools: [Spørgeskema ved start og slut]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.documentation import Indicator
from susi_spec.problems import Severity, Text


def check(ctx: Context) -> Iterator[Finding]:
    spec = spec_of(ctx)
    documentation = spec.documentation
    if not ctx.is_final or documentation is None or not documentation.indicators:
        return
    if spec.status == "released":
        return  # frozen (SP401): a note it cannot act on is noise
    if any(isinstance(i, Indicator) for i in documentation.indicators):
        return
    yield Finding(
        ctx.document.span(("documentation", "indicators"), key=True),
        Text(
            "Indikatorerne er tekst og ikke bundet til forandringsteoriens resultater. Skriv "
            "hver som {id, what, nodes, instrument, timing, source}, hvor nodes nævner de "
            "resultater, den måler, så dokumentationsmodellen kan følges fra forandringsteorien.",
            "The indicators are text and not tied to the outcomes of the theory of change. "
            "Write each as {id, what, nodes, instrument, timing, source}, with nodes naming the "
            "outcomes it measures, so the documentation model can be followed from the theory "
            "of change.",
        ),
    )


EN = """The final version's indicators are written as text and not tied to the theory of change.

Text is the older form and is read as before: it says what is measured, not which outcome,
with what, when or by whom. The finding is a note and never makes a check fail; it says how
to tie the indicators to the outcomes while the final version is being written (draft and
review). A released version cannot change, so there the note says nothing.
"""

RULE = Rule("SP133", "indicators-untied", rule_doc(__doc__, EN), check, severity=Severity.NOTE)
