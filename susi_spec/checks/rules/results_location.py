"""En opfølgning ligger i mappen for sin indsats og sit sted, som har en lokal udmøntning.

Stien er `specs/<id>/local/<sted>/opfoelgning/<dato>.md`, med indsatsens og stedets id som
i mappenavnene, og stedet har en lokal udmøntning (`specs/<id>/local/<sted>.md`).

Består:

```yaml
place: ballerup
```

Fejler:

```yaml
place: fredericia
```
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.results_helpers import follow_up_of
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    follow_up = follow_up_of(ctx)
    path = Path(ctx.document.path)
    place_folder = path.parent.parent
    spec_folder = place_folder.parent.parent
    if follow_up.place != place_folder.name:
        yield Finding(
            ctx.document.span(("place",)),
            Text(
                f"place: {follow_up.place} passer ikke til mappen '{place_folder.name}'. Flyt "
                f"filen til local/{follow_up.place}/opfoelgning/, eller ret place.",
                f"place: {follow_up.place} does not match the folder '{place_folder.name}'. "
                f"Move the file to local/{follow_up.place}/opfoelgning/, or fix place.",
            ),
        )
    elif not (place_folder.parent / f"{follow_up.place}.md").is_file():
        yield Finding(
            ctx.document.span(("place",)),
            Text(
                f"{follow_up.place} har ingen lokal udmøntning (local/{follow_up.place}.md). "
                f"Opret den med susi new {follow_up.spec} --place {follow_up.place}.",
                f"{follow_up.place} has no local implementation (local/{follow_up.place}.md). "
                f"Create it with susi new {follow_up.spec} --place {follow_up.place}.",
            ),
        )
    if follow_up.spec != spec_folder.name:
        yield Finding(
            ctx.document.span(("spec",)),
            Text(
                f"spec: {follow_up.spec} passer ikke til mappen '{spec_folder.name}'. En "
                "opfølgning ligger under den indsats, den følger op på.",
                f"spec: {follow_up.spec} does not match the folder '{spec_folder.name}'. A "
                "follow-up lies under the intervention it follows up on.",
            ),
        )


EN = """A follow-up lies in the folder of its intervention and place, with a local implementation.

The path is `specs/<id>/local/<place>/opfoelgning/<date>.md`, with the intervention's and
the place's id as in the folder names, and the place has a local implementation
(`specs/<id>/local/<place>.md`).
"""

RULE = Rule("SP606", "results-location", rule_doc(__doc__, EN), check, applies_to="results")
