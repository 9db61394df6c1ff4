"""The `susi` plugin's options in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


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
          cache_dir: .cache/susi      # spreadsheets of earlier builds, by content; "" for none
    ```
    """

    specs_dir = c.Type(str, default="specs")
    nav_section = c.Type(str, default="Indsatser")
    catalog_marker = c.Type(str, default="<!-- susi:catalog -->")
    mermaid = c.Type(str, default="assets/vendor/mermaid-11.17.2.min.js")
    place_names = c.Type(dict, default={})
    check = c.Type(bool, default=True)
    search_archive = c.Type(bool, default=False)
    cache_dir = c.Type(str, default=".cache/susi")  # relative to mkdocs.yml
