"""En lokal udmøntning hører til en fælles model, der findes, og ligger i dens mappe.

`spec` er den fælles models id, og `place` er filens navn: `specs/<spec>/local/<place>.md`.

Består:

```yaml
spec: eksempel
place: ballerup
```

Fejler:

```yaml
spec: et-eksempel
place: ballerup
```
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.problems import Text


def _has_index(path: PurePath) -> bool:
    """Whether the common model's file exists (it may be invalid; it reports that itself)."""
    from pathlib import Path

    return path.parent.name == "local" and Path(path.parent.parent, "index.md").is_file()


def check(ctx: Context) -> Iterator[Finding]:
    local = ctx.local
    if local is None:
        return
    path = PurePath(ctx.document.path)
    if local.place != path.stem:
        yield Finding(
            ctx.document.span(("place",)),
            Text(
                f"place '{local.place}' passer ikke med filnavnet '{path.name}'. Kald filen "
                f"'{local.place}.md', eller ret place.",
                f"place '{local.place}' does not match the file name '{path.name}'. Name the "
                f"file '{local.place}.md', or fix place.",
            ),
        )
    folder = path.parent.parent.name if path.parent.name == "local" else ""
    if folder and local.spec != folder:
        yield Finding(
            ctx.document.span(("spec",)),
            Text(
                f"spec '{local.spec}' passer ikke med mappen '{folder}'. Læg filen under "
                f"specs/{local.spec}/local/, eller ret spec.",
                f"spec '{local.spec}' does not match the folder '{folder}'. Put the file under "
                f"specs/{local.spec}/local/, or fix spec.",
            ),
        )
    elif local.spec not in ctx.specs and not _has_index(path):
        # Also when no spec was checked at all: a missing index.md must not make its local
        # files pass unseen.
        if folder:
            text = Text(
                f"Den fælles model findes ikke: specs/{local.spec}/index.md mangler. Læg "
                "indsatsbeskrivelsen der (en fil med et andet navn, fx Index.md, tæller ikke), "
                "eller ret spec.",
                f"The common model does not exist: specs/{local.spec}/index.md is missing. Put "
                "the spec there (a file with another name, such as Index.md, does not count), or "
                "fix spec.",
            )
        else:
            text = Text(
                f"Der findes ingen fælles model med id '{local.spec}'. Ret spec til id'et på en "
                "indsats under specs/.",
                f"There is no common model with id '{local.spec}'. Set spec to the id of an "
                "intervention under specs/.",
            )
        yield Finding(ctx.document.span(("spec",)), text)


EN = """A local implementation belongs to a common model that exists, in the right folder.

`spec` is the common model's id and `place` is the file's name:
`specs/<spec>/local/<place>.md`.
"""

RULE = Rule("SP301", "local-spec-exists", rule_doc(__doc__, EN), check, applies_to="local")
