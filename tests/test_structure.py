"""The package's shape: stages import only earlier stages, few loose modules, a light model.

The stage order is the README's (section *Layout*). Imports under `TYPE_CHECKING` count too:
an arrow upward there is still an arrow a reader has to follow.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "susi_spec"

# Earlier first. Loose modules at the package top come before every stage.
STAGES = (
    "",
    "loading",
    "model",
    "diff",
    "history",
    "checks",
    "release",
    "local",
    "review",
    "export",
    "follow_up",
    "render",
    "cli",
    "mkdocs_plugin",
)
ADAPTERS = {"cli", "mkdocs_plugin"}


def _stage_of(module: str) -> str:
    """The stage of a dotted module name under susi_spec ('' for the loose top modules)."""
    parts = module.split(".")
    if len(parts) < 2 or not (PACKAGE / parts[1]).is_dir():
        return ""
    return parts[1]


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every susi_spec module a file imports, with its line, wherever the import stands."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}:{node.lineno}: relative import; write it absolute")
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("susi_spec"):
            found.append((node.lineno, node.module or ""))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("susi_spec")]
    return found


def test_no_stage_imports_a_later_stage() -> None:
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        own = parts[0] if len(parts) > 1 else ""
        for line, target in _imports(path):
            other = _stage_of(target)
            if other in ADAPTERS and own in ADAPTERS:
                continue
            if STAGES.index(other) > STAGES.index(own):
                upward.append(f"{path.relative_to(PACKAGE)}:{line}: {own or 'top'} -> {target}")
    assert upward == []


def test_every_stage_folder_is_listed() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and any(p.glob("*.py"))} - {
        "templates"
    }
    assert folders == set(STAGES) - {""}


def test_at_most_six_loose_modules() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py")
    assert len(loose) <= 6, loose


def test_importing_the_model_imports_no_rule() -> None:
    code = (
        "import sys, susi_spec.model, susi_spec.model.boundary, susi_spec.loading.intake;"
        "print(sorted(m for m in sys.modules if m.startswith('susi_spec.checks')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name", ["labels", "blocks", "elements", "local_review"])
def test_no_two_modules_share_a_name(name: str) -> None:
    same = sorted(str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob(f"{name}.py"))
    assert len(same) <= 1, same
