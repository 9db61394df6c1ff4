"""The MkDocs plugin `susi`: generated pages for every spec, version and change."""
