"""Helpers the commands share: finding a spec file from what the user typed."""

from __future__ import annotations

from pathlib import Path

from susi_spec.checks.config import Config
from susi_spec.errors import SusiError


def resolve_spec(argument: str, config: Config) -> Path:
    """`en-familie-en-indgang`, `specs/en-familie-en-indgang` or a path to index.md."""
    given = Path(argument)
    for candidate in (given, given / "index.md", config.specs_path / argument / "index.md"):
        if candidate.is_file():
            return candidate.resolve()
    raise SusiError(
        f"Fandt ingen indsatsbeskrivelse '{argument}'. Angiv id'et (fx en-familie-en-indgang) "
        "eller stien til index.md; 'ls specs' viser dem."
    )
