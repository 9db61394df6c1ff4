"""The editor forms in headless Chromium, with editor.js talking to a real local server.

The server here is the smallest one that speaks the studio's protocol (static/editor.js):
POST /api/edit with ops, applied by `ops_to_edits` and `apply_edits` to a real file, the
answer with each field's problems (`problem_slots`) and the parts to redraw. It sends the
strict Content-Security-Policy the studio means to send, and the test fails on any
violation in the console. The studio's own server and its tests are studio-server's.

Needs Debian's `chromium` and `chromium-driver` (CI installs them); skipped without them,
except under CI, where their absence fails the run.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from susi_spec.checks.checker import check_document
from susi_spec.editing import apply_edits
from susi_spec.loading.document import parse_document
from susi_spec.studio.forms import (
    ops_to_edits,
    problem_slots,
    render_diagram,
    render_spec_editor,
)

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.chrome.webdriver import WebDriver as Chrome  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "susi_spec" / "studio" / "static"
SPEC = ROOT / "specs" / "en-familie-en-indgang" / "index.md"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
STRUCTURAL = {"insert", "remove", "move", "rename"}

if not (CHROMIUM and DRIVER):
    if os.environ.get("CI"):
        pytest.fail("CI needs chromium and chromium-driver (.ci/run installs them)")
    pytest.skip("chromium and chromedriver are not installed", allow_module_level=True)


def page(text: str) -> str:
    return (
        '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Studio</title>'
        '<meta name="csrf-token" content="token-1">'
        '<link rel="stylesheet" href="/static/vendor/easymde/easymde.min.css">'
        '<link rel="stylesheet" href="/static/editor.css">'
        '<script src="/static/vendor/easymde/easymde.min.js" defer></script>'
        '<script src="/static/editor.js" defer></script></head><body>'
        f'<main data-file="index.md" data-base="0">{render_spec_editor(text, [], "da")}</main>'
        "</body></html>"
    )


class Studio(http.server.BaseHTTPRequestHandler):
    """GET / (the editor), GET /static/..., POST /api/edit."""

    file: Path
    seen: list[dict[str, Any]]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/":
            text = self.file.read_text(encoding="utf-8")
            self._send(200, page(text).encode(), "text/html; charset=utf-8")
            return
        target = (STATIC / self.path.removeprefix("/static/")).resolve()
        if not self.path.startswith("/static/") or STATIC not in target.parents:
            self._send(404, b"", "text/plain")
            return
        kind = "text/css" if target.suffix == ".css" else "text/javascript"
        self._send(200, target.read_bytes(), kind)

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append({"csrf": self.headers.get("X-CSRF-Token"), **request})
        text = self.file.read_text(encoding="utf-8")
        new = apply_edits(text, ops_to_edits(text, request["ops"]))
        self.file.write_text(new, encoding="utf-8")
        findings = check_document(parse_document(new.encode(), "index.md")).findings
        replace = {"theory-diagram": render_diagram(new, "da")}
        if any(op["op"] in STRUCTURAL for op in request["ops"]):
            replace = {"susi-editor": render_spec_editor(new, findings, "da")}
        answer = {
            "base": str(int(request["base"]) + 1),
            "slots": problem_slots(new, findings, "da"),
            "replace": replace,
        }
        self._send(200, json.dumps(answer).encode(), "application/json")


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[tuple[str, Path, list[dict[str, Any]]]]:
    file = tmp_path / "index.md"
    file.write_bytes(SPEC.read_bytes())
    seen: list[dict[str, Any]] = []
    handler = type("Handler", (Studio,), {"file": file, "seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", file, seen
    server.shutdown()
    server.server_close()


@pytest.fixture
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chrome]:
    options = webdriver.ChromeOptions()
    assert CHROMIUM is not None and DRIVER is not None
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--disable-background-networking",
        "--no-first-run",
    ):
        options.add_argument(flag)  # fmt: skip
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    yield driver
    driver.quit()


def front(file: Path) -> dict[str, Any]:
    data = parse_document(file.read_bytes(), "index.md").front
    assert isinstance(data, dict)
    return data


def wait_for(driver: Chrome, condition: Callable[[Chrome], Any], timeout: float = 20) -> Any:
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def focused(driver: Chrome) -> str:
    """The id of the element with the focus (read in the page: the element may be replaced)."""
    return str(driver.execute_script("return document.activeElement.id"))


def settled(driver: Chrome, seen: list[dict[str, Any]]) -> None:
    """Wait until the page has applied the answer to every op sent (each answer counts up)."""
    wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "[data-file]").get_attribute(
        "data-base") == str(len(seen)))  # fmt: skip


def test_the_editor_sends_each_change_as_an_op_and_shows_the_answer(
    browser: Chrome, studio: tuple[str, Path, list[dict[str, Any]]]
) -> None:
    url, file, seen = studio
    browser.get(url)
    wait_for(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".EasyMDEContainer")) == 9)

    # typing in a field saves it, and only it
    title = browser.find_element(By.ID, "field-core_elements-0-title")
    title.send_keys(Keys.CONTROL, "a")
    title.send_keys("Familien er med")
    wait_for(browser, lambda d: "    title: Familien er med\n" in file.read_text(encoding="utf-8"))
    assert seen[-1]["csrf"] == "token-1" and seen[-1]["file"] == "index.md"

    # emptying `what` removes it, and the check's problem appears next to the element
    what = browser.find_element(By.ID, "field-core_elements-0-what")
    what.send_keys(Keys.CONTROL, "a")
    what.send_keys(Keys.DELETE)
    slot = "problems-core_elements-0"
    wait_for(browser, lambda d: "SP104" in d.find_element(By.ID, slot).text)
    assert browser.find_element(By.ID, slot).text.startswith("Fejl SP104")

    # a rule made a guideline shows the guideline's fields, and the level's meaning
    level = browser.find_element(By.ID, "field-core_elements-1-level")
    options = browser.find_element(By.ID, "field-core_elements-1-options")
    assert not options.is_displayed()
    Select(level).select_by_value("guideline")
    wait_for(browser, lambda d: options.is_displayed())
    current = browser.find_element(
        By.CSS_SELECTOR, "#help-core_elements-1-level [aria-current=true]"
    )
    assert current.get_attribute("data-level") == "guideline"

    # keyboard only: the add button of the risks, pressed with Enter, adds an item to fill in
    add = browser.find_element(By.CSS_SELECTOR, '#field-risks > button[data-op="insert"]')
    browser.execute_script("arguments[0].focus()", add)
    add.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: focused(d) == "field-risks-3")
    browser.switch_to.active_element.send_keys("En ny risiko")
    browser.switch_to.active_element.send_keys(Keys.TAB)
    wait_for(browser, lambda d: front(file)["risks"][3:] == ["En ny risiko"])
    settled(browser, seen)
    remove = browser.find_element(By.CSS_SELECTOR, '[data-op="remove"][data-path=\'["risks", 3]\']')
    browser.execute_script("arguments[0].focus()", remove)
    remove.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: focused(d) == "add-risks")
    assert len(front(file)["risks"]) == 3
    settled(browser, seen)

    # a card moved down by keyboard keeps the focus on it, at its new place
    down = browser.find_element(
        By.CSS_SELECTOR, '[data-op="move"][data-path=\'["core_elements"]\'][data-src="0"]'
    )
    assert down.get_attribute("aria-label") == "Flyt ned: Kerneelementer 1: Familien er med"
    browser.execute_script("arguments[0].focus()", down)
    down.send_keys(Keys.ENTER)
    wait_for(browser, lambda d: focused(d)
             == "field-core_elements-1")  # fmt: skip
    assert front(file)["core_elements"][1]["title"] == "Familien er med"
    settled(browser, seen)

    # ticking a box adds the value at the end and leaves the others where they stand
    browser.find_element(By.ID, "field-knowledge_basis--research").click()
    wait_for(browser, lambda d: "knowledge_basis: [promising_practice, experts, research]"
             in file.read_text(encoding="utf-8"))  # fmt: skip
    settled(browser, seen)

    # rename keeps the old id
    rename = browser.find_element(By.ID, "rename-core_elements-3")
    rename.send_keys(Keys.CONTROL, "a")
    rename.send_keys("faelles-oekonomi")
    browser.find_element(
        By.CSS_SELECTOR, '[data-op="rename"][data-source="rename-core_elements-3"]'
    ).click()
    wait_for(browser, lambda d: "previous_ids: [faelles-finansiering]" in file.read_text("utf-8"))
    assert "  - id: faelles-oekonomi\n" in file.read_text(encoding="utf-8")
    settled(browser, seen)

    # a plain activity given a level of its own becomes {text, level}, its text kept
    activity = front(file)["core_elements"][0]["activities"][0]
    Select(browser.find_element(By.ID, "field-core_elements-0-activities-0-level")).select_by_value(
        "rule"
    )
    wait_for(browser, lambda d: front(file)["core_elements"][0]["activities"][0]
             == {"text": activity, "level": "rule"})  # fmt: skip
    settled(browser, seen)

    # a Markdown section in the vendored editor, saved as its section
    wait_for(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".EasyMDEContainer")) == 9)
    box = browser.find_elements(By.CSS_SELECTOR, "#part-costs .CodeMirror")[0]
    box.click()
    browser.switch_to.active_element.send_keys(Keys.CONTROL, Keys.END)
    browser.switch_to.active_element.send_keys(" Og mere.")
    wait_for(browser, lambda d: "endnu ikke dokumenteret. Og mere." in file.read_text("utf-8"))

    # nothing the strict CSP refused, no script error
    logs = [entry["message"] for entry in browser.get_log("browser")]  # type: ignore[no-untyped-call]
    assert not [m for m in logs if "Content Security Policy" in m or "Uncaught" in m], logs
