"""The site renderers without MkDocs: escaping, sanitising, addresses, Mermaid, catalog order."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from conftest import check_text
from gitrepo import fixture
from susi_spec.diff import DiffMeta, Endpoint, diff_specs
from susi_spec.diff.reports.as_html import html_report
from susi_spec.export import FORMATS
from susi_spec.loading.document import parse_document
from susi_spec.mkdocs_plugin.plugin import SusiPlugin
from susi_spec.model import Spec
from susi_spec.model.boundary import validate
from susi_spec.render import (
    SiteOptions,
    SpecRecord,
    VersionView,
    changes,
    render_downloads,
    render_pages,
)
from susi_spec.render.addresses import (
    changes_address,
    export_address,
    local_address,
    relative,
    version_address,
)
from susi_spec.render.catalog import render_catalog, sort_key
from susi_spec.render.download_cache import DownloadCache
from susi_spec.render.html import esc, heading_md, link
from susi_spec.render.markdown import render_markdown
from susi_spec.render.sanitize import sanitize_html
from susi_spec.render.site_terms import date_da, place_name, version_name
from susi_spec.render.theory import mermaid_label
from susi_spec.urls import safe_url

MERMAID_SHA256 = "581ed7d74bd9048d0e3a91363927d72ef22942d7722546b27f7cc29e35390eb8"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=c", True),
        ("http://example.org", True),
        ("mailto:kontakt@example.org", True),
        ("assets/figur.png", True),
        ("../v1/", True),
        ("#target-group", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("java\tscript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("&#106;avascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("file:///etc/passwd", False),
        ("//evil.example/x.js", False),
    ],
    ids=lambda value: repr(value)[:30],
)
def test_safe_url(url: str, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


def test_link_drops_unsafe_urls_but_keeps_text() -> None:
    assert link("javascript:alert(1)", "Manual") == "Manual"
    assert link("https://example.org", "<b>") == '<a href="https://example.org">&lt;b&gt;</a>'


@pytest.mark.parametrize(
    "title",
    [
        "<img src=x onerror=alert(1)>",
        'Titel {: onclick="alert(1)"}',
        "[klik](javascript:alert(1))",
        "*fed* `kode` _kursiv_ #hash",
        "A & B",
    ],
)
def test_heading_text_is_inert(title: str) -> None:
    heading = heading_md(2, title, "x")
    assert heading.startswith("## ") and heading.endswith(" {#x}")
    inner = heading[3 : -len(" {#x}")]
    for char in "<>{}[]()*`_#&\"'":
        assert char not in inner.replace("&#", "")  # every special character is a reference


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<iframe src="https://example.org"></iframe>',
        '<a href="javascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "![x](data:text/html,<script>alert(1)</script>)",
        '<details open ontoggle="alert(1)">x</details>',
        "<style>body{display:none}</style>",
    ],
)
def test_body_markdown_never_passes_html_or_bad_links(body: str) -> None:
    html = render_markdown(body)
    assert "<script" not in html and "<iframe" not in html and "<style" not in html
    assert "<img src=x" not in html and "<details" not in html
    assert 'href="javascript' not in html.lower() and 'src="data:text' not in html


def test_body_markdown_keeps_what_authors_write() -> None:
    html = render_markdown(
        "### Erfaringer {#erfaringer}\n\n**Fed** og [et link](https://example.org).\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n![Figur](assets/figur.png)\n"
    )
    assert '<h3 id="erfaringer">Erfaringer</h3>' in html
    assert "<strong>Fed</strong>" in html and 'href="https://example.org"' in html
    assert '<table class="susi-table">' in html
    assert 'src="assets/figur.png"' in html


def test_body_markdown_rebases_relative_links_only() -> None:
    html = render_markdown("[a](assets/x.pdf) [b](https://example.org) [c](#anker)", "../")
    assert 'href="../assets/x.pdf"' in html
    assert 'href="https://example.org"' in html and 'href="#anker"' in html
    assert 'href="../"' in render_markdown("[spec](index.md)", "../")


def test_body_headings_can_be_deepened() -> None:
    assert "<h4>Eksempel</h4>" in render_markdown("### Eksempel", shift=1)


@pytest.mark.parametrize(
    ("html", "kept", "gone"),
    [
        ("<p>Tekst <strong>fed</strong></p>", "<p>Tekst <strong>fed</strong></p>", ""),
        ("<p onclick='x()'>a</p>", "<p>a</p>", "onclick"),
        ("<script>alert(1)</script><p>b</p>", "<p>b</p>", "alert"),
        ("<style>p{}</style><p>b</p>", "<p>b</p>", "p{}"),
        ("<iframe src='https://e.org'></iframe>", "", "iframe"),
        ("<a href='javascript:alert(1)'>x</a>", "<a>x</a>", "javascript"),
        (
            "<a href='https://e.org' target='_blank'>x</a>",
            '<a href="https://e.org">x</a>',
            "target",
        ),
        ("<img src=x onerror=alert(1)>", "", "img"),
        ("<svg><script>alert(1)</script></svg>ok", "ok", "svg"),
        ("<!-- <script>alert(1)</script> -->ok", "ok", "alert"),
        ("<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>", ""),  # as a browser reads it
        ("<p>&lt;script&gt;</p>", "<p>&lt;script&gt;</p>", ""),
        ("<del>gammel</del><ins>ny</ins>", "<del>gammel</del><ins>ny</ins>", ""),
        ("<p class=check id=a lang=da>a</p>", '<p class="check" id="a" lang="da">a</p>', ""),
        ("<p>&quot;&#x27;&amp;</p>", "<p>\"'&amp;</p>", ""),
        ("<b>åben", "<b>åben</b>", ""),
        ("<a href='//evil.example/x.js'>x</a>", "<a>x</a>", "evil"),
        ("<a href='java\tscript:alert(1)'>x</a>", "<a>x</a>", "script"),
        ("<a href='&#106;avascript:alert(1)'>x</a>", "<a>x</a>", "avascript"),
        ("<a href=' javascript:alert(1)'>x</a>", "<a>x</a>", "javascript"),
        ("<a href='data:text/html,<script>alert(1)</script>'>x</a>", "<a>x</a>", "data:"),
        ("<a href='../v1/' rel=opener>x</a>", '<a href="../v1/">x</a>', "rel"),
        (
            "<a href='../v1/' title='\"><script>alert(1)</script>'>x</a>",
            '<a href="../v1/" title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</a>',
            "<script",
        ),
        (
            "<details open ontoggle=alert(1)><summary>s</summary>t</details>",
            "<details><summary>s</summary>t</details>",
            "ontoggle",
        ),
        ("<p style='background:url(javascript:alert(1))'>a</p>", "<p>a</p>", "style"),
        ('<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '"&gt;', "<img"),
        ("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "", "<img"),
        ("<form><button formaction=javascript:alert(1)>x</button></form>ok", "ok", "button"),
        ("<textarea><script>alert(1)</script></textarea>ok", "ok", "alert"),
        ("<template><script>alert(1)</script></template>ok", "ok", "alert"),
        ("<object data=x></object><embed src=x>ok", "ok", "data"),
    ],
)
def test_sanitize_html(html: str, kept: str, gone: str) -> None:
    clean = sanitize_html(html)
    assert clean == kept
    if gone:
        assert gone not in clean


@pytest.mark.parametrize(
    "text",
    [
        '"]; click a call alert(1); %%',
        "<img src=x onerror=alert(1)>",
        "a --> b",
        "#quot; [x] {y} `z`",
    ],
)
def test_mermaid_label_is_one_quoted_string(text: str) -> None:
    label = mermaid_label(text)
    assert label.startswith('"') and label.endswith('"')
    inner = label[1:-1]
    assert not any(char in inner for char in '"<>[]{}`|')
    assert "\n" not in label


@pytest.mark.parametrize(
    ("here", "there", "link_"),
    [
        ("", "demo/", "demo/"),
        ("demo/", "demo/v1/", "v1/"),
        ("demo/v1/", "demo/", "../"),
        ("demo/changes/v1-v2/", "demo/v1/", "../../v1/"),
        ("demo/", "demo/", "./"),
        ("demo/changes/v1-v2/", "", "../../../"),
        ("demo/", "demo/eksport/tidier.md", "eksport/tidier.md"),  # a file: no "/" added
        ("demo/v1/", "demo/eksport/troskabstjekliste.xlsx", "../eksport/troskabstjekliste.xlsx"),
    ],
)
def test_relative_addresses(here: str, there: str, link_: str) -> None:
    assert relative(here, there) == link_


def test_addresses_are_the_documented_ones() -> None:
    assert version_address("demo", "v2") == "demo/v2/"
    assert version_address("demo", "final") == "demo/final/"
    assert changes_address("demo", "v3", "final") == "demo/changes/v3-final/"
    assert export_address("demo", "tidier.md") == "demo/eksport/tidier.md"
    assert local_address("demo", "ballerup") == "demo/lokal/ballerup/"
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    addresses = readme.split("## Addresses", 1)[1].split("\n## ", 1)[0]
    for address in (
        "`/<spec-id>/v<N>/`",
        "`/<spec-id>/final/`",
        "`/<spec-id>/changes/v<N>-v<M>/`",
        "`/<spec-id>/eksport/<fil>`",
        "`/<spec-id>/lokal/<place>/`",
    ):
        assert address in addresses


def test_vendored_mermaid_is_the_pinned_release() -> None:
    vendor = Path(__file__).resolve().parent.parent / "site" / "assets" / "vendor"
    data = (vendor / "mermaid-11.17.2.min.js").read_bytes()
    assert hashlib.sha256(data).hexdigest() == MERMAID_SHA256
    assert "MIT License" in (vendor / "mermaid-11.17.2.LICENSE").read_text(encoding="utf-8")


def test_danish_words() -> None:
    assert date_da(dt.date(2020, 9, 15)) == "15. september 2020"
    assert version_name("v2") == "version 2" and version_name("final") == "endelig version"
    assert place_name("hoeje-taastrup") == "Høje-Taastrup"  # a municipality's real name
    assert place_name("kofoeds-skole") == "Kofoeds-Skole"
    assert place_name("ishoej", {"ishoej": "Ishøj"}) == "Ishøj"
    titles = ["Øvelse", "Anden", "Ålborg-modellen", "Én familie", "Zebra", "Æble"]
    assert sorted(titles, key=sort_key) == [
        "Anden", "Én familie", "Zebra", "Æble", "Øvelse", "Ålborg-modellen",
    ]  # fmt: skip


def _view(text: str, label: str, day: int) -> VersionView:
    document = parse_document(text.encode("utf-8"), "specs/demo/index.md")
    spec, _ = validate(document)
    assert isinstance(spec, Spec)
    return VersionView(spec, tuple(document.sections), label, dt.date(2020, 1, day), released=True)


def test_pages_of_a_record_without_git() -> None:
    """The renderers take plain records: one spec page, one per release, one per pair."""
    v1 = fixture("valid_v1.md")
    v2 = v1.replace("version: 1\n", "version: 2\n").replace(
        "delivery:\n", "changes:\n  - what: Ny version.\ndelivery:\n"
    )
    assert not [p for p in check_text(v2) if p.severity == "error"]
    releases = (_view(v1, "v1", 1), _view(v2, "v2", 2))
    record = SpecRecord("demo", releases[1], releases)
    pages = {page.src_uri: page for page in render_pages([record], SiteOptions())}
    assert set(pages) == {
        "demo/index.md",
        "demo/v1/index.md",
        "demo/v2/index.md",
        "demo/changes/v1-v2/index.md",
        "indsatstype/borgerrettet/index.md",  # the list of its type
        "om/regler.md",  # the rules page, once for the site
    }
    assert [p.in_nav for p in pages.values()] == [True, False, False, False, False, False]
    assert pages["demo/index.md"].mermaid and pages["demo/v1/index.md"].mermaid
    assert "Ny version." in pages["demo/changes/v1-v2/index.md"].markdown
    catalog = render_catalog([record], SiteOptions())
    assert 'href="demo/"' in catalog and "Version 2" in catalog and "2. januar 2020" in catalog
    assert esc("Demo-indsats") in catalog


def test_with_drafts_a_working_copy_with_errors_says_so_first() -> None:
    """A build with drafts puts the working copy's errors first in its banner; without
    drafts, and on a release's own page, nothing of them is said."""
    v1 = fixture("valid_v1.md")
    draft = v1.replace("status: released\nreleased: 2020-09-15\n", "status: review\n")
    record = SpecRecord("demo", _view(draft, "v1", 2), (_view(v1, "v1", 1),), working_errors=2)
    drafts = {p.src_uri: p.markdown for p in render_pages([record], SiteOptions(drafts=True))}
    said = "Arbejdskopien har 2 fejl, som skal rettes; byggeloggen viser, hvor de er. Denne side"
    assert said in drafts["demo/index.md"] and "susi-banner--errors" in drafts["demo/index.md"]
    assert "Arbejdskopien" not in drafts["demo/v1/index.md"]
    published = {p.src_uri: p.markdown for p in render_pages([record], SiteOptions())}
    assert "Arbejdskopien" not in published["demo/index.md"]


def test_changes_page_is_the_diff_report_cleaned() -> None:
    """Hostile text in both versions stays text on the changes page; the sections are the
    reader's HTML report's (no review list, no ids or checks' notes), each cleaned by nh3."""
    hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>"
    v1 = fixture("valid_v1.md").replace(
        "title: Koordineret sagsbehandling", f"title: 'Koordineret {hostile}'"
    )
    v2 = (
        v1.replace("version: 1\n", "version: 2\n")
        .replace("delivery:\n", f"changes:\n  - what: '{hostile}'\ndelivery:\n")
        .replace("what: Familien har én fast koordinator.", f"what: 'Familien {hostile}'")
        .replace("## Målgruppe {#target-group}\n", f"## Målgruppe {{#target-group}}\n\n{hostile}\n")
    )
    old, new = _view(v1, "v1", 1), _view(v2, "v2", 2)
    parts = changes.report_parts("demo", old, new)
    diff = diff_specs(old.spec, new.spec, old.sections, new.sections)
    meta = DiffMeta("demo", new.spec.title, Endpoint("v1"), Endpoint("v2"))
    report = html_report(diff, meta, reader=True)
    assert len(parts) == 1 + 2 * len(report.sections)
    editors = html_report(diff, meta)
    assert [s.title for s in editors.sections] == [
        "Kerneelementer",
        "Brødtekst",
        "Ændringer begrundet i versionen (FRAME)",
        "Til gennemsyn",
    ]
    assert [s.title for s in report.sections] == [
        "Kerneelementer",
        "Brødtekst",
        "Hvorfor versionen er ændret",
    ]
    for section, heading, body in zip(report.sections, parts[1::2], parts[2::2], strict=True):
        assert heading.startswith("## ") and body.startswith('<div class="susi-section susi-diff">')
        assert sanitize_html(section.html).strip() in body
    page = "".join(parts)
    assert "<img" not in page and "<script" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_downloads_of_a_record_without_git() -> None:
    """One file per export format under /<id>/eksport/ and under each release's address."""
    view = _view(fixture("valid_v1.md"), "v1", 1)
    record = SpecRecord("demo", view, (view,), source="specs/demo/index.md")
    files = {d.src_uri: d.content for d in render_downloads(record)}
    assert set(files) == {
        f"demo/{folder}eksport/{fmt.filename}" for fmt in FORMATS.values() for folder in ("", "v1/")
    }
    source = json.loads(files["demo/eksport/indsatsbeskrivelse.json"])["source"]
    assert source["commit"] is None and source["path"] == "specs/demo/index.md"
    assert files["demo/eksport/troskabstjekliste.csv"].startswith(b"\xef\xbb\xbf")
    page = next(p for p in render_pages([record], SiteOptions()) if p.kind == "spec").markdown
    assert page.index("{#hent}") < page.index("{#versioner}")


def test_spreadsheets_come_from_the_cache_only_for_the_same_content(tmp_path: Path) -> None:
    """A rebuild serves the spreadsheets made before, equal to fresh ones; a changed spec or
    commit makes new ones, and text formats are always made afresh."""
    view = _view(fixture("valid_v1.md"), "v1", 1)
    record = SpecRecord("demo", view, (view,), source="specs/demo/index.md")
    fresh = {d.src_uri: d.content for d in render_downloads(record)}
    cache = DownloadCache(tmp_path / "cache")
    assert {d.src_uri: d.content for d in render_downloads(record, cache)} == fresh
    saved = sorted(p for p in (tmp_path / "cache").rglob("*") if p.is_file())
    binary = [fmt for fmt in FORMATS.values() if fmt.binary]
    assert len(saved) == len(binary) == 2
    assert sorted(p.read_bytes() for p in saved) == sorted(
        fresh[f"demo/eksport/{fmt.filename}"] for fmt in binary
    )
    for path in saved:  # what is in the folder is what a build serves
        path.write_bytes(b"cached " + path.read_bytes())
    served = {d.src_uri: d.content for d in render_downloads(record, cache)}
    assert all(served[f"demo/eksport/{fmt.filename}"].startswith(b"cached ") for fmt in binary)
    assert (
        served["demo/eksport/troskabstjekliste.csv"] == fresh["demo/eksport/troskabstjekliste.csv"]
    )
    changed = [
        SpecRecord("demo", replace(view, commit="a" * 40), source="specs/demo/index.md"),
        SpecRecord(
            "demo",
            replace(view, spec=view.spec.model_copy(update={"title": "Andet navn"})),
            source="specs/demo/index.md",
        ),
    ]
    for other in changed:
        new = {d.src_uri: d.content for d in render_downloads(other, cache)}
        assert new == {d.src_uri: d.content for d in render_downloads(other)}
    assert len([p for p in (tmp_path / "cache").rglob("*") if p.is_file()]) == 6


class _Server:
    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def test_serve_watches_the_specs(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    plugin = SusiPlugin()
    plugin.load_config({})
    config: Any = type("Config", (), {"config_file_path": str(tmp_path / "mkdocs.yml")})()
    server = _Server()
    plugin.on_serve(server, config=config, builder=None)  # type: ignore[arg-type]
    assert server.watched == [str(tmp_path / "specs")]


def test_final_version_has_its_own_address() -> None:
    v1 = _view(fixture("valid_v1.md"), "v1", 1)
    spec = v1.spec.model_copy(update={"version": "final"})
    final = VersionView(spec, v1.sections, "final", dt.date(2022, 5, 1), released=True)
    record = SpecRecord("demo", final, (v1, final))
    uris = {page.src_uri for page in render_pages([record], SiteOptions())}
    assert {"demo/final/index.md", "demo/changes/v1-final/index.md"} <= uris
    spec_page = next(p for p in render_pages([record], SiteOptions()) if p.kind == "spec")
    assert "Endelig version" in spec_page.markdown


def test_delivery_is_shown_in_danish() -> None:
    from susi_spec.render.spec_parts import delivery

    spec = validate(parse_document(fixture("valid_v1.md").encode(), "specs/demo/index.md"))[0]
    assert isinstance(spec, Spec)
    html = delivery(spec)
    assert "Familie" in html and "Hjemmet" in html  # mode: [family], setting: [home]
    assert ">home<" not in html and "family" not in html


def test_html_comments_are_notes_to_the_author_not_text() -> None:
    """A comment block is left out; one in a code block, or followed by text, is shown."""
    body = (
        "Før.\n\n<!-- Fra v1:\n## Målgruppe {#target-group}\n-->\n\nEfter.\n\n"
        "```\n<!-- i kode -->\n```\n\n<!-- a --> og tekst\n"
    )
    html = render_markdown(body)
    assert "Fra v1" not in html and "Målgruppe" not in html
    assert "<p>Før.</p>" in html and "<p>Efter.</p>" in html
    assert "&lt;!-- i kode --&gt;" in html and "og tekst" in html
