"""`susi site`: the whole site as a folder of Markdown pages and files that any builder
reading `mkdocs.yml` can build (MkDocs without our plugin, Zensical).

The folder holds `mkdocs.yml` (the project's, with `docs_dir: docs`, the navigation written
out and the `susi` plugin taken off) and `docs/`: the project's own pages with the catalog
in place, and every generated page, download and figure, made by the same
`render.site.make_site` as the plugin's. Each generated page carries its title, kind,
script and search setting as front matter, where the plugin sets them as page meta.

`offline`: a folder whose build opens from disk (file://): every page is a file
(`use_directory_urls: false`), each link of ours names the page's file, and Material's
`offline` plugin makes search work without a server. The pages keep their places
(`<id>/index.html`); only the hand-written pages other than index.md move
(`om/adresser.html`), so it is for reading from disk, not for publishing.
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from susi_spec.errors import SusiError
from susi_spec.files import NEW_FOLDER_PREFIX, write_lock
from susi_spec.problems import Problem, Text
from susi_spec.render.download_cache import DownloadCache
from susi_spec.render.model import SiteOptions
from susi_spec.render.site import make_site, page_meta, site_nav, with_catalog
from susi_spec.render.sources import load_sources

MARK = ".susi-site"  # in every folder `susi site` wrote: only such a folder is replaced
DOCS = "docs"
FILES = "files"  # downloads a builder would make pages of (.md): copy them into SITE_DIR
SITE_DIR = "public"
# Material's offline search runs its worker in an iframe through this shim, which the plugin
# would load from a CDN unless a polyfill names it. Vendored so that no page asks one:
# `npm pack iframe-worker@1.0.4`, shim/index.js, sha256 e8e412dbcfea9b7e31b5ffa288d7b603
# 5915e714c542f4176a0cdbe262fc9609 (MIT, the LICENSE is beside it), under docs_dir.
IFRAME_WORKER = "assets/vendor/iframe-worker-1.0.4-shim.js"
PLUGIN = "susi"
DEFAULTS: dict[str, Any] = {  # the plugin's options in mkdocs.yml (mkdocs_plugin/config.py)
    "specs_dir": "specs",
    "nav_section": "Indsatser",
    "catalog_marker": "<!-- susi:catalog -->",
    "mermaid": "assets/vendor/mermaid-11.17.2.min.js",
    "place_names": {},
    "check": True,
    "search_archive": False,
    "cache_dir": ".cache/susi",
}


@dataclass
class Written:
    """What `write_site_folder` wrote and what the check said on the way."""

    folder: Path
    pages: int = 0
    files: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class Tagged:
    """A YAML value under a tag we do not interpret (`!ENV`, `!!python/name:...`): kept as
    written, so the builder that reads the copied `mkdocs.yml` resolves it."""

    def __init__(self, tag: str, value: Any) -> None:
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _tagged(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Tagged:
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        return Tagged(tag, loader.construct_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    assert isinstance(node, yaml.MappingNode)
    return Tagged(tag, loader.construct_mapping(node, deep=True))


def _represent(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, str(data.value))


_Loader.add_multi_constructor("!", _tagged)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _tagged)
_Dumper.add_representer(Tagged, _represent)


def read_config(path: Path) -> dict[str, Any]:
    """mkdocs.yml as data, its tags kept; a clear error when it cannot be read."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except OSError as error:
        raise SusiError(
            Text(
                f"{path}: kan ikke læses ({error.strerror}).",
                f"{path}: cannot be read ({error.strerror}).",
            )
        ) from None
    except yaml.YAMLError as error:
        raise SusiError(
            Text(f"{path}: er ikke gyldig YAML ({error}).", f"{path}: is not valid YAML ({error}).")
        ) from None
    if not isinstance(data, dict):
        raise SusiError(
            Text(
                f"{path}: skal være en YAML-mapping som mkdocs.yml.",
                f"{path}: must be a YAML mapping, as mkdocs.yml is.",
            )
        )
    return data


def plugin_options(config: dict[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    """The `susi` plugin's options (with their defaults) and the other plugins."""
    plugins = config.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{name: value} if value else name for name, value in plugins.items()]
    options: dict[str, Any] | None = None
    others = []
    for item in plugins:
        name = item if isinstance(item, str) else next(iter(item), None)
        if name == PLUGIN:
            given = item.get(PLUGIN) if isinstance(item, dict) else None
            options = {**DEFAULTS, **(given or {})}
        else:
            others.append(item)
    if options is None:
        raise SusiError(
            Text(
                "mkdocs.yml nævner ikke pluginet susi under plugins:; tilføj '- susi'.",
                "mkdocs.yml does not name the susi plugin under plugins:; add '- susi'.",
            )
        )
    return options, others


def write_site_folder(
    config_file: Path, out: Path, *, drafts: bool = False, offline: bool = False
) -> Written:
    """Write the site of the project at `config_file` into the folder `out`, whole: built
    beside it and renamed into place, replacing only a folder this command wrote."""
    config = read_config(config_file)
    project = config_file.parent
    options, others = plugin_options(config)
    if out.exists() and not (out / MARK).is_file() and (not out.is_dir() or any(out.iterdir())):
        raise SusiError(
            Text(
                f"{out} findes og er ikke en mappe, susi site har skrevet; vælg en anden med -o.",
                f"{out} exists and is not a folder susi site wrote; choose another with -o.",
            )
        )
    docs_dir = project / str(config.get("docs_dir", "docs"))
    if not docs_dir.is_dir():
        raise SusiError(
            Text(
                f"{docs_dir}: docs_dir i {config_file.name} findes ikke.",
                f"{docs_dir}: the docs_dir of {config_file.name} does not exist.",
            )
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    with write_lock(out.parent, f".{out.name}.susi.lock"):
        building = Path(tempfile.mkdtemp(prefix=f"{NEW_FOLDER_PREFIX}{out.name}-", dir=out.parent))
        try:
            written = _build(config, project, docs_dir, options, others, building, drafts, offline)
            _swap(building, out)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
    written.folder = out
    return written


def _build(
    config: dict[str, Any],
    project: Path,
    docs_dir: Path,
    options: dict[str, Any],
    others: list[Any],
    folder: Path,
    drafts: bool,
    offline: bool,
) -> Written:
    sources = load_sources(project / str(options["specs_dir"]), check=bool(options["check"]))
    written = Written(folder, problems=sources.problems, notes=sources.notes)
    names = {str(k): str(v) for k, v in dict(options["place_names"]).items()}
    cache_dir = str(options["cache_dir"])
    cache = DownloadCache(project / cache_dir) if cache_dir else None
    site = make_site(sources, SiteOptions(place_names=names, drafts=drafts), cache)
    docs = folder / DOCS
    shutil.copytree(docs_dir, docs, symlinks=False)
    marker = str(options["catalog_marker"])
    hand_written = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    taken = set(hand_written)
    every = taken | {page.src_uri for page in site.pages}

    def links(markdown: str, uri: str) -> str:
        return _file_links(markdown, uri, every) if offline else markdown

    for uri in hand_written:
        path = docs / uri
        text = path.read_text(encoding="utf-8")
        placed = with_catalog(text, site.catalog, marker, uri in ("index.md", "README.md"))
        if placed is not None:
            placed = _with_meta(links(placed, uri), {"susi_catalog": True})
            path.write_text(placed, encoding="utf-8")
    for page in site.pages:
        if page.src_uri in taken:
            continue  # a hand-written page keeps its address, as in the plugin (which warns)
        meta = page_meta(page, str(options["mermaid"]), bool(options["search_archive"]))
        text = _with_meta(links(page.markdown, page.src_uri), meta)
        _write(docs / page.src_uri, text.encode("utf-8"))
        written.pages += 1
    for download in site.downloads:
        # A builder makes a page of every .md under docs/; such a download waits in files/
        # to be copied into the built site as it is (the plugin serves it as it is).
        page_like = download.src_uri.endswith(".md")
        _write((folder / FILES if page_like else docs) / download.src_uri, download.content)
        written.files += 1
    for site_path, source in site.assets:
        target = docs / site_path
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.files += 1
    in_nav = [uri for uri in hand_written if uri not in (p.src_uri for p in site.pages)]
    nav = site_nav(config.get("nav"), in_nav, site, str(options["nav_section"]), names)
    # Archived versions, changes and places are reached from each spec's page, as with the
    # plugin: listed as not in the nav, so that a builder does not report them.
    hidden = [f"/{p.src_uri}" for p in site.pages if not p.in_nav and p.src_uri not in taken]
    if offline:
        others = [*others, "offline"]  # Material's: search without a server
    config_text = _config_text(config, project, docs_dir, others, nav, hidden, offline)
    _write(folder / "mkdocs.yml", config_text)
    _write(folder / MARK, "Skrevet af susi site; erstattes af den næste.\n".encode())
    return written


def _config_text(
    config: dict[str, Any],
    project: Path,
    docs_dir: Path,
    others: list[Any],
    nav: list[Any],
    hidden: list[str],
    offline: bool,
) -> bytes:
    """The project's mkdocs.yml for the folder: its pages under docs/, output in public/."""
    copy = {**config, "docs_dir": DOCS, "site_dir": SITE_DIR, "nav": nav, "plugins": others}
    if offline:
        copy["use_directory_urls"] = False  # as the offline plugin sets it, said openly
        given = copy.get("extra")
        extra: dict[str, Any] = given if isinstance(given, dict) else {}
        polyfills = [*(extra.get("polyfills") or []), IFRAME_WORKER]
        copy["extra"] = {**extra, "polyfills": polyfills}
    if hidden:
        given = config.get("not_in_nav")
        lines = [given.rstrip("\n")] if isinstance(given, str) and given.strip() else []
        copy["not_in_nav"] = "\n".join([*lines, *hidden]) + "\n"
    theme = copy.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        custom = (project / theme["custom_dir"]).resolve()
        inside = custom.is_relative_to(docs_dir.resolve())
        place = Path(DOCS) / custom.relative_to(docs_dir.resolve()) if inside else custom
        copy["theme"] = {**theme, "custom_dir": place.as_posix()}
    header = "# Written by `susi site` from the project's mkdocs.yml; build it, do not edit it.\n"
    body = yaml.dump(copy, Dumper=_Dumper, allow_unicode=True, sort_keys=False)
    return (header + body).encode("utf-8")


_LINK = re.compile(r'(href|src)="([^"#:]*?/)(#[^"]*)?"')


def _file_links(markdown: str, uri: str, pages: set[str]) -> str:
    """Our links to a page's folder (`../v2/`, `./#hent`) as links to its file, which a
    browser opens from disk; links to anything else stay."""
    here = posixpath.dirname(uri)

    def to_file(match: re.Match[str]) -> str:
        name, path, fragment = match[1], match[2], match[3] or ""
        target = posixpath.normpath(posixpath.join(here, path))
        target = "" if target == "." else f"{target}/"
        if f"{target}index.md" in pages:
            path = f"{path}index.html"
        elif f"{target.rstrip('/')}.md" in pages:
            path = f"{path.rstrip('/')}.html"
        return f'{name}="{path}{fragment}"'

    return _LINK.sub(to_file, markdown)


def _with_meta(markdown: str, meta: dict[str, Any]) -> str:
    """The page with `meta` in its front matter (merged into one it has)."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            old = yaml.safe_load(markdown[4:end]) or {}
            if isinstance(old, dict):
                front = yaml.safe_dump({**old, **meta}, allow_unicode=True, sort_keys=False)
                return f"---\n{front}---\n{markdown[end + 5 :]}"
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{markdown}"


def _write(path: Path, data: bytes) -> None:
    """A file in the folder being built (whole files only: the folder is renamed at the end)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _swap(building: Path, out: Path) -> None:
    """Put the built folder at `out`; the old one (written by us) goes after it is in place."""
    os.chmod(building, 0o755)
    if not out.exists():
        os.rename(building, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f"{NEW_FOLDER_PREFIX}{out.name}-old-", dir=out.parent))
    os.rename(out, old / out.name)
    os.rename(building, out)
    shutil.rmtree(old, ignore_errors=True)
