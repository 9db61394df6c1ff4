"""The studio's start page comes at once and fills in what each file still needs.

The first answer names every file (title, version, status, last commit) from its front
matter and the git log, and says "Tjekker …" where the check's count goes; the check runs
after the answer, and `/api/start` (the page's script) or `/?checked=1` (the link for a
browser without scripts) answers with its rows. Here: a real server on a real repository,
and Chromium with and without scripts; the counts are compared with what `susi check` and
`susi check --release` say of the same files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from studio_harness import Running, running_studio
from test_site_browser import CHROMIUM, DRIVER, FLAGS, wait_for
from test_studio_browser import violations

from gitrepo import DRAFT, SPEC, GitRepo
from susi_spec.studio.start import glance

BUNDLED = Path(__file__).resolve().parent.parent / "specs" / "en-familie-en-indgang"


@pytest.fixture()
def repo(tmp_path: Path) -> GitRepo:
    """A draft missing one section (one thing to do), and the bundled example without its
    history (its records then have errors): counts of every kind."""
    git = GitRepo(tmp_path / "repo")
    git.write("pyproject.toml", "[tool.susi]\n")
    text = re.sub(
        r"\n## Implementeringsvejledning \{#implementation\}.*?(?=\n## )", "\n", DRAFT, flags=re.S
    )
    git.write(SPEC, text)
    for path in sorted(BUNDLED.rglob("*.md")):
        relative = path.relative_to(BUNDLED).as_posix()
        git.write(f"specs/{BUNDLED.name}/{relative}", path.read_text("utf-8"))
    git.commit("Demo og eksemplet")
    return git


def susi_json(root: Path, *args: str) -> list[dict[str, str]]:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "susi"), "check", "--format", "json", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    problems: list[dict[str, str]] = json.loads(done.stdout)["problems"]
    return problems


def expected(root: Path) -> dict[str, str]:
    """Each file's cell as the CLI has it: what `susi check --release` demands of a spec
    (or, when more, its to-dos from `susi check`), and its errors."""
    checked = susi_json(root)
    demands = Counter(p["path"] for p in susi_json(root, "--release"))
    todos = Counter(p["path"] for p in checked if p["severity"] == "todo")
    errors = Counter(p["path"] for p in checked if p["severity"] == "error")
    cells = {}
    for path in {p["path"] for p in checked} | set(demands) | {SPEC}:
        needs = max(demands[path], todos[path])
        cell = f"{needs} ting" if needs else "intet"
        cells[path] = cell + (f" {errors[path]} fejl" if errors[path] else "")
    return cells


def needs_cells(html: str) -> dict[str, str]:
    """Each row's file and the text of its "needs" cell."""
    rows = re.findall(r'<tr data-file="([^"]+)">(.*?)</tr>', html, re.S)
    cells = {}
    for file, row in rows:
        cell = re.search(r'<td class="needs"[^>]*>(.*?)</td>', row, re.S)
        assert cell, row
        cells[unescape(file)] = " ".join(unescape(re.sub(r"<[^>]+>", " ", cell[1])).split())
    return cells


def test_the_first_answer_names_every_file_and_waits_for_no_check(repo: GitRepo) -> None:
    with running_studio(repo.root) as studio:
        studio.open()
        first = studio.get("/").text
        assert "data-pending" in first
        pending = needs_cells(first)
        assert set(pending.values()) == {"Tjekker …"}
        assert 'aria-live="polite" aria-busy="true"' in first
        assert '<noscript><p><a href="/?checked=1">' in first
        # The same files, in the same order, with the same names as once checked.
        checked = studio.get("/", checked="1").text
        assert "data-pending" not in checked and "Tjekker" not in checked
        assert list(needs_cells(checked)) == list(pending)
        quick = re.findall(r"<tr data-file.*?</tr>", first, re.S)
        full = re.findall(r"<tr data-file.*?</tr>", checked, re.S)
        strip = re.compile(r'<td class="needs".*?</td>', re.S)
        assert [strip.sub("", row) for row in quick] == [strip.sub("", row) for row in full]


def test_the_filled_in_counts_are_what_susi_check_says(repo: GitRepo) -> None:
    want = expected(repo.root)
    with running_studio(repo.root) as studio:
        studio.open()
        studio.get("/")
        answer = studio.get("/api/start")
        assert answer.status == 200
        rows = json.loads(answer.text)["rows"]
        from_api = needs_cells(
            "".join(f'<tr data-file="{r["file"]}">{"".join(r["cells"])}</tr>' for r in rows)
        )
        assert from_api == {file: want.get(file, "intet") for file in from_api}
        assert from_api[SPEC] == "1 ting"  # the missing section, once
        assert needs_cells(studio.get("/", checked="1").text) == from_api
        # Checked once: the next visit has the counts at once, until something changes.
        again = studio.get("/").text
        assert "data-pending" not in again and needs_cells(again) == from_api
        (repo.root / SPEC).write_text(DRAFT, encoding="utf-8")  # the section back
        changed = studio.get("/").text
        assert "data-pending" in changed  # never the count of the text before
        assert needs_cells(studio.get("/", checked="1").text)[SPEC] == "intet"


def test_a_file_the_glance_cannot_name_is_named_by_its_path(repo: GitRepo) -> None:
    broken = "specs/brudt/index.md"
    repo.write(broken, "---\ntitle: [ikke afsluttet\n---\n")
    with running_studio(repo.root) as studio:
        studio.open()
        first = studio.get("/").text
        row = re.search(rf'<tr data-file="{broken}">(.*?)</tr>', first, re.S)
        assert row and f">{broken}</a>" in row[1] and "<td>?</td>" in row[1]
        assert needs_cells(studio.get("/", checked="1").text)[broken].endswith("fejl")


def test_a_hostile_title_is_inert_before_and_after_the_check(repo: GitRepo) -> None:
    hostile = '<img src=x onerror="alert(1)">'
    repo.write(SPEC, DRAFT.replace("title: Demo-indsats", f"title: '{hostile}'"))
    with running_studio(repo.root) as studio:
        studio.open()
        for answer in (studio.get("/").text, studio.get("/api/start").text):
            assert "<img" not in answer and "&lt;img" in answer


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.dates(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
KEYS = st.sampled_from(
    ["schema", "title", "version", "status", "spec", "place", "based_on", "cycles", "date"]
)
SCHEMAS = st.sampled_from(["susi-local/1", "susi-cycles/1", "susi-results/1", "x"])
NAMES = st.sampled_from(
    [
        "specs/a/index.md",
        "specs/a/cycles.md",
        "specs/a/local/b.md",
        "specs/a/local/b/opfoelgning/c.md",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(KEYS, VALUES | SCHEMAS), NAMES)
def test_the_glance_names_any_front_matter_in_words(front: dict[str, object], name: str) -> None:
    """Whatever the top keys hold, the glance gives a kind, a text title and a version label
    or nothing, and never raises: a value it cannot read names the file by its path."""
    kind, title, version, status, parent, place = glance(front, name, Path(name), "da")
    assert kind in ("spec", "local", "cycles", "results")
    for value in (title, version, status, parent, place):
        assert isinstance(value, str)
    assert title.strip()
    assert version in ("", "?", "final") or re.fullmatch(r"v-?\d+", version)


# -- in Chromium ---------------------------------------------------------------------------

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.chrome.webdriver import WebDriver as Chrome  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


def chromium(profile: Path, scripts: bool) -> Chrome:
    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and DRIVER is not None
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    if not scripts:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    driver: Chrome = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture()
def studio(repo: GitRepo) -> Iterator[Running]:
    with running_studio(repo.root) as running:
        yield running


def shown(driver: Chrome) -> dict[str, str]:
    return {
        str(row.get_attribute("data-file")): " ".join(
            row.find_element(By.CSS_SELECTOR, "td.needs").text.split()
        )
        for row in driver.find_elements(By.CSS_SELECTOR, "tr[data-file]")
    }


def test_the_page_fills_in_what_susi_check_says(
    studio: Running, repo: GitRepo, tmp_path: Path
) -> None:
    want = expected(repo.root)
    browser = chromium(tmp_path / "profile", scripts=True)
    try:
        browser.get(studio.keys.opening_url)
        wait_for(browser, lambda d: not d.find_elements(By.CSS_SELECTOR, "[data-pending]"))
        cells = shown(browser)
        assert cells == {file: want.get(file, "intet") for file in cells}
        assert len(cells) == 9 and cells[SPEC] == "1 ting"
        assert not browser.find_elements(By.CSS_SELECTOR, "[aria-busy]")
        assert violations(browser) == []
    finally:
        browser.quit()


def test_without_scripts_a_link_shows_the_counts(
    studio: Running, repo: GitRepo, tmp_path: Path
) -> None:
    want = expected(repo.root)
    browser = chromium(tmp_path / "profile", scripts=False)
    try:
        browser.get(studio.keys.opening_url)
        assert set(shown(browser).values()) == {"Tjekker …"}
        link = browser.find_element(By.LINK_TEXT, "Vis, hvad hver fil mangler")
        link.click()
        wait_for(browser, lambda d: "checked=1" in d.current_url)
        cells = shown(browser)
        assert cells == {file: want.get(file, "intet") for file in cells} and len(cells) == 9
    finally:
        browser.quit()


def test_axe_finds_nothing_on_the_page_while_it_is_checked(studio: Running, tmp_path: Path) -> None:
    """The waiting state, held: the browser holds back the page's request for the counts
    (DevTools' Fetch domain pauses it), so "Tjekker …" stays while axe looks."""
    browser = chromium(tmp_path / "profile", scripts=True)
    try:
        browser.execute_cdp_cmd("Fetch.enable", {"patterns": [{"urlPattern": "*/api/start*"}]})
        browser.get(studio.keys.opening_url)
        assert set(shown(browser).values()) == {"Tjekker …"}
        assert violations(browser) == []
        assert set(shown(browser).values()) == {"Tjekker …"}  # still waiting: axe saw it
    finally:
        browser.quit()
