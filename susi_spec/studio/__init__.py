"""`susi studio`: a local web application that edits specs through the same stages as the CLI."""
