"""The `susi` command line: one module per command, one error boundary in main."""
