"""Fuzzing in CI (issue 10): mutated copies of the bundled spec and its local files, checked by
the real `susi check --format json`, never crash, hang, skip or change a file.

Bounded and derandomised so CI is quick and reproducible; bench/fuzz.py runs many more.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from fuzzing import SPEC_ID, Mutant, check_contract, copy_bundled, mutants
from gitrepo import GitRepo

BOUNDED = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def plain_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a copy of the bundled spec and no git: most rules, no history."""
    root = tmp_path_factory.mktemp("fuzz")
    copy_bundled(root)
    return root


@pytest.fixture(scope="module")
def git_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled spec committed as released, so mutations meet the history rules too."""
    repo = GitRepo(tmp_path_factory.mktemp("fuzz-git") / "repo")
    copy_bundled(repo.root)
    repo.commit(f"{SPEC_ID} v3")
    return repo.root


@BOUNDED
@given(mutants())
def test_mutated_specs_keep_the_check_contract(plain_project: Path, mutant: Mutant) -> None:
    check_contract(plain_project, mutant)


@settings(BOUNDED, max_examples=40)
@given(mutants())
def test_mutated_specs_in_git_keep_the_check_contract(git_project: Path, mutant: Mutant) -> None:
    check_contract(git_project, mutant)


def test_the_unmutated_copy_checks_clean(plain_project: Path) -> None:
    name = "index.md"
    data = (plain_project / "specs" / SPEC_ID / name).read_bytes()
    report = check_contract(plain_project, Mutant(name, data, ()))
    # the spec, two local implementations, their four follow-ups and the learning record
    assert report["files"] == 8 and report["errors"] == 0
