"""`susi site --offline`: the built site opened from disk (file://) in headless Chromium.

The folder is built by plain MkDocs with Material's `offline` plugin; the test follows the
catalog to a spec, its archived version and its downloads, all without a server, and
searches it in Danish: from disk Material runs the search worker (our stemming wrapper,
site/assets/javascripts/workers/susi-search.js) in an iframe, and inflected forms find the
same pages as online. Skipped, like the other browser tests, without chromium (failed under
CI).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from test_site_browser import (  # noqa: F401 (the browser fixture)
    browser,
    console_errors,
    wait_for,
)
from test_site_build import make_project

from susi_spec.cli.main import main


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("offline")
    make_project(base / "repo")
    here = Path.cwd()
    os.chdir(base / "repo")
    try:
        assert main(["site", "--offline", "-o", str(base / "folder")]) == 0
    finally:
        os.chdir(here)
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml"],
        cwd=base / "folder",
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr
    public = base / "folder" / "public"
    for page in public.rglob("*.html"):  # the site asks nothing of a CDN, offline too
        assert "unpkg.com" not in page.read_text(encoding="utf-8"), page
    return public


def test_the_offline_site_reads_from_disk(browser: WebDriver, offline: Path) -> None:  # noqa: F811
    browser.get((offline / "index.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Demo-indsats").click()
    wait_for(browser, lambda d: d.current_url.endswith("/demo/index.html"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Demo-indsats")
    assert "En ny version er under udarbejdelse." in browser.page_source
    browser.find_element(By.LINK_TEXT, "Version 1").click()
    wait_for(browser, lambda d: d.current_url.endswith("/demo/v1/index.html"))
    hent = browser.find_element(By.CSS_SELECTOR, ".susi-downloads a")
    assert str(hent.get_attribute("href")).endswith("/demo/v1/eksport/troskabstjekliste.xlsx")
    assert (offline / "demo/v1/eksport/troskabstjekliste.xlsx").is_file()


def settled_hits(word: str) -> Callable[[WebDriver], list[str] | None]:
    """A condition: the hits for `word` once the worker has answered it (the same list
    twice in a row, so not an answer to the word half typed)."""
    seen: list[list[str]] = []

    def hits(driver: WebDriver) -> list[str] | None:
        now: list[str] = driver.execute_script(
            "if (document.querySelector('.md-search__input').value !== arguments[0]) return [];"
            "return [...document.querySelectorAll('.md-search-result__item > a')]"
            ".map(a => a.href.split(/[?#]/)[0])",
            word,
        )
        seen.append(now)
        return now if now and seen[-2:] == [now, now] else None

    return hits


def test_the_offline_site_searches_in_danish(browser: Chrome, offline: Path) -> None:  # noqa: F811
    """Typed on the catalog opened from disk, "familien" and "familie" find the same pages
    (the Danish stemmer on what is typed), each hit a file on disk."""
    browser.get((offline / "index.html").as_uri())
    found: dict[str, set[str]] = {}
    for word in ("familien", "familie"):
        field = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
        browser.execute_script("arguments[0].value = ''", field)
        field.click()
        field.send_keys(word)
        found[word] = set(wait_for(browser, settled_hits(word)))
    assert found["familien"] and found["familien"] == found["familie"]
    assert all(hit.startswith("file://") for hit in found["familien"])
    assert console_errors(browser) == []
