"""What the site publishes, and the same site from `susi site` built by MkDocs and Zensical.

The demo repository of test_site_build.py (v1 and v2 of a spec released, a draft of v3 on
top, a hostile spec never released) is built as `mkdocs build --strict` builds it: without
drafts. Then `susi site` writes the folder, and plain MkDocs (no plugin) and Zensical build
it; every page's main content must be the plugin build's.
"""

from __future__ import annotations

import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from test_site_build import article, build_demo_site, make_project, mkdocs_build, read

from susi_spec.cli.main import main
from susi_spec.export import FORMATS
from susi_spec.mkdocs_plugin.plugin import SusiPlugin

ZENSICAL = Path(sys.executable).with_name("zensical")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_site(tmp_path_factory.mktemp("published"), drafts=False)


# -- what is published -----------------------------------------------------------------


def test_spec_page_shows_the_latest_release_and_says_a_new_one_is_coming(
    published: Path,
) -> None:
    page = article(read(published, "demo"))
    assert "En ny version er under udarbejdelse." in page
    assert "Denne side viser den senest frigivne, version 2 fra 1. marts 2021." in page
    assert "Version 3" not in page and "Udkast" not in page  # nothing of the draft
    assert "Frigivet" in page and "Senest ændret" not in page


def test_its_downloads_are_the_release(
    published: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = article(read(published, "demo"))
    assert "Filerne følger den tekst, denne side viser: version 2, frigivet" in page
    monkeypatch.chdir(published.parent / "repo")
    for name, fmt in FORMATS.items():
        assert f'download="demo-v2-{fmt.filename}"' in page
        target = tmp_path / fmt.filename
        assert main(["export", "demo", "--version", "v2", "--format", name, "-o", str(target)]) == 0
        assert target.read_bytes() == (published / "demo/eksport" / fmt.filename).read_bytes()


def test_a_spec_without_a_release_is_only_named(published: Path) -> None:
    assert not (published / "fjendtlig").exists()
    catalog = article(read(published, ""))
    entry = catalog.split("susi-catalog__item--withheld", 1)[1].split("</li>", 1)[0]
    assert "Fjendtlig &lt;script&gt;" in entry and "Under udarbejdelse" in entry
    assert '<a href="fjendtlig/' not in catalog and "Resumé med" not in catalog
    assert "fjendtlig" not in read(published, "om").split('<nav class="md-nav md-nav--primary"')[1]


def test_catalog_links_the_places_and_the_list_of_a_type(published: Path) -> None:
    catalog = article(read(published, ""))
    assert (
        '2 kommuner: <a href="demo/lokal/ballerup/">Ballerup</a>, '
        '<a href="demo/lokal/fredericia/">Fredericia</a>'
    ) in catalog
    assert '<a href="indsatstype/borgerrettet/">Borgerrettet</a>' in catalog
    listing = article(read(published, "indsatstype/borgerrettet"))
    assert '<a href="../../demo/">Demo-indsats</a>' in listing
    assert "Anden indsats" not in listing  # organisational: its own list
    assert "Anden indsats" in article(read(published, "indsatstype/organisatorisk"))


def broken_working_copy(root: Path, *, drafts: bool) -> Path:
    """The demo project with its v3 draft not validating: an intervention type that is not
    one (a shape error, so no model of it)."""
    repo = make_project(root, drafts=drafts)
    draft = repo.root / "specs/demo/index.md"
    text = draft.read_text(encoding="utf-8")
    assert text.count("intervention_type: citizen\n") == 1
    draft.write_text(text.replace("intervention_type: citizen\n", "intervention_type: borger\n"))
    return repo.root


def test_a_working_copy_that_does_not_validate_hides_no_release(tmp_path: Path) -> None:
    """Built without --strict the releases stay published (the draft is not); the build
    warns with file:line:col, so --strict fails."""
    project = broken_working_copy(tmp_path / "repo", drafts=False)
    done = mkdocs_build(project, tmp_path / "out", strict=False)
    assert done.returncode == 0, done.stderr
    assert re.search(r"WARNING\s+-\s+.*specs/demo/index\.md:\d+:\d+: error SP0", done.stderr)
    site = tmp_path / "out"
    page = html.unescape(article(read(site, "demo")))
    assert "Demo-indsats" in page and "Version 2" in page and "Frigivet" in page
    assert "Arbejdskopien" not in page  # the reader is not told of a draft's errors
    for address in ("demo/v1", "demo/v2", "demo/changes/v1-v2", "demo/lokal/ballerup"):
        assert (site / address / "index.html").is_file(), address
    assert '<a href="demo/">Demo-indsats</a>' in article(read(site, ""))
    assert (site / "demo/eksport/troskabstjekliste.xlsx").is_file()
    assert mkdocs_build(project, tmp_path / "strict").returncode != 0


def test_with_drafts_the_page_says_the_working_copy_has_errors(tmp_path: Path) -> None:
    """`mkdocs serve` (drafts on, a real server) shows the latest release and says plainly
    why the working copy is not shown."""
    project = broken_working_copy(tmp_path / "repo", drafts=False)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        page = article(_served(f"http://127.0.0.1:{port}/demo/", server))
    finally:
        server.terminate()
        log = server.communicate(timeout=60)[1]
    assert "specs/demo/index.md:" in log and "error SP0" in log
    assert (
        "Arbejdskopien har 1 fejl og kan ikke vises; byggeloggen viser, hvor de er. "
        "Denne side viser den senest frigivne udgave, version 2 fra 1. marts 2021."
    ) in page
    assert "susi-banner--errors" in page and "Frigivet" in page


def _served(url: str, server: subprocess.Popen[str]) -> str:
    """The page at `url` once the server answers (it builds first)."""
    for _ in range(600):
        if server.poll() is not None:
            raise AssertionError(f"mkdocs serve stopped: {server.communicate()[1]}")
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                return str(answer.read().decode("utf-8"))
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url}: no answer")


def test_drafts_are_on_under_serve_unless_the_option_says(tmp_path: Path) -> None:
    plugin = SusiPlugin()
    plugin.load_config({})
    plugin.on_startup(command="serve", dirty=False)
    assert plugin.drafts()
    plugin.on_startup(command="build", dirty=False)
    assert not plugin.drafts()
    plugin.load_config({"drafts": True})
    assert plugin.drafts()


# -- susi site, MkDocs and Zensical -----------------------------------------------------


def _text(page: str) -> str:
    """An article's words, as a reader sees them (tags, scripts and spacing aside)."""
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.S)
    # Code is highlighted by each builder in its own spans: only its characters count.
    page = re.sub(r"<pre.*?</pre>", lambda m: re.sub(r"<[^>]+>", "", m[0]), page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _pages(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): _text(article(path.read_text(encoding="utf-8")))
        for path in site.rglob("index.html")
    }


@pytest.fixture(scope="module")
def folder(published: Path) -> Path:
    """`susi site` in the demo repository, written beside it."""
    repo = published.parent / "repo"
    out = published.parent / "folder"
    done = subprocess.run(
        [str(Path(sys.executable).with_name("susi")), "site", "-o", str(out)],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert f"i {out}." in done.stdout
    return out


def test_the_folder_built_by_plain_mkdocs_is_the_plugins_site(
    published: Path, folder: Path
) -> None:
    config = yaml.safe_load((folder / "mkdocs.yml").read_text(encoding="utf-8"))
    project = yaml.safe_load((published.parent / "repo/mkdocs.yml").read_text(encoding="utf-8"))
    others = [p for p in project["plugins"] if "susi" not in p]
    assert config["plugins"] == others  # the project's, without susi: the pages are there
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(folder / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert _pages(folder / "public") == _pages(published)


def test_zensical_builds_the_same_site_from_the_folder(published: Path, folder: Path) -> None:
    assert ZENSICAL.exists(), "zensical is in the dev extras: pip install -e '.[dev]'"
    done = subprocess.run(
        [str(ZENSICAL), "build", "-f", str(folder / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    built, ours = _pages(folder / "public"), _pages(published)
    assert set(built) == set(ours)
    assert {page for page in ours if built[page] != ours[page]} == set()


def test_the_files_a_builder_would_make_pages_of_wait_beside(folder: Path) -> None:
    for label in ("", "v1/", "v2/"):
        tidier = folder / "files" / f"demo/{label}eksport/tidier.md"
        assert tidier.read_text(encoding="utf-8").startswith("# TIDieR: Demo-indsats")
        assert not (folder / "docs" / f"demo/{label}eksport/tidier.md").exists()
        assert (folder / "docs" / f"demo/{label}eksport/troskabstjekliste.xlsx").is_file()


def test_susi_site_replaces_only_its_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_project(tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["site", "-o", str(mine)]) == 2
    assert "er ikke en mappe, susi site har skrevet" in capsys.readouterr().err
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    out = tmp_path / "out"
    assert main(["site", "-o", str(out)]) == 0
    (out / "docs" / "stale.md").write_text("gammel", encoding="utf-8")
    assert main(["site", "-o", str(out)]) == 0
    assert not (out / "docs" / "stale.md").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".susi-new-")]
    assert main(["site", "-f", "findes-ikke.yml"]) == 2


def test_a_draft_build_of_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path / "repo")
    monkeypatch.chdir(tmp_path / "repo")
    assert main(["site", "--drafts", "-o", str(tmp_path / "out")]) == 0
    page = (tmp_path / "out" / "docs" / "demo" / "index.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: Demo-indsats (version 3, udkast)\nsusi_kind: spec\n")
    assert "Version 3" in page and (tmp_path / "out/docs/fjendtlig/index.md").is_file()
    done = mkdocs_build(tmp_path / "repo", tmp_path / "plain")  # the README's build: no drafts
    assert done.returncode == 0 and not (tmp_path / "plain" / "fjendtlig").exists()
