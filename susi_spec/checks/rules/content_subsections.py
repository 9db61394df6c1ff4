"""Et underafsnit `### ... {#id}` under indholdsafsnittet hører til et kerneelement.

Ankeret er kerneelementets id; underafsnittet rummer dets fortælling: formål, erfaringer,
opmærksomhedspunkter og praksiseksempler.

Består:

```yaml
version: 0
```

```markdown
## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.

## Indhold og fremgangsmåde {#content}

### Koordineret sagsbehandling {#koordinering}

Koordinatoren er familiens indgang.
```

Fejler:

```yaml
version: 0
```

```markdown
## Introduktion {#introduction}

Indsatsen samler familiens kontakt til kommunen.

## Indhold og fremgangsmåde {#content}

### Koordineret sagsbehandling {#koordinator}

Koordinatoren er familiens indgang.
```
"""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.checks.rules.helpers import spec_of
from susi_spec.model.suggestions import did_you_mean
from susi_spec.problems import Text


def check(ctx: Context) -> Iterator[Finding]:
    content = ctx.document.section("content")
    if content is None:
        return
    known = [element.id for element in spec_of(ctx).core_elements]
    for sub in content.subsections:
        if sub.anchor in known:
            continue
        hint = did_you_mean(sub.anchor, known)
        yield Finding(
            sub.span,
            Text(
                f"Underafsnittet {{#{sub.anchor}}} svarer ikke til noget kerneelement.{hint.da} "
                "Brug kerneelementets id som anker, eller fjern ankeret.",
                f"The subsection {{#{sub.anchor}}} matches no core element.{hint.en} Use the "
                "core element's id as the anchor, or remove the anchor.",
            ),
        )


EN = """A `### ... {#id}` subsection under the content section names a core element.

The anchor is the core element's id; the subsection holds its narrative: purpose,
experiences, points of attention and practice examples.
"""

RULE = Rule("SP204", "content-subsections", rule_doc(__doc__, EN), check)
