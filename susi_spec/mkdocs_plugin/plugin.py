"""The `susi` MkDocs plugin: a thin adapter from spec records to generated pages.

Everything a page says is made in `susi_spec.render`; this module only hands the pages to
MkDocs, lists the current versions in the navigation (archived versions and changes pages
are reached from each spec's page), logs validator errors as warnings so that
`mkdocs build --strict` fails on them (warnings and notes, such as a local implementation
due for review, which the site shows itself, are logged as information), and watches
`specs/` under `mkdocs serve`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkDocsPage

from susi_spec.mkdocs_plugin.config import SusiConfig
from susi_spec.problems import Severity
from susi_spec.render import (
    Page,
    SiteOptions,
    SpecRecord,
    render_catalog,
    render_downloads,
    render_pages,
)
from susi_spec.render.addresses import local_address, source_uri, spec_address
from susi_spec.render.contact import missing_contact
from susi_spec.render.download_cache import DownloadCache
from susi_spec.render.html import esc
from susi_spec.render.site_terms import TYPE_GROUPS, place_name
from susi_spec.render.sources import load_sources

log = get_plugin_logger("susi")

NavItem = str | dict[str, Any]
_PLACEHOLDER = re.compile(r"<p>SUSIBLOCK(\d+)</p>")


class DownloadFile(File):
    """A file offered for download, copied as it is: even `tidier.md` is never a page."""

    def is_documentation_page(self) -> bool:
        return False


class SusiPlugin(BasePlugin[SusiConfig]):  # type: ignore[no-untyped-call]
    """Generate the catalog, spec, version and changes pages from `specs/`."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.blocks: dict[str, list[str]] = {}  # src_uri -> the page's HTML blocks
        self.catalog = ""

    def project(self, config: MkDocsConfig) -> Path:
        """The folder holding mkdocs.yml, which the plugin's paths are relative to."""
        return Path(config.config_file_path).parent

    def specs_path(self, config: MkDocsConfig) -> Path:
        return self.project(config) / self.config.specs_dir

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        if not config.use_directory_urls:
            log.warning("use_directory_urls skal være true; ellers flytter adresserne.")
        for warning in missing_contact(config.extra):
            log.warning(warning)
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files | None:
        sources = load_sources(self.specs_path(config), check=self.config.check)
        for note in sources.notes:
            log.warning(note)
        for problem in sources.problems:
            if problem.severity is Severity.ERROR:
                log.warning(problem.format())
            else:
                log.info(problem.format())
        options = SiteOptions(place_names=dict(self.config.place_names))
        self.pages, self.blocks = {}, {}
        for page in render_pages(sources.records, options):
            if files.get_file_from_path(page.src_uri) is not None:
                log.warning(f"{page.src_uri}: en håndskrevet side optager adressen; omdøb den.")
                continue
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            skeleton = self._stash(page)
            files.append(
                File.generated(config, page.src_uri, content=skeleton, inclusion=inclusion)
            )
            self.pages[page.src_uri] = page
        cache = DownloadCache(self.project(config) / self.config.cache_dir)
        for record in sources.records:
            for download in render_downloads(record, cache if self.config.cache_dir else None):
                if files.get_file_from_path(download.src_uri) is not None:
                    log.warning(
                        f"{download.src_uri}: en håndskrevet fil optager adressen; omdøb den."
                    )
                    continue
                files.append(
                    DownloadFile.generated(config, download.src_uri, content=download.content)
                )
        for site_path, path in sources.assets:
            if files.get_file_from_path(site_path) is None:
                files.append(File.generated(config, site_path, abs_src_path=str(path)))
        if files.get_file_from_path(self.config.mermaid) is None:
            log.warning(f"{self.config.mermaid} findes ikke under {config.docs_dir}.")
        self.catalog = render_catalog(sources.records, options)
        config.nav = self._nav(config.nav, files, sources.records)
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str | None:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            # Only small facts go into page meta; the spec itself stays out (build cost).
            page.meta["title"] = esc(generated.title)
            page.meta["susi_kind"] = generated.kind
            if generated.mermaid:
                page.meta["susi_mermaid"] = self.config.mermaid
            # Search finds current versions, and the rules page, which is not in the nav.
            archived = not generated.in_nav and generated.kind != "rules"
            if archived and not self.config.search_archive:
                page.meta["search"] = {"exclude": True}
            return markdown
        marker = self.config.catalog_marker
        if marker in markdown or (page.is_homepage and self.catalog):
            page.meta["susi_catalog"] = True
            if marker not in markdown:
                return f"{markdown}\n\n{self.catalog}\n"
            return markdown.replace(marker, f"\n\n{self.catalog}\n\n", 1)
        return markdown

    def on_page_content(
        self, html: str, /, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str | None:
        blocks = self.blocks.get(page.file.src_uri)
        if blocks is None:
            return html
        return _PLACEHOLDER.sub(lambda match: blocks[int(match.group(1))], html)

    def _stash(self, page: Page) -> str:
        """The page's Markdown for MkDocs: its headings, and a placeholder per HTML block.

        Our blocks are finished, escaped HTML; Python-Markdown (and MkDocs' anchor scan)
        would only parse them again, which was most of the build time of a large site.
        """
        blocks: list[str] = []
        lines = []
        for part in page.parts:
            if part.startswith("#"):
                lines.append(part)
            else:
                lines.append(f"SUSIBLOCK{len(blocks)}")
                blocks.append(part)
        self.blocks[page.src_uri] = blocks
        return "\n\n".join(lines) + "\n"

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        specs = self.specs_path(config)
        if specs.is_dir():
            server.watch(str(specs))
        return server

    def _spec_entry(self, record: SpecRecord) -> NavItem:
        """A spec in the navigation; with local implementations, a section of its pages.

        The section opens with the spec's own page as "Den fælles model", then a page per
        place. (Material's `navigation.indexes` cannot make the spec page the section's own
        link: every generated page is an index.md, so every group would take one.)
        """
        page = source_uri(spec_address(record.spec_id))
        title = esc(record.current.spec.title)
        if not record.locals:
            return {title: page}
        places: list[NavItem] = [
            {
                esc(place_name(local.place, self.config.place_names)): source_uri(
                    local_address(record.spec_id, local.place)
                )
            }
            for local in record.locals
        ]
        return {title: [{"Den fælles model": page}, *places]}

    def _nav(
        self, nav: list[NavItem] | None, files: Files, records: list[SpecRecord]
    ) -> list[NavItem]:
        """The configured nav with the current spec pages added, grouped by intervention type."""
        groups: dict[str, list[NavItem]] = {}
        for record in sorted(records, key=lambda r: r.current.spec.title.casefold()):
            if record.current.spec.id and f"{record.spec_id}/index.md" in self.pages:
                kind = record.current.spec.intervention_type or ""
                groups.setdefault(kind, []).append(self._spec_entry(record))
        section: list[NavItem] = [
            {TYPE_GROUPS[kind]: groups[kind]} for kind in TYPE_GROUPS if kind in groups
        ]
        if nav is None:
            nav = [
                f.src_uri
                for f in files.documentation_pages()
                if f.src_uri not in self.pages and f.inclusion.is_in_nav()  # type: ignore[no-untyped-call]
            ]
        result: list[NavItem] = []
        placed = False
        for item in nav:
            if isinstance(item, dict) and self.config.nav_section in item and not placed:
                children = item[self.config.nav_section]
                children = children if isinstance(children, list) else [children]
                result.append({self.config.nav_section: [*children, *section]})
                placed = True
            else:
                result.append(item)
        if not placed and section:
            result.append({self.config.nav_section: section})
        return result
