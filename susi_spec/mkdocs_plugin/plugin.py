"""The `susi` MkDocs plugin: a thin adapter from the generated site to MkDocs.

Everything the site says is made in `susi_spec.render` (`render.site.make_site`, which
`susi site` writes to a folder for other builders); this module only hands the pages,
downloads and figures to MkDocs, puts the generated specs into the navigation, logs
validator errors as warnings so that `mkdocs build --strict` fails on them (warnings and
notes, such as a local implementation due for review, which the site shows itself, are
logged as information), and watches `specs/` under `mkdocs serve`, which shows drafts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page as MkDocsPage

from susi_spec.mkdocs_plugin.config import SusiConfig
from susi_spec.problems import Severity
from susi_spec.render import Page, SiteOptions
from susi_spec.render.contact import missing_contact
from susi_spec.render.download_cache import DownloadCache
from susi_spec.render.site import make_site, page_meta, site_nav, with_catalog
from susi_spec.render.sources import Sources, load_sources

log = get_plugin_logger("susi")

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
        self.serving = False

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self.serving = command == "serve"

    def drafts(self) -> bool:
        """Whether drafts are published: as the option says, else only under `mkdocs serve`."""
        return self.serving if self.config.drafts is None else bool(self.config.drafts)

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
        log_sources(sources)
        options = SiteOptions(place_names=dict(self.config.place_names), drafts=self.drafts())
        cache = DownloadCache(self.project(config) / self.config.cache_dir)
        site = make_site(sources, options, cache if self.config.cache_dir else None)
        self.pages, self.blocks = {}, {}
        for page in site.pages:
            if files.get_file_from_path(page.src_uri) is not None:
                log.warning(f"{page.src_uri}: en håndskrevet side optager adressen; omdøb den.")
                continue
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            skeleton = self._stash(page)
            files.append(
                File.generated(config, page.src_uri, content=skeleton, inclusion=inclusion)
            )
            self.pages[page.src_uri] = page
        for download in site.downloads:
            if files.get_file_from_path(download.src_uri) is not None:
                log.warning(f"{download.src_uri}: en håndskrevet fil optager adressen; omdøb den.")
                continue
            files.append(DownloadFile.generated(config, download.src_uri, content=download.content))
        for site_path, path in site.assets:
            if files.get_file_from_path(site_path) is None:
                files.append(File.generated(config, site_path, abs_src_path=str(path)))
        if files.get_file_from_path(self.config.mermaid) is None:
            log.warning(f"{self.config.mermaid} findes ikke under {config.docs_dir}.")
        self.catalog = site.catalog
        hand_written = [
            f.src_uri
            for f in files.documentation_pages()
            if f.inclusion.is_in_nav()  # type: ignore[no-untyped-call]
        ]
        config.nav = site_nav(
            config.nav, hand_written, site, self.config.nav_section, self.config.place_names
        )
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: MkDocsPage, config: MkDocsConfig, files: Files
    ) -> str | None:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            page.meta.update(page_meta(generated, self.config.mermaid, self.config.search_archive))
            return markdown
        marker = self.config.catalog_marker
        placed = with_catalog(markdown, self.catalog, marker, page.is_homepage)
        if placed is None:
            return markdown
        page.meta["susi_catalog"] = True
        return placed

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


def log_sources(sources: Sources) -> None:
    """The check's problems in the build log: errors as warnings, so --strict fails."""
    for note in sources.notes:
        log.warning(note)
    for problem in sources.problems:
        if problem.severity is Severity.ERROR:
            log.warning(problem.format())
        else:
            log.info(problem.format())
