"""Helpers the commands share: finding a spec file from what the user typed."""

from __future__ import annotations

import os
import re
from pathlib import Path

from susi_spec.checks.config import Config
from susi_spec.errors import SusiError

# A file that starts with front matter naming a susi schema: a spec or a local implementation.
_SPEC_FILE = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:.*\n)*?schema:\s*['\"]?susi-")


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


def refuse_output(given: str, spec: Path, config: Config, example: str, what: str) -> None:
    """Never write `what` into a folder, onto the spec, or onto any spec or local file."""
    target = Path(given)
    if target.is_dir() or given.endswith(("/", "\\", os.sep)):
        raise SusiError(f"{target} er en mappe. Angiv et filnavn, fx -o {target / example}")
    resolved = target.resolve()
    specs = config.specs_path.resolve()
    inside = resolved.is_relative_to(specs) and resolved.suffix == ".md"
    is_spec = inside and (resolved.name == "index.md" or resolved.parent.name == "local")
    if resolved == spec.resolve() or is_spec or _looks_like_spec(resolved):
        raise SusiError(
            f"{target} er en indsatsbeskrivelse eller en lokal udmøntning; {what} ville "
            f"overskrive den. Intet er skrevet. Vælg en anden fil, fx -o {example}"
        )


def _looks_like_spec(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return _SPEC_FILE.match(head) is not None
