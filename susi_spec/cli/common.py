"""Helpers the commands share: finding a spec file from what the user typed."""

from __future__ import annotations

import glob
from pathlib import Path

from susi_spec.checks.config import Config
from susi_spec.errors import SusiError
from susi_spec.problems import Text


def resolve_spec(argument: str, config: Config) -> Path:
    """`en-familie-en-indgang`, `specs/en-familie-en-indgang` or a path to index.md."""
    if not argument.strip():
        raise SusiError(
            Text(
                "Angiv en indsatsbeskrivelse: dens id (fx en-familie-en-indgang) eller stien til "
                "index.md.",
                "Name a spec: its id (e.g. en-familie-en-indgang) or the path to its index.md.",
            )
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
        raise SusiError(
            Text(
                f"Flere indsatsbeskrivelser hedder '{argument}': {listed}. Angiv stien, fx "
                f"{nested[0]}.",
                f"Several specs are called '{argument}': {listed}. Give the path, e.g. "
                f"{nested[0]}.",
            )
        )
    raise SusiError(
        Text(
            f"Fandt ingen indsatsbeskrivelse '{argument}'. Angiv id'et (fx "
            "en-familie-en-indgang) eller stien til index.md; 'ls specs' viser dem.",
            f"Found no spec '{argument}'. Give its id (e.g. en-familie-en-indgang) or the path "
            "to its index.md; 'ls specs' shows them.",
        )
    )
