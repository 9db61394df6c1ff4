"""Each rule's documentation is true: its passing example passes it, its failing one fails it.

An example replaces keys of the base example (and perhaps its body); for a local rule it
replaces keys of the base local file, whose common model is the base example released as
v1. Examples under `Før:` are committed first, in a real git repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gitrepo import GitRepo
from susi_spec.checks.checker import check_paths
from susi_spec.checks.rules import CHECK_RULES, Rule
from susi_spec.checks.rules.doc import Example, base_example
from susi_spec.problems import Severity

SPEC = "specs/eksempel/index.md"
LOCAL = "specs/eksempel/local/ballerup.md"
CYCLES = "specs/eksempel/cycles.md"
RESULTS = "specs/eksempel/local/ballerup/opfoelgning/2021-03-01.md"
RELEASED_V1 = Example("status: released\nreleased: 2020-09-15\n")


def apply(base: str, example: Example) -> str:
    """The base file with the example's top-level keys replaced (or added) and its body."""
    _, front, body = base.split("---\n", 2)
    blocks = _blocks(front)
    blocks.update(_blocks(example.front))
    if example.body is not None:
        body = "\n" + example.body
    return "---\n" + "".join(blocks.values()) + "---\n" + body


def _blocks(front: str) -> dict[str, str]:
    """Top-level key -> its lines, in order (a block runs until the next unindented key)."""
    blocks: dict[str, str] = {}
    key = ""
    for line in front.splitlines(keepends=True):
        if line[:1].strip() and not line.startswith("#"):
            key = line.split(":", 1)[0]
            blocks[key] = ""
        blocks[key] += line
    return blocks


def codes_for(rule: Rule, example: Example, root: Path) -> set[str]:
    """The codes the checker reports on the file the example makes, after its history."""
    repo = GitRepo(root)
    spec = base_example("spec")
    history = list(rule.doc.history)
    if rule.applies_to in ("local", "cycles", "results"):
        history.insert(0, RELEASED_V1)
    for index, before in enumerate(history):
        repo.write(SPEC, apply(spec, before))
        repo.commit(f"version {index}")
    if rule.applies_to == "local":
        repo.write(LOCAL, apply(base_example("local"), example))
        path = LOCAL
    elif rule.applies_to == "cycles":
        repo.write(CYCLES, apply(base_example("cycles"), example))
        path = CYCLES
    elif rule.applies_to == "results":
        repo.write(LOCAL, base_example("local"))
        repo.write(RESULTS, apply(base_example("results"), example))
        path = RESULTS
    else:
        repo.write(SPEC, apply(spec, example))
        path = SPEC
    report = check_paths([Path("specs")], history=bool(history), workers=1)
    return {problem.code for problem in report.problems if problem.path == path}


DOCUMENTED = list(CHECK_RULES)


def _schema_problems(rule: Rule, found: set[str]) -> set[str]:
    """The file and schema codes (SP0xx) found besides the rule's own."""
    return {code for code in found if code.startswith("SP0") and code != rule.code}


@pytest.mark.parametrize("rule", DOCUMENTED, ids=[r.code for r in DOCUMENTED])
def test_passing_example_passes(
    rule: Rule, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rule.doc.passes is not None
    monkeypatch.chdir(tmp_path)
    found = codes_for(rule, rule.doc.passes, tmp_path)
    # No file or schema problem: the rules did run on the example.
    assert rule.code not in found and not _schema_problems(rule, found)


@pytest.mark.parametrize("rule", DOCUMENTED, ids=[r.code for r in DOCUMENTED])
def test_failing_example_fails(rule: Rule, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert rule.doc.fails is not None
    monkeypatch.chdir(tmp_path)
    found = codes_for(rule, rule.doc.fails, tmp_path)
    assert rule.code in found and not _schema_problems(rule, found)


@pytest.mark.parametrize("kind", ["spec", "local"])
def test_base_examples_check_clean(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    repo = GitRepo(tmp_path)
    repo.write(SPEC, apply(base_example("spec"), RELEASED_V1))
    repo.commit("v1")
    repo.write(LOCAL, base_example("local"))
    if kind == "spec":
        repo.write(SPEC, base_example("spec").replace("version: 1\n", "version: 2\n"))
    problems = [(p.code, p.severity) for p in check_paths([Path("specs")]).problems]
    # A v2 draft just started has its changes to write, on its to-do list.
    assert problems == ([("SP116", Severity.TODO)] if kind == "spec" else [])
