"""`susi export` through the real entry point, on real git repositories and plain folders:
which version it exports, where it writes, what it refuses, and its exit codes."""

from __future__ import annotations

import io
import json
import os
import pty
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from gitrepo import GitRepo, fixture
from susi_spec.cli.main import main
from susi_spec.export import FORMATS

SPEC = "specs/demo/index.md"
V1 = fixture("valid_v1.md")
V2 = (
    V1.replace("version: 1\n", "version: 2\n")
    .replace("released: 2020-09-15\n", "released: 2021-03-01\n")
    .replace("delivery:\n", "changes:\n  - what: Ny mødeform.\n    why: Seminaret.\ndelivery:\n")
)
DRAFT_V3 = V2.replace("version: 2\n", "version: 3\n").replace(
    "status: released\nreleased: 2021-03-01\n", "status: draft\n"
)
INVALID = V1.replace("    level: rule\n", "    level: lov\n")  # the model does not validate


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """demo v1 and v2 released; the working copy a draft of v3, not committed."""
    git = GitRepo(tmp_path / "repo")
    git.write(SPEC, V1)
    git.commit("demo v1")
    git.write(SPEC, V2)
    git.commit("demo v2")
    git.write(SPEC, DRAFT_V3)
    monkeypatch.chdir(git.root)
    return git


def export_json(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> dict[str, Any]:
    assert main(["export", "demo", "--format", "json", *args]) == 0
    out, err = capsysbinary.readouterr()
    assert err == b""
    data: dict[str, Any] = json.loads(out)
    return data


# -- which version ------------------------------------------------------------------------


def test_default_is_the_working_copy_with_uncommitted_edits(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    source = export_json(capsysbinary)["source"]
    assert source == {
        "kind": "working",
        "spec": "demo",
        "version": "v3",
        "status": "draft",
        "released": None,
        "commit": None,  # edited since the last commit: no commit holds this text
        "path": SPEC,
    }


def test_a_committed_working_copy_names_its_commit(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    sha = repo.commit("demo v3 udkast")
    repo.write("specs/other.txt", "x")
    repo.commit("something else")  # a later commit that does not touch the spec
    assert export_json(capsysbinary)["source"]["commit"] == sha


@pytest.mark.parametrize("ref", ["v1", "1", "V1"])
def test_a_release_by_its_version(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes], ref: str
) -> None:
    data = export_json(capsysbinary, "--version", ref)
    v1 = repo.git("rev-list", "--max-parents=0", "HEAD").strip()
    assert data["source"]["kind"] == "release" and data["source"]["commit"] == v1
    assert data["spec"]["version"] == 1 and data["spec"]["changes"] == []


def test_a_git_revision_and_the_working_copy_by_name(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    head = repo.git("rev-parse", "HEAD").strip()
    data = export_json(capsysbinary, "--version", "HEAD")
    assert data["source"]["kind"] == "revision" and data["source"]["commit"] == head
    assert data["spec"]["version"] == 2
    assert export_json(capsysbinary, "--version", "arbejdskopi")["spec"]["version"] == 3


def test_an_unknown_version_is_a_usage_error(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "demo", "--format", "json", "--version", "v7"]) == 2
    assert "ingen frigivet version 'v7'. Frigivne versioner: v1, v2." in capsys.readouterr().err


def test_outside_git_the_working_copy_exports_without_a_commit(
    project: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (project / "specs" / "demo").mkdir()
    (project / SPEC).write_text(V1, encoding="utf-8")
    source = export_json(capsysbinary)["source"]
    assert source["commit"] is None and source["path"] == SPEC and source["version"] == "v1"
    assert main(["export", "demo", "--format", "json", "--version", "v1"]) == 2  # needs git


# -- a spec that does not validate -----------------------------------------------------------


def test_an_invalid_working_copy_prints_its_problems_and_exits_1(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    repo.write(SPEC, INVALID)
    assert main(["export", "demo", "--format", "fidelity-csv"]) == 1
    out, err = capsysbinary.readouterr()
    assert out == b""  # nothing half exported
    text = err.decode("utf-8")
    assert f"{SPEC}:18:12: error SP" in text and "Traceback" not in text
    assert "intet eksporteret" in text


def test_an_invalid_revision_prints_its_problems_and_exits_1(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write(SPEC, INVALID)
    bad = repo.commit("broken")
    repo.write(SPEC, V2)
    repo.commit("fixed")
    assert main(["export", "demo", "--format", "json", "--version", bad]) == 1
    out, err = capsys.readouterr()
    assert out == "" and f"{SPEC}:18:12: error SP" in err


def test_a_local_implementation_is_not_exported(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    local = "---\nschema: susi-local/1\nspec: demo\nplace: ballerup\ntitle: Demo i Ballerup\n"
    repo.write("specs/demo/local/ballerup.md", local + "based_on: 1\nstatus: draft\n---\n")
    assert main(["export", "specs/demo/local/ballerup.md", "--format", "json"]) == 2
    assert "er en lokal udmøntning" in capsys.readouterr().err


def test_rule_errors_in_a_valid_model_are_counted_and_the_export_is_made(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    review = DRAFT_V3.replace("status: draft\n", "status: review\n")  # a draft's is a to-do
    repo.write(SPEC, review.replace("    rationale: Én indgang giver overblik og tryghed.\n", ""))
    assert main(["export", "demo", "--format", "tidier-md"]) == 1  # problems found
    out, err = capsysbinary.readouterr()
    assert "begrundelse (`rationale`) for «Koordineret sagsbehandling»" in out.decode("utf-8")
    assert "bemærk: beskrivelsen har 1 fejl" in err.decode("utf-8")


def test_a_real_process_shows_no_traceback(repo: GitRepo) -> None:
    repo.write(SPEC, INVALID)
    done = subprocess.run(
        [sys.executable, "-c", "from susi_spec.cli.main import entry; entry()",
         "export", "demo", "--format", "json"],
        cwd=repo.root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stdout == ""


# -- where it writes ----------------------------------------------------------------------


def test_o_writes_the_file_readable_by_others(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    target = repo.root / "ud" / "tjekliste.xlsx"
    target.parent.mkdir()
    assert main(["export", "demo", "--format", "fidelity-xlsx", "-o", str(target)]) == 0
    assert capsys.readouterr() == ("", "")
    sheet = load_workbook(target).worksheets[0]
    assert sheet["B3"].value == "version 3, udkast (ikke frigivet)"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600
    assert [p.name for p in target.parent.iterdir()] == ["tjekliste.xlsx"]  # no temp file left


def test_dash_and_no_o_print_text_formats(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["export", "demo", "--format", "fidelity-csv", "-o", "-"]) == 0
    dash = capsysbinary.readouterr().out
    assert main(["export", "demo", "--format", "fidelity-csv"]) == 0
    assert capsysbinary.readouterr().out == dash and dash.startswith(b"\xef\xbb\xbf")


def test_xlsx_goes_to_a_pipe_but_not_to_a_terminal(repo: GitRepo) -> None:
    command = [sys.executable, "-c", "from susi_spec.cli.main import entry; entry()",
               "export", "demo", "--format", "practice-profile-xlsx"]  # fmt: skip
    piped = subprocess.run(command, cwd=repo.root, capture_output=True, check=False)
    assert piped.returncode == 0 and piped.stdout.startswith(b"PK")
    assert load_workbook(io.BytesIO(piped.stdout)).worksheets[0].title == "Praksisprofil"
    leader, follower = pty.openpty()  # a real terminal on stdout
    try:
        done = subprocess.run(
            command, cwd=repo.root, stdout=follower, stderr=subprocess.PIPE, check=False
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert "skrives ikke i terminalen" in done.stderr.decode()
    assert "-o praksisprofil.xlsx" in done.stderr.decode()


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("specs", "er en mappe"),
        ("ud/", "er en mappe"),
        ("ny-mappe/", "er en mappe"),  # a folder meant, even one that does not exist yet
        (SPEC, "er en indsatsbeskrivelse"),
        ("specs/demo/local/ballerup.md", "er en indsatsbeskrivelse"),
        ("noter/kopi.md", "er en indsatsbeskrivelse"),  # any file that is a spec
    ],
)
def test_refuses_folders_and_spec_files(
    repo: GitRepo, capsys: pytest.CaptureFixture[str], target: str, says: str
) -> None:
    repo.write("noter/kopi.md", V1)
    (repo.root / "ud").mkdir()
    before = (repo.root / SPEC).read_bytes()
    assert main(["export", "demo", "--format", "tidier-md", "-o", target]) == 2
    err = capsys.readouterr().err
    assert says in err and "fx -o" in err
    assert (repo.root / SPEC).read_bytes() == before
    assert (repo.root / "noter" / "kopi.md").read_text(encoding="utf-8") == V1
    assert not (repo.root / "specs" / "demo" / "local").exists()


def test_a_path_that_cannot_be_written_is_a_usage_error(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("noter.txt", "en fil, ikke en mappe\n")
    assert main(["export", "demo", "--format", "json", "-o", "noter.txt/ud.json"]) == 2
    assert "noter.txt/ud.json kan ikke skrives" in capsys.readouterr().err
    assert (repo.root / "noter.txt").read_text(encoding="utf-8") == "en fil, ikke en mappe\n"


def test_an_ordinary_markdown_file_may_be_replaced(
    repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    repo.write("rapport.md", "# gammel rapport\n")
    assert main(["export", "demo", "--format", "tidier-md", "-o", "rapport.md"]) == 0
    assert (repo.root / "rapport.md").read_text(encoding="utf-8").startswith("# TIDieR: Demo")


# -- language -----------------------------------------------------------------------------


def test_language_follows_the_project_and_lang_overrides(
    repo: GitRepo, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    repo.write("pyproject.toml", '[tool.susi]\nlanguage = "en"\n')
    assert main(["export", "demo", "--format", "readiness-md"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"# Implementation readiness: Demo")
    assert main(["export", "demo", "--format", "readiness-md", "--lang", "da"]) == 0
    assert capsysbinary.readouterr().out.startswith(b"# Implementeringsparathed: Demo")


def test_every_format_is_offered_and_documented(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = capsys.readouterr().out
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for name, fmt in FORMATS.items():
        assert name in text and f"`{name}`" in readme and fmt.filename in readme
    assert "susi export SPEC" in readme
