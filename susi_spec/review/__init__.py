"""`susi review`: what a pull request changed in the specs, as one comment."""
