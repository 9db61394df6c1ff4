"""Project configuration: `[tool.susi]` in pyproject.toml.

```toml
[tool.susi]
language = "da"            # or "en": the language of messages and reports
specs = "specs"            # where the specs live, relative to pyproject.toml
[tool.susi.rules]
SP209 = "off"              # by code or name: "error", "warning" or "off"
section-anchors = "error"
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.problems import Severity


@dataclass(frozen=True)
class Config:
    root: Path
    language: str = "da"
    specs_dir: str = "specs"
    severities: dict[str, Severity] = field(default_factory=dict)

    @property
    def specs_path(self) -> Path:
        return self.root / self.specs_dir


def find_root(start: Path) -> Path:
    """The nearest folder at or above `start` with a pyproject.toml or a specs/ folder."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() or (folder / "specs").is_dir():
            return folder
    return start


def load_config(start: Path) -> Config:
    """Read `[tool.susi]` from the project's pyproject.toml, if there is one."""
    from susi_spec.checks.rules import BY_KEY  # here, so that reading config stays cheap to import

    root = find_root(start)
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return Config(root)
    try:
        table = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("susi", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SusiError(f"{pyproject}: kan ikke læses som TOML ({error}). Ret filen.") from error
    language = table.get("language", "da")
    if language not in ("da", "en"):
        raise SusiError(f"{pyproject}: [tool.susi] language skal være 'da' eller 'en'.")
    severities: dict[str, Severity] = {}
    for key, value in table.get("rules", {}).items():
        rule = BY_KEY.get(key)
        if rule is None:
            raise SusiError(
                f"{pyproject}: [tool.susi.rules] kender ikke reglen '{key}'. Se 'susi rules'."
            )
        try:
            severities[rule.code] = Severity(value)
        except ValueError as error:
            raise SusiError(
                f"{pyproject}: [tool.susi.rules] {key} = '{value}': "
                "brug error, warning, note eller off."
            ) from error
    return Config(root, language, str(table.get("specs", "specs")), severities)
