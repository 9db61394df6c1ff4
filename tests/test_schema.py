"""The committed JSON Schemas match the models; `susi schema` writes and checks them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from susi_spec.cli.main import main
from susi_spec.model.schema import SCHEMA_FILES, render_schema

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_schema_is_current(name: str) -> None:
    committed = (ROOT / "schemas" / name).read_text(encoding="utf-8")
    assert committed == render_schema(name), f"schemas/{name} is stale: run 'susi schema'"


def test_schema_has_danish_titles_and_forbids_unknown_keys() -> None:
    schema = json.loads(render_schema("susi-spec-1.schema.json"))
    assert schema["title"] == "Indsatsbeskrivelse (susi-spec/1)"
    assert schema["additionalProperties"] is False
    element = schema["$defs"]["CoreElement"]
    assert element["title"] == "Kerneelement"
    assert element["properties"]["level"]["enum"] == ["rule", "guideline", "principle"]
    assert "regel" in element["properties"]["level"]["description"]


def test_schema_command_writes_then_check_passes(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    assert main(["schema", "--check", "--out", str(out)]) == 1
    assert main(["schema", "--out", str(out)]) == 0
    assert main(["schema", "--check", "--out", str(out)]) == 0
    (out / "susi-spec-1.schema.json").write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", "--out", str(out)]) == 1
