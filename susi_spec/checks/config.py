"""Project configuration: `[tool.susi]` in pyproject.toml, and finding a spec by what a user typed.

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

import glob
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from susi_spec.errors import SusiError
from susi_spec.problems import Severity, Text


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
LANGUAGES = ("da", "en")


def configured_language(start: Path) -> str:
    """`[tool.susi] language`, read before the command runs so that its parser and refusals
    speak it; Danish when it cannot be read (the command's `load_config` then says why)."""
    pyproject = find_root(start) / "pyproject.toml"
    try:
        language = _susi_table(pyproject).get("language") if pyproject.is_file() else None
    except SusiError:
        return "da"
    return language if isinstance(language, str) and language in LANGUAGES else "da"


def load_config(start: Path) -> Config:
    """Read `[tool.susi]` from the project's pyproject.toml, if there is one.

    Every way the table can be wrong is a SusiError (exit 2) naming the key and the fix.
    """
    from susi_spec.model.suggestions import did_you_mean

    root = find_root(start)
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return Config(root)
    table = _susi_table(pyproject)
    for key in table:
        if key not in KEYS:
            hint = did_you_mean(key, KEYS)
            raise SusiError(
                Text(
                    f"{pyproject}: [tool.susi] kender ikke nøglen '{key}'.{hint.da} Nøglerne "
                    f"er {', '.join(KEYS)}.",
                    f"{pyproject}: [tool.susi] has no key '{key}'.{hint.en} The keys are "
                    f"{', '.join(KEYS)}.",
                )
            )
    language = table.get("language", "da")
    if language not in LANGUAGES:
        raise SusiError(
            Text(
                f'{pyproject}: [tool.susi] language skal være "da" eller "en", fx language = "da".',
                f'{pyproject}: [tool.susi] language must be "da" or "en", e.g. language = "en".',
            )
        )
    specs = table.get("specs", "specs")
    if not isinstance(specs, str) or not specs.strip():
        raise SusiError(
            Text(
                f"{pyproject}: [tool.susi] specs skal være en mappe skrevet som tekst, fx "
                'specs = "specs".',
                f"{pyproject}: [tool.susi] specs must be a folder written as text, e.g. "
                'specs = "specs".',
            )
        )
    folder = (root / specs).resolve()
    if not folder.is_relative_to(root.resolve()) or folder == root.resolve():
        # Outside, a check would walk other projects or the whole disk; the root itself holds
        # the virtual environment and the site, whose Markdown is not specs.
        where = (
            Text("er projektets rod", "is the project's root")
            if folder == root.resolve()
            else Text("peger uden for projektet", "points outside the project")
        )
        raise SusiError(
            Text(
                f"{pyproject}: [tool.susi] specs = {specs!r} {where.da}. Skriv mappen med "
                'indsatsbeskrivelser inde i projektet, fx specs = "specs".',
                f"{pyproject}: [tool.susi] specs = {specs!r} {where.en}. Name the folder of "
                'specs inside the project, e.g. specs = "specs".',
            )
        )
    if folder.exists() and not folder.is_dir():
        raise SusiError(
            Text(
                f"{pyproject}: [tool.susi] specs = {specs!r} er en fil, ikke en mappe. Skriv "
                'mappen med indsatsbeskrivelser, fx specs = "specs".',
                f"{pyproject}: [tool.susi] specs = {specs!r} is a file, not a folder. Name "
                'the folder of specs, e.g. specs = "specs".',
            )
        )
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise SusiError(
            Text(
                f"{pyproject}: [tool.susi] rules skal være en tabel: skriv [tool.susi.rules] "
                'på sin egen linje og derunder fx SP209 = "off".',
                f"{pyproject}: [tool.susi] rules must be a table: write [tool.susi.rules] on "
                'a line of its own and below it e.g. SP209 = "off".',
            )
        )
    severities: dict[str, Severity] = {}
    if rules:
        # Imported only for rules to read: the rules are costly to import, and a command
        # that runs none of them at once (`susi studio`'s first page) need not wait.
        from susi_spec.checks.rules import BY_KEY
    for key, value in rules.items():
        rule = BY_KEY.get(key)
        if rule is None:
            hint = did_you_mean(key, BY_KEY)
            raise SusiError(
                Text(
                    f"{pyproject}: [tool.susi.rules] kender ikke reglen '{key}'.{hint.da} Se "
                    "'susi rules'.",
                    f"{pyproject}: [tool.susi.rules] has no rule '{key}'.{hint.en} See "
                    "'susi rules'.",
                )
            )
        if not isinstance(value, str) or value not in set(Severity):
            raise SusiError(
                Text(
                    f"{pyproject}: [tool.susi.rules] {key} = '{value}': "
                    f'brug error, warning, note eller off, fx {key} = "warning".',
                    f"{pyproject}: [tool.susi.rules] {key} = '{value}': "
                    f'use error, warning, note or off, e.g. {key} = "warning".',
                )
            )
        severities[rule.code] = Severity(value)
    return Config(root, language, specs, severities)


def _susi_table(pyproject: Path) -> dict[str, object]:
    """The `[tool.susi]` table, checked to be a table at every level."""
    from susi_spec.loading.document import read_regular_file

    try:
        data = tomllib.loads(read_regular_file(pyproject, 4 * 1024 * 1024).decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        place = _toml_place(str(error))
        raise SusiError(
            Text(
                f"{pyproject}: kan ikke læses som TOML{place.da}. Ret filen: se efter "
                "anførselstegn, = og [tabeller] på linjen.",
                f"{pyproject}: cannot be read as TOML{place.en}. Fix the file: look for "
                "quotes, = and [tables] on the line.",
            )
        ) from error
    except UnicodeDecodeError as error:
        raise SusiError(
            Text(
                f"{pyproject}: er ikke gemt som UTF-8. Gem filen som UTF-8.",
                f"{pyproject}: is not saved as UTF-8. Save the file as UTF-8.",
            )
        ) from error
    except OSError as error:
        reason = error.strerror or error
        raise SusiError(
            Text(
                f"{pyproject}: kan ikke læses ({reason}). Tjek rettighederne til filen.",
                f"{pyproject}: cannot be read ({reason}). Check the file's permissions.",
            )
        ) from error
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise SusiError(
            Text(
                f"{pyproject}: 'tool' skal være en tabel ([tool.susi]), ikke en værdi.",
                f"{pyproject}: 'tool' must be a table ([tool.susi]), not a value.",
            )
        )
    table = tool.get("susi", {})
    if not isinstance(table, dict):
        raise SusiError(
            Text(
                f"{pyproject}: 'tool.susi' skal være en tabel: skriv [tool.susi] på sin egen "
                "linje.",
                f"{pyproject}: 'tool.susi' must be a table: write [tool.susi] on a line of its "
                "own.",
            )
        )
    return table


def _toml_place(message: str) -> Text:
    """' (linje L, kolonne C)' from tomllib's English message, when it names the place."""
    import re

    found = re.search(r"at line (\d+), column (\d+)", message)
    if found is None:
        return Text("", "")
    line, column = found.groups()
    return Text(f" (linje {line}, kolonne {column})", f" (line {line}, column {column})")


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
