"""The `susi` plugin's options in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from susi_spec.render.site_folder import DEFAULTS


class SusiConfig(base.Config):  # type: ignore[no-untyped-call]
    """```yaml
    plugins:
      - susi:
          specs_dir: specs            # relative to mkdocs.yml
          nav_section: Indsatser      # the nav section the specs are listed under
          catalog_marker: "<!-- susi:catalog -->"   # where the catalog goes in index.md
          mermaid: assets/vendor/mermaid-11.17.2.min.js   # under docs_dir
          place_names: {kofoed: Kofoeds Skole}   # other than the 98 municipalities' names
          check: true                 # run the validator; problems become warnings
          search_archive: false       # also index archived versions and changes pages
          drafts: false               # publish the working copies, drafts too (default:
                                      # on under `mkdocs serve`, off for `mkdocs build`)
          cache_dir: .cache/susi      # spreadsheets of earlier builds, by content; "" for none
    ```
    """

    specs_dir = c.Type(str, default=DEFAULTS["specs_dir"])
    nav_section = c.Type(str, default=DEFAULTS["nav_section"])
    catalog_marker = c.Type(str, default=DEFAULTS["catalog_marker"])
    mermaid = c.Type(str, default=DEFAULTS["mermaid"])
    place_names = c.Type(dict, default=DEFAULTS["place_names"])
    check = c.Type(bool, default=DEFAULTS["check"])
    search_archive = c.Type(bool, default=DEFAULTS["search_archive"])
    cache_dir = c.Type(str, default=DEFAULTS["cache_dir"])  # relative to mkdocs.yml
    drafts = c.Optional(c.Type(bool))  # None: as the command (serve or build) says
