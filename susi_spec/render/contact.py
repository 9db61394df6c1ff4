"""Who publishes the site and how to reach them: the footer's facts, from mkdocs.yml `extra:`.

A Danish public body's website names its publisher with a telephone and a written contact and
links its accessibility statement (tilgængelighedserklæring) from every page (the web
accessibility act); the footer (site/overrides/partials/footer.html) shows them, and the build
warns about each one that is not set.
"""

from __future__ import annotations

from collections.abc import Mapping

# Key under `extra:` → what it is, for the build's warning.
CONTACT_KEYS = {
    "publisher": "udgiveren, fx Socialstyrelsen",
    "phone": "udgiverens telefonnummer",
    "contact": "en skriftlig kontakt: en e-mailadresse eller adressen på en kontaktformular",
    "accessibility_statement": "adressen på tilgængelighedserklæringen (lavet i WAS-Tool)",
}


def missing_contact(extra: Mapping[str, object]) -> list[str]:
    """A warning for each footer fact that mkdocs.yml's `extra:` does not set."""
    return [
        f"mkdocs.yml: extra.{key} mangler: sidefoden skal vise {what}; sæt {key}: under extra:."
        for key, what in CONTACT_KEYS.items()
        if not str(extra.get(key) or "").strip()
    ]
