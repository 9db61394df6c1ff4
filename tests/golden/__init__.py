"""Golden reports of the diff, and the script that writes them (regenerate.py)."""
