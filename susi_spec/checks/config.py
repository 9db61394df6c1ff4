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


KEYS = ("language", "specs", "rules")


def load_config(start: Path) -> Config:
    """Read `[tool.susi]` from the project's pyproject.toml, if there is one.

    Every way the table can be wrong is a SusiError (exit 2) naming the key and the fix.
    """
    from susi_spec.checks.rules import BY_KEY  # here, so that reading config stays cheap to import
    from susi_spec.model.suggestions import did_you_mean

    root = find_root(start)
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return Config(root)
    table = _susi_table(pyproject)
    for key in table:
        if key not in KEYS:
            raise SusiError(
                f"{pyproject}: [tool.susi] kender ikke nøglen '{key}'.{did_you_mean(key, KEYS).da}"
            )
    language = table.get("language", "da")
    if language not in ("da", "en"):
        raise SusiError(f'{pyproject}: [tool.susi] language skal være "da" eller "en".')
    specs = table.get("specs", "specs")
    if not isinstance(specs, str) or not specs.strip():
        raise SusiError(
            f'{pyproject}: [tool.susi] specs skal være en mappe skrevet som tekst, fx specs = "specs".'
        )
    folder = (root / specs).resolve()
    if not folder.is_relative_to(root.resolve()) or folder == root.resolve():
        # Outside, a check would walk other projects or the whole disk; the root itself holds
        # the virtual environment and the site, whose Markdown is not specs.
        where = "er projektets rod" if folder == root.resolve() else "peger uden for projektet"
        raise SusiError(
            f"{pyproject}: [tool.susi] specs = {specs!r} {where}. Skriv mappen med "
            'indsatsbeskrivelser inde i projektet, fx specs = "specs".'
        )
    if folder.exists() and not folder.is_dir():
        raise SusiError(f"{pyproject}: [tool.susi] specs = {specs!r} er en fil, ikke en mappe.")
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise SusiError(
            f"{pyproject}: [tool.susi] rules skal være en tabel: skriv [tool.susi.rules] på sin "
            'egen linje og derunder fx SP209 = "off".'
        )
    severities: dict[str, Severity] = {}
    for key, value in rules.items():
        rule = BY_KEY.get(key)
        if rule is None:
            raise SusiError(
                f"{pyproject}: [tool.susi.rules] kender ikke reglen '{key}'.{did_you_mean(key, BY_KEY).da} "
                "Se 'susi rules'."
            )
        if not isinstance(value, str) or value not in set(Severity):
            raise SusiError(
                f"{pyproject}: [tool.susi.rules] {key} = '{value}': "
                "brug error, warning, note eller off."
            )
        severities[rule.code] = Severity(value)
    return Config(root, language, specs, severities)


def _susi_table(pyproject: Path) -> dict[str, object]:
    """The `[tool.susi]` table, checked to be a table at every level."""
    from susi_spec.loading.document import read_regular_file

    try:
        data = tomllib.loads(read_regular_file(pyproject, 4 * 1024 * 1024).decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise SusiError(
            f"{pyproject}: kan ikke læses som TOML{_toml_place(str(error))}. Ret filen: se efter "
            "anførselstegn, = og [tabeller] på linjen."
        ) from error
    except UnicodeDecodeError as error:
        raise SusiError(f"{pyproject}: er ikke gemt som UTF-8. Gem filen som UTF-8.") from error
    except OSError as error:
        raise SusiError(f"{pyproject}: kan ikke læses ({error.strerror or error}).") from error
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise SusiError(f"{pyproject}: 'tool' skal være en tabel ([tool.susi]), ikke en værdi.")
    table = tool.get("susi", {})
    if not isinstance(table, dict):
        raise SusiError(
            f"{pyproject}: 'tool.susi' skal være en tabel: skriv [tool.susi] på sin egen linje."
        )
    return table


def _toml_place(message: str) -> str:
    """' (linje L, kolonne C)' from tomllib's English message, when it names the place."""
    import re

    found = re.search(r"at line (\d+), column (\d+)", message)
    return f" (linje {found.group(1)}, kolonne {found.group(2)})" if found else ""
