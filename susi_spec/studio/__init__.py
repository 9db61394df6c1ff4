"""`susi studio`: write, check, save, commit and release a description in the browser."""
