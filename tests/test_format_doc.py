"""The format reference (site/om/format.md) stays true to the code where a test can tell."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest
from pydantic import BaseModel

from susi_spec.checks.rules import ALL_RULES
from susi_spec.loading.document import MAX_FILE_BYTES
from susi_spec.model import LocalSpec, Spec
from susi_spec.model.cycles import CycleRecord
from susi_spec.model.results import FollowUp

FORMAT = (Path(__file__).parent.parent / "site" / "om" / "format.md").read_text(encoding="utf-8")
YAML = "\n".join(re.findall(r"```yaml\n(.*?)```", FORMAT, flags=re.DOTALL))


def _models(model: type[BaseModel]) -> typing.Iterator[type[BaseModel]]:
    """The model and every model its fields hold, once each."""
    yield model
    for info in model.model_fields.values():
        for arg in _flat(info.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel) and arg is not model:
                yield from _models(arg)


def _flat(annotation: object) -> typing.Iterator[object]:
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _flat(arg)


def _keys(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for m in _models(model) for name, info in m.model_fields.items()}


def _values(model: type[BaseModel]) -> set[str]:
    return {
        value
        for m in _models(model)
        for info in m.model_fields.values()
        for arg in _flat(info.annotation)
        if typing.get_origin(arg) is typing.Literal
        for value in typing.get_args(arg)
        if isinstance(value, str)
    }


@pytest.mark.parametrize("code", [rule.code for rule in ALL_RULES])
def test_every_rule_code_is_named(code: str) -> None:
    assert f"{code})" in FORMAT or f"{code}," in FORMAT


@pytest.mark.parametrize(
    "model", [Spec, LocalSpec, CycleRecord, FollowUp], ids=["spec", "local", "cycles", "results"]
)
def test_every_key_is_in_an_example(model: type[BaseModel]) -> None:
    written = set(re.findall(r"(?:^|[\s{,])([a-z_]+):", YAML, flags=re.MULTILINE))
    assert _keys(model) - written == set()


@pytest.mark.parametrize(
    "model", [Spec, LocalSpec, CycleRecord, FollowUp], ids=["spec", "local", "cycles", "results"]
)
def test_every_enum_value_is_named(model: type[BaseModel]) -> None:
    assert {value for value in _values(model) if value not in FORMAT} == set()


def test_no_key_that_the_models_do_not_know() -> None:
    written = set(re.findall(r"^\s*(?:- )?([a-z_]+):", YAML, flags=re.MULTILINE))
    assert written - _keys(Spec) - _keys(LocalSpec) - _keys(CycleRecord) - _keys(FollowUp) == set()


def test_file_size_limit() -> None:
    assert f"at most {MAX_FILE_BYTES // 1024} KB" in FORMAT
