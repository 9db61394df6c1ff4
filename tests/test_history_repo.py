"""`Repository`: reading a real repository with plain git (log, blobs, revisions, tags)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from test_local import V2

from gitrepo import GitRepo
from susi_spec.errors import SusiError
from susi_spec.history import histories
from susi_spec.history.git import Repository, blob_id
from test_rules import VALID


def test_blobs_are_read_in_batches_and_a_wrong_id_leaves_the_reader_in_step(
    tmp_path: Path,
) -> None:
    git = GitRepo(tmp_path / "repo")
    texts = {f"specs/s{n}/index.md": f"fil nummer {n}\n" * (n + 1) for n in range(150)}
    for path, text in texts.items():
        git.write(path, text)
    git.commit("150 filer")
    repo = Repository(git.root)
    ids = [blob_id(text.encode()) for text in texts.values()]
    assert repo.read_blobs(ids) == {i: t.encode() for i, t in zip(ids, texts.values(), strict=True)}
    tree = git.git("rev-parse", "HEAD:specs").strip()
    with pytest.raises(SusiError, match="kan ikke læses som en fil \\(tree\\)"):
        repo.read_blobs([ids[0], tree, ids[1]])
    assert repo.read_blob(ids[2]) == texts["specs/s2/index.md"].encode()
    repo.close()


def test_revisions_resolve_and_options_are_not_revisions(tmp_path: Path) -> None:
    git = GitRepo(tmp_path / "repo")
    git.write("specs/demo/index.md", "a\n")
    first = git.commit("første")
    git.write("specs/demo/index.md", "b\n")
    second = git.commit("anden")
    git.git("tag", "-a", "demo/v1", "-m", "v1", first)
    repo = Repository(git.root)
    assert (repo.resolve("HEAD"), repo.resolve("HEAD~1"), repo.resolve("demo/v1")) == (
        second,
        first,
        first,
    )
    assert repo.resolve("--output=x") is None and repo.resolve("findes-ikke") is None
    assert repo.blob_at(first, "specs/demo/index.md") == blob_id(b"a\n")
    assert repo.blob_at(first, "specs/andet/index.md") is None
    info = repo.commit_info(first)
    assert (info.sha, info.subject, info.author, info.date.isoformat()) == (
        first,
        "første",
        "Test Testesen",
        "2020-01-02T10:00:00+01:00",
    )
    assert repo.tags("demo/") == {"demo/v1": first}


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        pytest.param(lambda path: None, "er ikke i et git-repository", id="no-repository"),
        pytest.param(
            lambda path: subprocess.run(["git", "init", "-q", "--bare", str(path)], check=True),
            "bare repository",
            id="bare",
        ),
    ],
)
def test_no_work_tree_is_refused_with_advice(tmp_path: Path, setup: object, message: str) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert callable(setup)
    setup(folder)
    with pytest.raises(SusiError, match=message):
        Repository(folder)


def test_an_empty_repository_has_no_history(tmp_path: Path) -> None:
    git = GitRepo(tmp_path / "repo")
    repo = Repository(git.root)
    assert not repo.has_commits()
    assert repo.file_log("").chains == {} and repo.tags("") == {}


def test_specs_log_follows_renamed_spec_folders_and_skips_other_commits(tmp_path: Path) -> None:
    git = GitRepo(tmp_path / "repo")
    git.write("specs/gammel/index.md", "første\n")
    git.write("specs/gammel/local/ballerup.md", "lokal\n")
    first = git.commit("første")
    git.write("kode/modul.py", "x = 1\n")
    git.commit("kode, ingen spec")
    git.git("mv", "specs/gammel", "specs/ny")
    renamed = git.commit("nyt id")
    repo = Repository(git.root)
    spec, local = git.root / "specs/ny/index.md", git.root / "specs/ny/local/ballerup.md"
    log = repo.specs_log([local, spec])
    revisions = log.revisions("specs/ny/index.md")
    assert [(r.path, r.commit.sha if r.commit else None) for r in revisions] == [
        ("specs/gammel/index.md", first),
        ("specs/ny/index.md", renamed),
    ]
    assert set(log.chains) == {"specs/ny/index.md", "specs/ny/local/ballerup.md"}


def test_histories_read_on_every_core_equal_those_read_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = GitRepo(tmp_path)
    names = ("a", "b", "c")
    for name in names:
        repo.write(f"specs/{name}/index.md", VALID)
    repo.commit("v1")
    repo.write("specs/b/index.md", V2)
    repo.commit("b v2")
    files = [tmp_path / "specs" / name / "index.md" for name in names]
    git = Repository(tmp_path)
    log = git.file_log("specs")
    alone = histories.load_histories(git, files, log, workers=1)
    monkeypatch.setattr(histories, "PARALLEL_THRESHOLD", 1)
    assert histories.load_histories(git, files, log, workers=2) == alone
    assert [len(alone[file].releases) for file in files] == [1, 2, 1]
    timelines = histories.load_timelines(git, files, log, workers=2)
    assert {file: pair[0] for file, pair in timelines.items()} == alone
    from susi_spec.history.timeline import build_timeline

    assert [pair[1] for pair in timelines.values()] == [build_timeline(alone[f]) for f in files]
    assert [len(pair[1].entries) for pair in timelines.values()] == [1, 2, 1]
