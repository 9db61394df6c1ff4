"""The site's pages for local implementations, rendered without MkDocs.

A real git repository holds the common model released as v1 and v2 (`inddragelse`
tightened from guideline to rule, a new principle `netvaerk`), Ballerup on v2 and
Fredericia on v1 (due for review), and a broken local file. `load_sources` reads them as
the plugin does; the tests read the Markdown/HTML the renderers make of them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from test_local import V2

from conftest import local_text
from gitrepo import GitRepo
from susi_spec.checks.checker import FileResult, check_document
from susi_spec.diff import Change, ElementRef, SpecDiff
from susi_spec.diff.records import Significance
from susi_spec.history.versions import HistoryLoader
from susi_spec.loading.document import Document
from susi_spec.local import review
from susi_spec.render import Page, SiteOptions, SpecRecord, render_catalog, render_pages
from susi_spec.render.local_due import change_summary
from susi_spec.render.local_marks import shorten
from susi_spec.render.site_terms import LOCAL_FIXES
from susi_spec.render.sources import load_sources
from test_rules import VALID

BALLERUP = local_text(
    "ballerup",
    2,
    """\
  - core_element: koordinering
    how: Et koordinatorteam i Borgerservice. Teamet mødes hver uge.
  - core_element: inddragelse
    how: Familien vælger mødeform ved første samtale.
  - core_element: helhedssyn
    how: Fælles plan i fagsystemet.
    deviation: Planen laves kun for barnet.
""",
    """\
# Demo i Ballerup

Ballerups organisering <script>window.__pwned=1</script> og [link](javascript:alert(1)).

## Kontakt

Teamlederen.
""",
)
FREDERICIA = local_text(
    "fredericia",
    1,
    """\
  - core_element: koordinering
    how: Koordinatoren skiftes efter familiens behov.
    deviation: Ingen fast koordinator.
  - core_element: inddragelse
    how: Familien vælger mødeform.
    choice: [Familierådslagning, Åben dialog]
    deviation: Vi bruger også åben dialog.
  - core_element: helhedssyn
    how: Fælles plan.
  - core_element: netvaerk
    how: Netværket inviteres.
""",
    status="draft",
)
BROKEN = "---\nschema: susi-local/1\nspec: [\n---\n"


def place_repo(root: Path) -> GitRepo:
    repo = GitRepo(root)
    repo.write("specs/demo/index.md", VALID)
    repo.write("specs/demo/local/fredericia.md", FREDERICIA)
    repo.commit("demo v1 og Fredericia")
    repo.write("specs/demo/index.md", V2)
    repo.write("specs/demo/local/ballerup.md", BALLERUP)
    repo.write("specs/demo/local/odense.md", BROKEN)
    repo.commit("demo v2, Ballerup, Odense")
    return repo


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> SpecRecord:
    repo = place_repo(tmp_path_factory.mktemp("places"))
    [record] = load_sources(repo.root / "specs").records
    return record


@pytest.fixture(scope="module")
def pages(record: SpecRecord) -> dict[str, Page]:
    return {page.src_uri: page for page in render_pages([record], SiteOptions())}


def page_of(pages: dict[str, Page], place: str) -> str:
    return pages[f"demo/lokal/{place}/index.md"].markdown


def card(markdown: str, element: str) -> str:
    """The card under a core element's heading on a place page."""
    return markdown.split(f"{{#{element}}}", 1)[1].split("\n\n", 2)[1]


def table_cells(markdown: str) -> dict[tuple[str, str], str]:
    """The table of places: (core element, place) → the cell's HTML."""
    table = markdown.split('class="susi-table susi-locals susi-reflow"', 1)[1].split("</table>", 1)[
        0
    ]
    head, body = table.split("</thead>", 1)
    places = re.findall(r'<th scope="col"><a href="lokal/([a-z-]+)/">', head)
    cells = {}
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        element = re.search(r'<th scope="row"><a href="#([a-z-]+)">', row).group(1)  # type: ignore[union-attr]
        for place, cell in zip(places, re.findall(r"<td[^>]*>(.*?)</td>", row, re.S), strict=True):
            cells[(element, place)] = cell
    return cells


# -- which pages ---------------------------------------------------------------------------


def test_a_page_per_valid_place_at_its_address(pages: dict[str, Page]) -> None:
    local = {uri for uri in pages if "/lokal/" in uri}
    assert local == {"demo/lokal/ballerup/index.md", "demo/lokal/fredericia/index.md"}
    assert all(pages[uri].in_nav and pages[uri].kind == "local" for uri in local)
    assert pages["demo/lokal/ballerup/index.md"].title == "Demo i Ballerup"


def test_an_invalid_local_file_gets_no_page_and_is_reported(tmp_path: Path) -> None:
    sources = load_sources(place_repo(tmp_path).root / "specs")
    broken = [p for p in sources.problems if p.path.endswith("odense.md")]
    assert broken and all(p.severity == "error" for p in broken)
    assert [view.place for view in sources.records[0].locals] == ["ballerup", "fredericia"]


# -- the place page ------------------------------------------------------------------------


def test_due_place_has_the_banner_with_what_changed(pages: dict[str, Page]) -> None:
    page = page_of(pages, "fredericia")
    banner = page.split('class="admonition warning susi-due"', 1)[1].split("</div>", 1)[0]
    assert "Skal gennemgås" in banner
    assert "følger version 1 af den fælles model. Version 2 er frigivet 1. marts 2021" in banner
    assert '<a href="../../changes/v1-v2/">ændringer fra v1 til v2</a>' in banner
    # The core-element records of local_review, in the diff report's outline and words.
    assert "<strong>Strammet:</strong> «Inddragelse af familien»: retningslinje → regel" in banner
    assert "«Netværket med» (princip, nyt): 1 væsentlig ændring" in banner
    assert "«Inddragelse af familien» (regel): 5 væsentlige ændringer" in banner
    # What the local rules say if Fredericia followed v2 as it stands, in a reader's words
    # (site_terms.LOCAL_FIXES); the editor's, with the keys to edit, is for `susi check`.
    assert "Det skal rettes, når udmøntningen følger version 2:" in banner
    assert str(LOCAL_FIXES["SP306"]) in banner
    assert "choice:" not in banner and "how:" not in banner


def test_up_to_date_place_has_no_banner(pages: dict[str, Page]) -> None:
    page = page_of(pages, "ballerup")
    assert "susi-due" not in page and "admonition" not in page
    assert '<a href="../../v2/">Version 2</a> (den seneste)' in page


def test_place_page_links_the_version_it_follows_and_the_spec(pages: dict[str, Page]) -> None:
    page = page_of(pages, "fredericia")
    assert '<dt>Følger den fælles model</dt><dd><a href="../../v1/">Version 1</a></dd>' in page
    assert '<a href="../../">Demo-indsats</a>' in page
    assert "<dd>Udkast</dd>" in page  # the local file's status
    assert '<a href="../../v1/#koordinering">Læs kerneelementet</a>' in page


@pytest.mark.parametrize(
    ("place", "element", "mark"),
    [
        ("ballerup", "helhedssyn", "Afvigelse: noteret"),  # principle
        ("fredericia", "inddragelse", "Afvigelse: til gennemsyn"),  # guideline
        ("fredericia", "koordinering", "Afvigelse: ikke tilladt"),  # rule (SP305 fails)
    ],
    ids=["principle", "guideline", "rule"],
)
def test_deviation_is_marked_by_the_level_of_the_followed_version(
    pages: dict[str, Page], place: str, element: str, mark: str
) -> None:
    found = card(page_of(pages, place), element)
    assert mark in found
    assert "<h4>Afvigelse</h4>" in found


def test_no_deviation_no_mark(pages: dict[str, Page]) -> None:
    assert "Afvigelse" not in card(page_of(pages, "ballerup"), "koordinering")


def test_choices_are_shown_and_one_outside_the_options_is_marked(pages: dict[str, Page]) -> None:
    found = card(page_of(pages, "fredericia"), "inddragelse")
    assert "<li>Familierådslagning</li>" in found
    assert re.search(r"<li>Åben dialog <span[^>]*>uden for mulighederne", found)
    assert "Retningslinjens muligheder: Familierådslagning; Netværksmøde." in found
    assert "Ændret i v2" in found  # the core element changed since v1


def test_core_element_not_covered_is_shown_missing(pages: dict[str, Page]) -> None:
    found = card(page_of(pages, "ballerup"), "netvaerk")
    assert "susi-card--missing" in found and "Ikke beskrevet" in found
    assert "Udmøntningen beskriver ikke, hvordan det udføres." in found
    assert "susi-card--missing" not in card(page_of(pages, "ballerup"), "koordinering")


def test_adaptation_of_an_element_the_version_lacks(pages: dict[str, Page]) -> None:
    page = page_of(pages, "fredericia")
    assert "## Ikke i version 1 {#andre-tilpasninger}" in page
    assert "Netværket inviteres." in page.split("{#andre-tilpasninger}", 1)[1]


def test_body_is_rendered_safely_without_its_title(pages: dict[str, Page]) -> None:
    page = page_of(pages, "ballerup")
    body = page.split("{#om-udmoentningen}", 1)[1]
    assert "# Demo i Ballerup" not in body and "<h2>Demo i Ballerup</h2>" not in body
    assert "<h3>Kontakt</h3>" in body  # headings one level down, under the page's own
    assert "&lt;script&gt;" in body and "<script" not in body
    assert 'href="javascript' not in body


# -- the table across places ---------------------------------------------------------------


def test_spec_page_table_of_places(pages: dict[str, Page]) -> None:
    page = pages["demo/index.md"].markdown
    assert "## Lokale udmøntninger {#lokale-udmoentninger}" in page
    head = page.split('class="susi-table susi-locals susi-reflow"', 1)[1].split("</thead>", 1)[0]
    ballerup, fredericia = head.split("</th>")[1:3]
    assert '<a href="lokal/ballerup/">Ballerup</a>' in ballerup and "følger version 2" in ballerup
    assert "Skal gennemgås" not in ballerup
    assert "følger version 1" in fredericia and "Skal gennemgås" in fredericia
    # The table sits after the core elements, before the implementation section.
    assert page.index("{#content}") < page.index("{#lokale-udmoentninger}")
    assert page.index("{#lokale-udmoentninger}") < page.index("{#versioner}")


def test_table_cells(pages: dict[str, Page]) -> None:
    cells = table_cells(pages["demo/index.md"].markdown)
    assert set(cells) == {
        (element, place)
        for element in ("koordinering", "inddragelse", "helhedssyn", "netvaerk")
        for place in ("ballerup", "fredericia")
    }
    # The first sentence of `how`, linked to the place page's card.
    assert "Et koordinatorteam i Borgerservice. …" in cells[("koordinering", "ballerup")]
    assert 'href="lokal/ballerup/#koordinering">Læs mere' in cells[("koordinering", "ballerup")]
    assert "Afvigelse: ikke tilladt" in cells[("koordinering", "fredericia")]
    assert "Afvigelse: noteret" in cells[("helhedssyn", "ballerup")]
    inddragelse = cells[("inddragelse", "fredericia")]
    assert "<li>Familierådslagning</li>" in inddragelse
    assert "uden for mulighederne" in inddragelse and "Afvigelse: til gennemsyn" in inddragelse
    assert "Ændret i v2" in inddragelse
    assert "Ikke beskrevet" in cells[("netvaerk", "ballerup")]
    assert "Ikke i v1" in cells[("netvaerk", "fredericia")]  # newer than Fredericia's version
    assert "Afvigelse" not in cells[("helhedssyn", "fredericia")]


def test_counts_in_the_header_and_catalog(record: SpecRecord, pages: dict[str, Page]) -> None:
    header = pages["demo/index.md"].markdown.split("susi-header", 1)[1]
    assert (
        '<dt>Lokale udmøntninger</dt><dd><a href="#lokale-udmoentninger">2 kommuner</a>' in header
    )
    assert "Lokale udmøntninger" not in pages["demo/v1/index.md"].markdown
    catalog = render_catalog([record], SiteOptions())
    assert "<dt>Lokale udmøntninger</dt><dd>2 kommuner: <a href=" in catalog


def test_outside_git_places_are_judged_against_the_working_copy(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    for name, text in (("index.md", V2), ("local/ballerup.md", BALLERUP)):
        (specs / "demo" / name).parent.mkdir(parents=True, exist_ok=True)
        (specs / "demo" / name).write_text(text, encoding="utf-8")
    (specs / "demo/local/fredericia.md").write_text(FREDERICIA, encoding="utf-8")
    sources = load_sources(specs)
    assert any("git" in note for note in sources.notes)  # a warning: --strict fails
    [record] = sources.records
    pages = {page.src_uri: page for page in render_pages([record], SiteOptions())}
    ballerup, fredericia = page_of(pages, "ballerup"), page_of(pages, "fredericia")
    assert "Afvigelse: noteret" in card(ballerup, "helhedssyn")  # v2 is the working copy
    assert "<dd>Version 2 (den seneste)</dd>" in ballerup  # no archive page to link
    assert "susi-due" in fredericia and "kan ikke vises her" in fredericia
    assert "Indholdet af version 1 kendes ikke her" in fredericia


def test_place_on_an_unreleased_version_shows_its_file_as_it_is(tmp_path: Path) -> None:
    repo = place_repo(tmp_path)
    repo.write("specs/demo/local/ballerup.md", BALLERUP.replace("based_on: 2", "based_on: 3"))
    sources = load_sources(repo.root / "specs")
    assert [p.code for p in sources.problems if p.path.endswith("ballerup.md")] == ["SP302"]
    pages = {page.src_uri: page for page in render_pages(sources.records, SiteOptions())}
    page = page_of(pages, "ballerup")
    assert "Version 3 er ikke en frigivet version af den fælles model (frigivet: v1, v2)" in page
    assert "Planen laves kun for barnet." in card(page, "helhedssyn")  # shown as written


@pytest.mark.parametrize(
    ("severities", "said"),
    [
        (["minor"], "1 ændring"),
        (["minor", "editorial", "minor"], "3 ændringer"),
        (["major", "major"], "2 væsentlige ændringer"),
        (["major", "minor", "minor"], "3 ændringer, heraf 1 væsentlig"),
    ],
)
def test_change_summary_counts(severities: list[Significance], said: str) -> None:
    changes = tuple(
        Change("modified", "core_elements/x/what", "core_element", "core_elements/what",
               severity=severity, core_element="x")
        for severity in severities
    )  # fmt: skip
    diff = SpecDiff("demo", "Demo", changes, elements=(ElementRef("x", "Eks", "rule", old_id="x"),))
    assert change_summary(diff) == f"<ul><li>«Eks» (regel): {said}</li></ul>"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Kort.", "Kort."),
        ("Første. Anden sætning.", "Første. …"),
        ("Teamet sammensættes pr. sag. Derefter mere.", "Teamet sammensættes pr. sag. …"),
        ("fx ICS og mere", "fx ICS og mere"),
        ("ord " * 60, "ord " * 38 + "ord …"),  # at most 160 characters
    ],
    ids=["one", "two", "abbreviation", "no-end", "long"],
)
def test_shorten(text: str, short: str) -> None:
    assert shorten(text) == short


def test_the_check_hands_its_histories_and_local_files_to_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the check, the site reads no history and checks no local file a second time,
    and its records are those it reads without the check."""
    specs = place_repo(tmp_path).root / "specs"
    unchecked = load_sources(specs, check=False).records
    reviewed: list[str] = []
    loaded: list[Path] = []
    real_load = HistoryLoader.load

    def counting_check(document: Document) -> FileResult:
        reviewed.append(document.path)
        return check_document(document)

    def counting_load(loader: HistoryLoader, file: Path, *args: Any, **kwargs: Any) -> Any:
        loaded.append(file)
        return real_load(loader, file, *args, **kwargs)

    monkeypatch.setattr(review, "check_document", counting_check)
    monkeypatch.setattr(HistoryLoader, "load", counting_load)
    checked = load_sources(specs, check=True)
    assert checked.records == unchecked and checked.problems
    assert reviewed == []
    assert specs / "demo" / "index.md" in loaded and len(loaded) == len(set(loaded))


def test_a_choice_by_option_id_shows_the_options_text() -> None:
    from susi_spec.model import CoreElement
    from susi_spec.render.local_marks import choice_items

    element = CoreElement.model_validate(
        {"id": "inddragelse", "title": "Inddragelse", "level": "guideline"}
        | {"options": [{"id": "fr", "text": "Familierådslagning"}, "Netværksmøde"]}
    )
    shown = choice_items(element, ["fr", "Netværksmøde", "Åben dialog"])
    assert shown.startswith("<li>Familierådslagning</li><li>Netværksmøde</li><li>Åben dialog")
    assert shown.count("uden for mulighederne") == 1
