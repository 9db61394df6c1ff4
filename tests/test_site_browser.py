"""The built site in headless Chromium: filter the catalog, read a spec, follow its changes.

The site is served from 127.0.0.1 by http.server; the test asserts that no request leaves
it, that Mermaid draws the theory of change as SVG, and that the hostile spec's payloads
(`window.__pwned = 1`) never run, also not through search. Screenshots and a printed PDF
go to test-artifacts/ (ignored by git) for a person to look at.

Needs Debian's `chromium` and `chromium-driver` (CI installs them); skipped without them,
except under CI, where their absence fails the run.
"""

from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from test_site_build import ROOT, build_demo_site

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.chrome.webdriver import WebDriver as Chrome  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
    "--lang=da",
]
# Material renders Mermaid into a closed shadow root; opening it lets the test see the SVG.
# The page itself is unchanged: this runs in the test browser only.
OPEN_SHADOWS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attach.call(this, Object.assign({}, init, {mode: "open"}));
};
"""

if not (CHROMIUM and DRIVER):
    if os.environ.get("CI"):
        pytest.fail("CI needs chromium and chromium-driver (.ci/run installs them)")
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = build_demo_site(tmp_path_factory.mktemp("browser"))
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chrome]:
    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and DRIVER is not None
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": OPEN_SHADOWS})
    driver.set_page_load_timeout(60)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def wait_for(driver: WebDriver, condition: Callable[[WebDriver], Any], timeout: float = 20) -> Any:
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def screenshot(driver: WebDriver, name: str) -> Path:
    """The whole page (beyond the window) as test-artifacts/<name>.png."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    clip = {
        "x": 0,
        "y": 0,
        "width": size["width"],
        "height": min(size["height"], 12000),
        "scale": 1,
    }
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}
    )
    path = ARTIFACTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def pwned(driver: WebDriver) -> bool:
    return bool(driver.execute_script("return window.__pwned !== undefined"))


def visible_items(driver: WebDriver) -> list[str]:
    items = driver.find_elements(By.CSS_SELECTOR, "#susi-catalog > li")
    return [i.find_element(By.TAG_NAME, "h2").text for i in items if i.is_displayed()]


def diagram_svg(driver: WebDriver) -> Any:
    """The rendered Mermaid SVG, once Material has replaced the `pre.mermaid`."""
    return driver.execute_script(
        "const host = document.querySelector('div.mermaid');"
        "return host && host.shadowRoot && host.shadowRoot.querySelector('svg');"
    )


def requests_made(driver: Chrome) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):  # type: ignore[no-untyped-call]
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_catalog_filters(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url)
    form = wait_for(browser, lambda d: d.find_element(By.ID, "susi-filters"))
    wait_for(browser, lambda d: form.is_displayed())  # shown by catalog.js
    assert len(visible_items(browser)) == 3
    Select(browser.find_element(By.ID, "susi-filter-type")).select_by_value("organisational")
    wait_for(browser, lambda d: visible_items(d) == ["Anden indsats"])
    assert "type=organisational" in browser.current_url
    assert "Viser 1 af 3" in browser.find_element(By.ID, "susi-catalog-count").text
    screenshot(browser, "catalog-filtered")
    browser.find_element(By.CSS_SELECTOR, ".susi-filter__reset").click()
    wait_for(browser, lambda d: len(visible_items(d)) == 3)
    browser.find_element(By.ID, "susi-filter-target").send_keys("handicap")
    wait_for(browser, lambda d: visible_items(d) == ["Demo-indsats"])
    Select(browser.find_element(By.ID, "susi-filter-place")).select_by_visible_text("Testby")
    wait_for(browser, lambda d: visible_items(d) == [])
    assert browser.find_element(By.ID, "susi-catalog-empty").is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".susi-filter__reset").click()
    wait_for(browser, lambda d: len(visible_items(d)) == 3)
    screenshot(browser, "catalog")


def test_catalog_without_javascript_is_a_plain_list(browser: WebDriver, base_url: str) -> None:
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.get(base_url)
        assert not browser.find_element(By.ID, "susi-filters").is_displayed()
        assert len(visible_items(browser)) == 3
    finally:
        browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_open_spec_diagram_and_changes(browser: WebDriver, base_url: str) -> None:
    browser.get(base_url)
    browser.find_element(By.LINK_TEXT, "Demo-indsats").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/")
    svg = wait_for(browser, diagram_svg)
    assert svg.get_attribute("id").startswith("__mermaid_")
    assert browser.execute_script("return arguments[0].querySelectorAll('g.node').length", svg) == 5
    cards = browser.find_elements(By.CSS_SELECTOR, ".susi-card")
    assert len(cards) == 3 and all(card.is_displayed() for card in cards)
    screenshot(browser, "spec")
    browser.find_element(By.PARTIAL_LINK_TEXT, "Ændringer fra v1").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/changes/v1-v2/")
    assert "ændringer fra v1 til v2" in browser.find_element(By.TAG_NAME, "h1").text
    assert "Helhedssyn" in browser.find_element(By.TAG_NAME, "article").text
    screenshot(browser, "changes")
    browser.find_element(By.LINK_TEXT, "version 1").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/v1/")
    banner = browser.find_element(By.CSS_SELECTOR, ".susi-banner--old")
    screenshot(browser, "archive-v1")
    banner.find_element(By.LINK_TEXT, "Gå til den gældende version").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/")


def test_open_a_place_from_the_spec_page(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}demo/")
    table = wait_for(browser, lambda d: d.find_element(By.CSS_SELECTOR, "table.susi-locals"))
    screenshot(browser, "spec-locals")
    table.find_element(By.LINK_TEXT, "Fredericia").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/lokal/fredericia/")
    banner = browser.find_element(By.CSS_SELECTOR, ".admonition.susi-due")
    assert banner.is_displayed()
    assert "Skal gennemgås" in banner.find_element(By.CLASS_NAME, "admonition-title").text
    assert "«Helhedssyn»: princip → retningslinje" in banner.text
    for element in browser.find_elements(By.CSS_SELECTOR, "article *")[:200]:
        browser.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element
        )
    assert not pwned(browser)  # Fredericia's file carries hostile text
    screenshot(browser, "place-due")
    # The navigation lists the places under their spec; Ballerup follows the latest release.
    nav = browser.find_element(By.CSS_SELECTOR, ".md-sidebar--primary")
    nav.find_element(By.LINK_TEXT, "Ballerup").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/lokal/ballerup/")
    assert not browser.find_elements(By.CSS_SELECTOR, ".admonition.susi-due")
    screenshot(browser, "place-current")
    browser.back()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/lokal/fredericia/")
    browser.find_element(By.LINK_TEXT, "ændringer fra v1 til v2").click()
    wait_for(browser, lambda d: d.current_url == f"{base_url}demo/changes/v1-v2/")


def test_hostile_payloads_do_not_run(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}fjendtlig/")
    svg = wait_for(browser, diagram_svg)
    # Click every node: a Mermaid `click` smuggled into a label would fire now.
    browser.execute_script(
        "arguments[0].querySelectorAll('g.node').forEach(n => n.dispatchEvent("
        "new MouseEvent('click', {bubbles: true})))",
        svg,
    )
    for element in browser.find_elements(By.CSS_SELECTOR, "article *")[:400]:
        browser.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))", element
        )
    time.sleep(0.5)
    assert not pwned(browser)
    title = browser.find_element(By.TAG_NAME, "h1").text
    assert "<script>window.__pwned=1</script>" in title  # shown as text
    screenshot(browser, "hostile")
    # Search renders results from the index: the hostile title must stay text there too.
    field = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    field.click()
    field.send_keys("Fjendtlig")
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".md-search-result__item"))
    time.sleep(0.5)
    assert not pwned(browser)
    screenshot(browser, "hostile-search")


def test_print_hides_navigation_and_keeps_cards_whole(browser: WebDriver, base_url: str) -> None:
    browser.get(f"{base_url}demo/")
    wait_for(browser, diagram_svg)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = browser.execute_script(
            "return ['.md-header', '.md-sidebar--primary', '.md-footer'].map("
            "s => getComputedStyle(document.querySelector(s)).display)"
        )
        assert hidden == ["none", "none", "none"]
        breaks = browser.execute_script(
            "return getComputedStyle(document.querySelector('.susi-card')).breakInside"
        )
        assert breaks == "avoid"
        screenshot(browser, "spec-print")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})
    (ARTIFACTS / "spec.pdf").write_bytes(base64.b64decode(pdf["data"]))


def test_no_request_leaves_localhost(browser: Chrome, base_url: str) -> None:
    """Every request of every test above went to the local server (or was inline)."""
    browser.get(f"{base_url}demo/")
    wait_for(browser, diagram_svg)
    urls = requests_made(browser)
    assert any(url.endswith(".min.js") for url in urls)
    # Only network schemes can leave the machine (chrome://, data: and blob: cannot).
    network = [url for url in urls if url.startswith(("http:", "https:", "ws:", "wss:", "//"))]
    outside = [url for url in network if not url.startswith(base_url)]
    assert not outside, outside
