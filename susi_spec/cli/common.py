"""Helpers the commands share: finding a spec file from what the user typed."""

from __future__ import annotations

import glob
from pathlib import Path

from susi_spec.checks.config import Config
from susi_spec.errors import SusiError


def resolve_spec(argument: str, config: Config) -> Path:
    """`en-familie-en-indgang`, `specs/en-familie-en-indgang` or a path to index.md."""
    if not argument.strip():
        raise SusiError(
            "Angiv en indsatsbeskrivelse: dens id (fx en-familie-en-indgang) eller stien til index.md."
        )
    given = Path(argument)
    for candidate in (given, given / "index.md", config.specs_path / argument / "index.md"):
        if candidate.is_file():
            return candidate.resolve()
    # A spec moved deeper into the specs folder (specs/archive/<id>/) is still found by its id.
    nested = sorted(config.specs_path.glob(f"**/{glob.escape(argument)}/index.md"))
    if len(nested) == 1:
        return nested[0].resolve()
    if len(nested) > 1:
        listed = ", ".join(str(path.parent) for path in nested)
        raise SusiError(f"Flere indsatsbeskrivelser hedder '{argument}': {listed}. Angiv stien.")
    raise SusiError(
        f"Fandt ingen indsatsbeskrivelse '{argument}'. Angiv id'et (fx en-familie-en-indgang) "
        "eller stien til index.md; 'ls specs' viser dem."
    )
