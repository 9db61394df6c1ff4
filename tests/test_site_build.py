"""The published site, built for real with `mkdocs build --strict` and read back as HTML.

A throwaway git repository with fixed dates holds a spec released as v1 and v2 with a
draft of v3 on top, a second spec, and a hostile one; the project's own mkdocs.yml and
site/ are copied beside them. Every generated page's links are followed.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from openpyxl import load_workbook

from conftest import local_text
from gitrepo import GitRepo, fixture
from susi_spec.cli.main import main
from susi_spec.export import FORMATS

ROOT = Path(__file__).resolve().parent.parent

HOSTILE = """\
---
schema: susi-spec/1
id: fjendtlig
title: 'Fjendtlig <script>window.__pwned=1</script> indsats {: onclick="window.__pwned=1"}'
summary: Resumé med <img src=x onerror="window.__pwned=1"> og [link](javascript:window.__pwned=1).
version: 0
status: draft
phase: screening
intervention_type: citizen
places: [testby]
target_group:
  description: Unge med <iframe src="javascript:window.__pwned=1"></iframe> behov.
  inclusion: ["<svg onload=window.__pwned=1>"]
core_elements:
  - id: farlig
    title: Farligt <b onmouseover="window.__pwned=1">element</b>
    level: guideline
    evidence: presumed
    what: <script>window.__pwned=1</script>
    rationale: '"><img src=x onerror=window.__pwned=1>'
    tools: ["<a href='javascript:window.__pwned=1'>værktøj</a>"]
    options: ["<img src=x onerror=window.__pwned=1>", "B"]
    decision_rule: <style>body{display:none}</style>
theory_of_change:
  problem: <img src=x onerror=window.__pwned=1>
  nodes:
    - {id: na, kind: activity, text: '<img src=x onerror=window.__pwned=1>', core_elements: [farlig]}
    - {id: nb, kind: short_term_outcome, text: '"]; click na call window.__pwned(); %%'}
  links:
    - {from: na, to: nb}
materials:
  - {title: Manual, url: 'javascript:window.__pwned=1', purpose: <script>window.__pwned=1</script>}
contributors:
  - {name: '<img src=x onerror=window.__pwned=1>', role: author}
---

# Fjendtlig

## Introduktion <img src=x onerror="window.__pwned=1"> {#introduction}

Tekst med <script>window.__pwned=1</script> og <iframe src="https://example.org"></iframe>.

<a href="javascript:window.__pwned=1">klik</a> og [klik](javascript:window.__pwned=1)
og [klik](JaVaScRiPt:window.__pwned=1) og ![x](data:text/html,<script>window.__pwned=1</script>).

<details open ontoggle="window.__pwned=1"><summary>x</summary></details>

<div onmouseover="window.__pwned=1" style="position:fixed;inset:0">overlay</div>
"""

CHANGES_V2 = """\
changes:
  - what: Helhedssyn er strammet fra princip til retningslinje.
    why: Metodeseminaret ønskede et systematisk valg.
    decided_by: Metodeseminar 1
    planned: true
    core_elements: [helhedssyn]
"""


# Local implementations of the demo: Ballerup follows v2 (the latest release), Fredericia
# v1 (due for review) with a deviation from a principle and hostile text.
BALLERUP = local_text(
    "ballerup",
    2,
    """\
  - {core_element: koordinering, how: Én koordinator i Borgerservice.}
  - {core_element: inddragelse, how: Netværksmøde ved opstart., choice: [Netværksmøde]}
  - {core_element: helhedssyn, how: Én plan for hele familien., choice: [Fælles plan]}
""",
    "Ballerups erfaringer.\n",
)
FREDERICIA = local_text(
    "fredericia",
    1,
    """\
  - {core_element: koordinering, how: 'Koordinator <img src=x onerror=window.__pwned=1>.'}
  - {core_element: inddragelse, how: Familierådslagning., choice: [Familierådslagning]}
  - core_element: helhedssyn
    how: Én plan.
    deviation: '<b onmouseover="window.__pwned=1">Kun</b> barnets plan.'
""",
    "# Fredericia\n\n<script>window.__pwned=1</script> [klik](javascript:window.__pwned=1)\n",
    title="'Demo i Fredericia <script>window.__pwned=1</script>'",
)


def demo_versions() -> tuple[str, str, str]:
    """The demo spec as released v1, released v2 (a tightening) and a draft of v3."""
    v1 = fixture("valid_v1.md")
    v2 = (
        v1.replace("version: 1\n", "version: 2\n")
        .replace("released: 2020-09-15\n", "released: 2021-03-01\n")
        .replace("milestone: Opstart\n", "milestone: Metodeseminar 1\n")
        .replace(
            "    level: principle\n    evidence: documented\n",
            "    level: guideline\n    evidence: documented\n"
            "    options: [Fælles plan, Netværksplan]\n"
            "    decision_rule: Familien vælger ved opstartsmødet.\n",
        )
        .replace("delivery:\n", CHANGES_V2 + "delivery:\n")
        .replace("Indsatsen samler familiens kontakt", "Indsatsen samler nu familiens kontakt")
    )
    v3 = v2.replace("version: 2\n", "version: 3\n").replace(
        "status: released\nreleased: 2021-03-01\n", "status: draft\n"
    )
    return v1, v2, v3


# The other spec measures its outcomes and rates itself against the six criteria of an
# evidence-based method (issue 14), so the catalog and a spec page show both.
EVIDENCE = """\
evidence_profile:
  effect_evaluation: {status: not_met}
  research_basis: {status: met, evidence: Forskning i tidlig indsats.}
  protocol: {status: partly, evidence: En manual under udarbejdelse., url: "https://example.org/manual"}
"""
DOSE = "  dose: Et møde om måneden i et år.\n"
INDICATORS = """\
documentation:
  indicators:
    - {id: overblik-maalt, what: Oplevet overblik, nodes: [overblik], timing: Ved slut, kind: citizen}
    - {id: trivsel-maalt, what: Trivsel, nodes: [trivsel], timing: Efter et år, baseline: Ukendt}
"""


def make_project(root: Path, *, drafts: bool = False) -> GitRepo:
    """A repository with three specs, two local implementations and the site configuration;
    `drafts`: the site shows the working copies (the plugin's `drafts: true`)."""
    repo = GitRepo(root)
    v1, v2, v3 = demo_versions()
    other = (
        fixture("valid_v1.md")
        .replace("id: demo", "id: anden")
        .replace("title: Demo-indsats", "title: Anden indsats")
    )
    other = other.replace("intervention_type: citizen", "intervention_type: organisational")
    other = other.replace("Familier med et barn med handicap.\n", "Unge i hjemløshed.\n", 1)
    other = other.replace("knowledge_basis:", f"{EVIDENCE}knowledge_basis:", 1)
    other = other.replace(DOSE, DOSE + INDICATORS, 1)
    repo.write("specs/demo/index.md", v1)
    repo.write("specs/anden/index.md", other)
    repo.commit("Demo v1 og Anden v1")
    repo.write("specs/demo/index.md", v2)
    repo.commit("Demo v2")
    repo.write("specs/demo/index.md", v3)
    repo.write("specs/fjendtlig/index.md", HOSTILE)
    repo.write("specs/demo/local/ballerup.md", BALLERUP)
    repo.write("specs/demo/local/fredericia.md", FREDERICIA)
    repo.commit("Demo v3 udkast, fjendtlig, lokale udmøntninger")
    shutil.copytree(ROOT / "site", root / "site")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    if drafts:
        assert config.count("      specs_dir: specs\n") == 1
        config = config.replace(
            "      specs_dir: specs\n", "      specs_dir: specs\n      drafts: true\n"
        )
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return repo


def mkdocs_build(
    project: Path, out: Path, *, strict: bool = True
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            *(["--strict"] if strict else []),
            "-d",
            str(out),
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def build_demo_site(base: Path, *, drafts: bool = True) -> Path:
    """Build the demo project's site with --strict (by default with its drafts, so that the
    draft and the hostile spec are published); return the output folder."""
    make_project(base / "repo", drafts=drafts)
    out = base / "public"
    done = mkdocs_build(base / "repo", out)
    assert done.returncode == 0, done.stderr
    (base / "build.log").write_text(done.stderr, encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_site(tmp_path_factory.mktemp("site"))


def read(site: Path, address: str) -> str:
    return (site / address / "index.html").read_text(encoding="utf-8")


def article(html: str) -> str:
    """The page's content, without Material's navigation and header."""
    start = html.index('<article class="md-content__inner')
    return html[start : html.index("</article>", start)]


class Links(HTMLParser):
    """Every href and src of a page, and every id in it."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("href", "src") and value is not None:
                self.urls.append(value)
            if key == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


# -- addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "",
        "demo",
        "demo/v1",
        "demo/v2",
        "demo/changes/v1-v2",
        "demo/lokal/ballerup",
        "demo/lokal/fredericia",
        "anden",
        "anden/v1",
        "fjendtlig",
        "om",
        "om/adresser",
        "om/format",
        "om/regler",
    ],
)
def test_every_stable_address_exists(site: Path, address: str) -> None:
    assert (site / address / "index.html").is_file()


def test_no_address_for_unreleased_versions(site: Path) -> None:
    assert not (site / "demo" / "v3").exists()  # a draft has no archive page
    assert not (site / "fjendtlig" / "v0").exists()
    assert not (site / "demo" / "changes" / "v2-v3").exists()


def test_navigation_lists_current_versions_only(site: Path) -> None:
    html = read(site, "demo")
    nav = html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("md-sidebar--secondary")[0]
    assert "Demo-indsats" in nav and "Borgerrettede indsatser" in nav
    assert "v1/" not in nav and "changes" not in nav


def test_place_pages_are_in_the_navigation_under_their_spec(site: Path) -> None:
    def nav(address: str) -> str:
        html = read(site, address)
        return html.split('<nav class="md-nav md-nav--primary"', 1)[1].split("md-sidebar--")[0]

    spec = nav("demo")
    assert spec.index("Demo-indsats") < spec.index("Den fælles model") < spec.index("Ballerup")
    assert spec.index("Ballerup") < spec.index("Fredericia")
    assert 'href="lokal/fredericia/"' in spec
    place = nav("demo/lokal/fredericia")
    assert re.search(
        r'href="./" class="md-nav__link md-nav__link--active">\s*<span[^>]*>\s*Fredericia', place
    )
    assert "Ballerup" not in nav("anden")  # only under its own spec


def test_build_log_has_no_pages_outside_the_navigation(site: Path) -> None:
    log = (site.parent / "build.log").read_text(encoding="utf-8")
    assert "demo/lokal/fredericia/index.md" not in log
    assert "not included in the" not in log
    assert "SP309" in log  # Fredericia is due for review: information, not a warning


# -- pages -------------------------------------------------------------------------------


def test_rules_page_lists_every_code_with_its_examples(site: Path) -> None:
    from susi_spec.checks.rules import ALL_RULES, CHECK_RULES

    page = html.unescape(article(read(site, "om/regler")))
    for rule in ALL_RULES:
        assert f'id="{rule.code.lower()}"' in page, rule.code
        assert rule.summary("da").split("`")[0] in page, rule.code
    documented = len(CHECK_RULES)  # every rule with a check has both examples
    assert page.count("<em>Består:</em>") == page.count("<em>Fejler:</em>") == documented
    assert "Grundeksemplet" in page and "schema: susi-local/1" in page
    assert "schema: susi-results/1" in page
    assert "schema: susi-cycles/1" in page


def test_format_and_rules_pages_are_linked_from_om_only(site: Path) -> None:
    om = article(read(site, "om"))
    assert 'href="format/"' in om and 'href="regler/"' in om
    assert "om/regler" not in read(site, "demo")  # outside the navigation


def test_catalog_lists_every_spec_with_facts(site: Path) -> None:
    page = article(read(site, ""))
    items = re.findall(r'<li class="susi-catalog__item"([^>]*)>(.*?)</li>', page, re.S)
    assert len(items) == 3
    attributes = {re.search(r'href="([^"]+)"', body).group(1): data for data, body in items}  # type: ignore[union-attr]
    assert set(attributes) == {"demo/", "anden/", "fjendtlig/"}
    assert 'data-type="citizen"' in attributes["demo/"]
    assert 'data-phase="maturation"' in attributes["demo/"]
    assert "handicap" in attributes["demo/"]  # target group words
    assert "Version 3 (udkast)" in page and "Version 1" in page
    assert 'id="susi-filters" hidden' in page  # shown by JavaScript only
    assert 'data-evidence="1"' in attributes["anden/"]  # one of six criteria met
    assert '<a href="anden/#evidensprofil">1 af 6 kriterier opfyldt, 1 delvist</a>' in page
    assert 'id="susi-filter-evidence"' in page


def test_spec_page_structure(site: Path) -> None:
    page = article(read(site, "demo"))
    assert page.count('class="susi-card susi-card--') == 3
    for badge in ("Regel", "Retningslinje"):
        assert f">{badge}</span>" in page
    for part in ("Hvad", "Hvordan", "Hvorfor", "Valgmuligheder", "Troskabskriterier"):
        assert f"<h4>{part}</h4>" in page
    assert "Praksisprofil" in page and "Uacceptabel praksis" in page
    assert '<pre class="susi-mermaid" hidden><code>flowchart LR' in page
    assert "classDef activity" in page
    assert "Mindset" in page and "Skillset" in page and "Toolset" in page
    assert "Levering" in page and "Et møde om måneden i et år." in page
    assert "Senest ændret" in page and "Udkast" in page  # the draft of v3 in the header
    assert 'href="v2/"' in page  # the draft links the latest release


def test_spec_page_has_maturity_matrix(site: Path) -> None:
    page = article(read(site, "demo"))
    matrix = page.split('class="susi-table susi-matrix susi-reflow"', 1)[1].split("</table>", 1)[0]
    assert '<a href="v1/">v1</a>' in matrix and '<a href="v2/">v2</a>' in matrix
    assert "Udkast" in matrix
    assert "▲ strammet" in matrix  # helhedssyn: principle → guideline


def test_archive_page_banner_links_current(site: Path) -> None:
    old = article(read(site, "demo/v1"))
    assert "susi-banner--old" in old and 'href="../"' in old
    assert "Du ser en arkiveret udgave: version 1 fra 15. september 2020" in old
    latest = article(read(site, "demo/v2"))
    assert "susi-banner--old" not in latest  # no newer release exists
    assert "1. marts 2021" in latest


def test_archive_renders_the_version_as_it_was(site: Path) -> None:
    old, new = article(read(site, "demo/v1")), article(read(site, "demo/v2"))
    assert "Indsatsen samler familiens kontakt" in old
    assert "Indsatsen samler nu familiens kontakt" in new
    assert "Netværksplan" not in old and "Netværksplan" in new


def test_changes_page(site: Path) -> None:
    page = article(read(site, "demo/changes/v1-v2"))
    assert "ændringer fra v1 til v2" in page
    assert "Helhedssyn er strammet fra princip til retningslinje." in page
    assert 'href="../../v1/"' in page and 'href="../../v2/"' in page


def test_dates_come_from_the_repository(site: Path) -> None:
    page = article(read(site, "demo"))
    assert "4. januar 2020" in page  # the draft's commit (GitRepo: day N+1 for commit N)


# -- downloads ---------------------------------------------------------------------------


def test_spec_page_links_every_export_as_a_download(site: Path) -> None:
    page = article(read(site, "demo"))
    assert '<h2 id="hent">' in page and '<a href="#hent">' in page
    for fmt in FORMATS.values():
        assert f'href="eksport/{fmt.filename}" download="demo-v3-{fmt.filename}"' in page
        assert f"{fmt.title[0]}</a> – " in page
        assert (site / "demo" / "eksport" / fmt.filename).is_file()
    assert "Filerne følger den tekst, denne side viser: version 3, udkast" in page


def test_archived_versions_offer_their_own_downloads(site: Path) -> None:
    page = article(read(site, "demo/v1"))
    assert '<h2 id="hent">' in page
    assert "Filerne følger den tekst, denne side viser: version 1, frigivet" in page
    for fmt in FORMATS.values():
        assert f'href="eksport/{fmt.filename}" download="demo-v1-{fmt.filename}"' in page
        assert (site / "demo" / "v1" / "eksport" / fmt.filename).is_file()
    assert not (site / "fjendtlig" / "eksport" / "tidier").exists()


def test_archived_downloads_are_what_susi_export_makes_of_that_release(
    site: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(site.parent / "repo")
    for name, fmt in FORMATS.items():
        target = tmp_path / fmt.filename
        assert main(["export", "demo", "--version", "v1", "--format", name, "-o", str(target)]) == 0
        assert target.read_bytes() == (site / "demo/v1/eksport" / fmt.filename).read_bytes()


def test_downloads_are_files_not_pages(site: Path) -> None:
    markdown = (site / "demo" / "eksport" / "tidier.md").read_text(encoding="utf-8")
    assert markdown.startswith("# TIDieR: Demo-indsats\n")  # the Markdown itself, not HTML
    assert not (site / "demo" / "eksport" / "tidier").exists()
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc for doc in index["docs"] if "eksport" in doc["location"]]


def test_downloads_are_what_susi_export_makes_of_the_current_text(
    site: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The site and the terminal never disagree: the same bytes, commit and all."""
    monkeypatch.chdir(site.parent / "repo")
    for name, fmt in FORMATS.items():
        target = tmp_path / fmt.filename
        assert main(["export", "demo", "--format", name, "-o", str(target)]) == 0
        assert target.read_bytes() == (site / "demo" / "eksport" / fmt.filename).read_bytes()
    data = json.loads((site / "demo" / "eksport" / "indsatsbeskrivelse.json").read_bytes())
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
    assert data["source"]["commit"] == head.stdout.strip()  # the committed draft of v3
    assert data["source"]["path"] == "specs/demo/index.md" and data["spec"]["version"] == 3
    sheet = load_workbook(site / "demo" / "eksport" / "troskabstjekliste.xlsx").worksheets[0]
    assert sheet["B3"].value == "version 3, udkast (ikke frigivet)"


# -- local implementations -------------------------------------------------------------


def test_spec_page_has_the_table_of_places(site: Path) -> None:
    page = article(read(site, "demo"))
    table = page.split('class="susi-table susi-locals susi-reflow"', 1)[1].split("</table>", 1)[0]
    assert '<a href="lokal/ballerup/">Ballerup</a>' in table
    assert '<a href="lokal/fredericia/">Fredericia</a>' in table
    assert "følger version 2" in table and "følger version 1" in table
    assert table.count("Skal gennemgås") == 1  # Fredericia's column
    assert "Afvigelse: noteret" in table
    assert '<a href="#lokale-udmoentninger">2 kommuner</a>' in page
    assert "2 kommuner" in article(read(site, ""))  # the catalog counts them too


def test_place_pages_banner(site: Path) -> None:
    due = article(read(site, "demo/lokal/fredericia"))
    banner = due.split('class="admonition warning susi-due"', 1)[1].split("</div>", 1)[0]
    assert 'href="../../changes/v1-v2/"' in banner
    assert "«Helhedssyn»: princip → retningslinje" in banner
    assert 'href="../../v1/">Version 1</a>' in due
    current = article(read(site, "demo/lokal/ballerup"))
    assert "susi-due" not in current and "(den seneste)" in current
    assert "Ballerups erfaringer." in current


def test_an_invalid_local_file_does_not_break_the_build(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "repo")
    repo.write("specs/demo/local/odense.md", "---\nschema: susi-local/1\nspec: [\n---\n")
    done = mkdocs_build(repo.root, tmp_path / "out", strict=False)
    assert done.returncode == 0, done.stderr
    assert re.search(r"WARNING\s+-\s+.*specs/demo/local/odense\.md:\d+:\d+: error SP0", done.stderr)
    assert (tmp_path / "out" / "demo" / "lokal" / "ballerup" / "index.html").is_file()
    assert not (tmp_path / "out" / "demo" / "lokal" / "odense").exists()
    assert mkdocs_build(repo.root, tmp_path / "strict").returncode != 0


# -- links -------------------------------------------------------------------------------


def test_no_broken_internal_links(site: Path) -> None:
    """Crawl every page: each relative href/src resolves to a file, and each #fragment to an id."""
    # 404.html is served at any depth, so it links from the root (/assets/...) by design.
    pages = sorted(p for p in site.rglob("*.html") if p.name != "404.html")
    ids = {path: parse(path).ids for path in pages}
    broken = []
    for page in pages:
        for url in parse(page).urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("mailto:", "data:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {url}")
            elif parts.fragment and target.suffix == ".html":
                known = ids.get(target) if target in ids else parse(target).ids
                if parts.fragment not in (known or set()) and parts.fragment != "__skip":
                    broken.append(f"{page.relative_to(site)}: {url} (no such id)")
    assert not broken, "\n".join(broken[:20])


def test_no_third_party_addresses_in_pages(site: Path) -> None:
    """Nothing the browser loads by itself points away from the site (fonts, scripts, CSS)."""
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        loads = re.findall(r'<(?:script|link|img|iframe)[^>]*(?:src|href)="([^"]+)"', html)
        external = [u for u in loads if urlsplit(u).scheme or u.startswith("//")]
        assert not external, f"{page}: {external}"
        assert "fonts.googleapis" not in html and "unpkg.com" not in html


def test_mermaid_only_on_pages_with_a_diagram(site: Path) -> None:
    script = "assets/vendor/mermaid-11.17.2.min.js"
    assert f'src="../{script}"' in read(site, "demo")
    assert f'src="../../{script}"' in read(site, "demo/v1")
    assert "mermaid" not in read(site, "")
    assert "mermaid" not in read(site, "om/adresser")
    assert (site / script).is_file()


# -- safety ------------------------------------------------------------------------------

_ALLOWED_SCRIPTS = re.compile(
    r'<script src="[./]*(assets/javascripts/bundle\.[0-9a-f]+\.min\.js|'
    r'assets/vendor/mermaid-[0-9.]+\.min\.js|assets/javascripts/(catalog|theory)\.js)"( defer)?></script>'
    r'|<script id="__config" type="application/json">[^<]*</script>'
    # Material's own inline snippets: local storage scope, and the anchor fix.
    r"|<script>(__md_scope=new URL|var target=document\.getElementById\(location\.hash).*</script>",
    re.S,
)


_PRINT_HEADING = re.compile(
    r'@page \{ @top-left \{ content: "(?:[A-Za-z0-9 ]|\\[0-9a-f]{6})*"; \} \}'
)


class Elements(HTMLParser):
    """Every element of a page with its attributes, as the browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


@pytest.mark.parametrize("address", ["fjendtlig", "", "demo", "demo/lokal/fredericia"])
def test_hostile_text_is_inert(site: Path, address: str) -> None:
    html = read(site, address)
    scripts = re.findall(r"<script\b[^>]*>.*?</script>", html, re.S)
    for script in scripts:
        assert _ALLOWED_SCRIPTS.fullmatch(script), script
        assert "__pwned" not in script
    elements = Elements()
    elements.feed(html)
    content = Elements()
    content.feed(article(html))
    assert not [tag for tag, _ in content.found if tag in ("script", "iframe", "object", "embed")]
    # The one style in a page is its printed heading, every character of the title escaped.
    styles = re.findall(r"<style\b[^>]*>(.*?)</style>", article(html), re.S)
    assert all(_PRINT_HEADING.fullmatch(style) for style in styles), styles
    for tag, attrs in elements.found:
        for key, value in attrs:
            assert not key.startswith("on"), f"<{tag} {key}={value}>"
            if key in ("href", "src", "action", "formaction") and value:
                compact = re.sub(r"[\x00-\x20]", "", value).lower()
                assert not compact.startswith(("javascript:", "data:", "vbscript:")), value
            assert key != "style" or "__pwned" not in (value or "")


def test_hostile_text_shows_as_text(site: Path) -> None:
    page = article(read(site, "fjendtlig"))
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page
    assert "Fjendtlig" in page and "overlay" in page
    assert "Manual" in page  # the material stays, without its javascript: link


def test_errors_are_warnings_that_fail_strict(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "repo")
    text = fixture("valid_v1.md").replace("  description: Familier med et barn med handicap.\n", "")
    repo.write("specs/demo/index.md", text)
    done = mkdocs_build(repo.root, tmp_path / "out")
    assert done.returncode != 0
    assert re.search(r"WARNING\s+-\s+.*specs/demo/index\.md:\d+:\d+: error SP102", done.stderr)


def test_check_warnings_are_logged_but_do_not_fail_strict(tmp_path: Path) -> None:
    # A backwards theory-of-change link is a warning (SP209): worth seeing, not worth
    # withholding the site for.
    repo = make_project(tmp_path / "repo")
    draft = demo_versions()[2]
    link = "    - {from: overblik, to: trivsel}\n"
    assert draft.count(link) == 1
    repo.write(
        "specs/demo/index.md", draft.replace(link, link + "    - {from: trivsel, to: plan}\n")
    )
    done = mkdocs_build(repo.root, tmp_path / "out")
    assert done.returncode == 0, done.stderr
    assert re.search(r"INFO\s+-\s+.*specs/demo/index\.md:\d+:\d+: warning SP209", done.stderr)


def test_the_repository_site_builds_strict(tmp_path: Path) -> None:
    """The README's main command on this repository: its own specs and git history."""
    done = mkdocs_build(ROOT, tmp_path / "public")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "public" / "index.html").is_file()
    for spec in (ROOT / "specs").glob("*/index.md"):
        assert (tmp_path / "public" / spec.parent.name / "index.html").is_file()
    assert keys_shown(tmp_path / "public") == []


# The pages that document the format for its editors: there the keys are the point.
_FORMAT_PAGES = ("om/format/", "om/regler/")


def keys_shown(public: Path) -> list[str]:
    """Every place a readers' page shows an enum value by its key (`mindset`,
    `short_term_outcome`) where a word is meant: in its text or in an attribute a person
    reads; the diagram's source (its class names) is no text."""
    from susi_spec.model.types import VALUE_NAMES

    words = {w for names in VALUE_NAMES.values() for da, _ in names.values() for w in da.split()}
    # Case counts: SUSI's own `Mindset` heads its competencies (render/site_terms.py).
    keys = {key for names in VALUE_NAMES.values() for key in names} - words
    found = []
    for page in sorted(public.rglob("*.html")):
        address = page.relative_to(public).as_posix().removesuffix("index.html")
        if address.startswith(_FORMAT_PAGES):
            continue
        content = article(page.read_text(encoding="utf-8"))
        content = re.sub(r"<(script|style|pre)\b.*?</\1>", " ", content, flags=re.S)
        said = re.findall(r'(?:title|aria-label|alt)="([^"]*)"', content)
        text = html.unescape(" ".join([re.sub(r"<[^>]+>", " ", content), *said]))
        for key in sorted(keys):
            for hit in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text):
                found.append(f"{address}: {key}: …{text[max(0, hit.start() - 40) : hit.end()]}")
    return found


def test_readers_pages_show_no_value_by_its_key(site: Path) -> None:
    assert keys_shown(site) == []


def test_search_indexes_current_versions_only(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"", "demo/", "anden/", "om/adresser/", "demo/lokal/ballerup/"} <= locations
    assert not [loc for loc in locations if "/v" in loc or "changes" in loc]
    texts = " ".join(doc["text"] for doc in index["docs"])
    assert "flowchart LR" not in texts  # the diagram's source is not searchable text


def test_rule_severities_of_the_project_apply(tmp_path: Path) -> None:
    """`[tool.susi.rules]` in pyproject.toml counts for the site as for `susi check`."""
    repo = make_project(tmp_path / "repo")
    review = demo_versions()[2].replace("status: draft\n", "status: review\n")
    repo.write("specs/demo/index.md", review.replace("  description: Familier med et barn", "  #"))
    assert mkdocs_build(repo.root, tmp_path / "out").returncode != 0  # SP102
    repo.write("pyproject.toml", '[tool.susi.rules]\nSP102 = "off"\n')
    done = mkdocs_build(repo.root, tmp_path / "out")
    assert done.returncode == 0, done.stderr


def test_a_shallow_clone_fails_strict_instead_of_dropping_versions(tmp_path: Path) -> None:
    repo = make_project(tmp_path / "repo")
    repo.commit("Site configuration")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.root}", str(clone)], check=True
    )
    done = mkdocs_build(clone, tmp_path / "out")
    assert done.returncode != 0
    assert "shallow" in done.stderr and "fetch --unshallow" in done.stderr


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("demo/index.md", "demo/index.md: en håndskrevet side optager adressen"),
        (
            "demo/eksport/troskabstjekliste.csv",
            "demo/eksport/troskabstjekliste.csv: en håndskrevet fil optager adressen",
        ),
    ],
    ids=["page", "download"],
)
def test_a_hand_written_file_never_takes_a_spec_address(
    tmp_path: Path, path: str, says: str
) -> None:
    repo = make_project(tmp_path / "repo")
    repo.write(f"site/{path}", "# Min egen side\n")
    done = mkdocs_build(repo.root, tmp_path / "out")
    assert done.returncode != 0
    assert says in done.stderr
