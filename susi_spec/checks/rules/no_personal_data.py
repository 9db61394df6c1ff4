"""Ingen personoplysninger: intet CPR-nummer, ingen e-mailadresse, intet telefonnummer.

Filerne udgives på sitet. Et CPR-nummer er seks cifre, der er en rigtig dato (DDMMÅÅ, med
århundredet fra det syvende ciffer), og fire cifre, med eller uden bindestreg; modulus
11-kontrollen tjekkes ikke, fordi CPR-numre siden 2007 ikke altid opfylder den. Et
telefonnummer er otte cifre efter +45 eller 0045, i par adskilt af mellemrum (`12 34 56 78`),
eller efter tlf., telefon eller mobil. Skriv en funktion (familiekoordinatoren) i stedet for
en person, og fjern numre og adresser; også kommentarer og brødtekst tjekkes.

Består:

```yaml
contributors:
  - name: Socialstyrelsen
    role: owner
```

Fejler:

```yaml
contributors:
  - name: Socialstyrelsen, kontakt anne.hansen@example.dk
    role: owner
```
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from susi_spec.checks.rules.base import Context, Finding, Rule
from susi_spec.checks.rules.doc import rule_doc
from susi_spec.problems import Span, Text

_CPR = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})-?(\d)\d{3}(?![\d-])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_PHONE = re.compile(
    r"(?:\+45|\b0045)[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}(?!\d)"
    r"|(?<![\d,.])[2-9]\d(?: \d{2}){3}(?![\d,])"
    r"|\b(?:tlf|telefon|mobil|mob)\b\.?:?[ ]?(?:nr\.?[ ]?)?\d{8}(?!\d)",
    re.IGNORECASE,
)
_KINDS = {
    "cpr": ("et CPR-nummer", "a CPR number"),
    "email": ("en e-mailadresse", "an e-mail address"),
    "phone": ("et telefonnummer", "a phone number"),
}


@dataclass(frozen=True)
class Hit:
    """Personal data found: what kind, where (1-based line and column) and the text."""

    kind: str
    line: int
    column: int
    text: str

    def what(self) -> tuple[str, str]:
        return _KINDS[self.kind]


def is_cpr_date(day: int, month: int, year: int, seventh: int) -> bool:
    """Whether DDMMYY is a real date with the century the CPR serial's first digit gives."""
    if seventh <= 3:
        century = 1900
    elif seventh in (4, 9):
        century = 2000 if year <= 36 else 1900
    else:
        century = 2000 if year <= 57 else 1800
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= calendar.monthrange(century + year, month)[1]


def find_personal_data(text: str) -> Iterator[Hit]:
    """Every CPR number, e-mail address and phone number in `text`, in order."""
    for line_number, line in enumerate(text.split("\n"), 1):
        if not any(c.isdigit() or c == "@" for c in line):
            continue  # most lines: nothing to look for
        hits = []
        for found in _CPR.finditer(line):
            day, month, year, seventh = (int(found.group(i)) for i in range(1, 5))
            if is_cpr_date(day, month, year, seventh):
                hits.append(Hit("cpr", line_number, found.start() + 1, found.group()))
        hits += [Hit("email", line_number, m.start() + 1, m.group()) for m in _EMAIL.finditer(line)]
        hits += [Hit("phone", line_number, m.start() + 1, m.group()) for m in _PHONE.finditer(line)]
        yield from sorted(hits, key=lambda hit: hit.column)


def hidden(text: str) -> str:
    """What a message may show of personal data: its first characters, the rest hidden."""
    return text[:3] + "…"


def check(ctx: Context) -> Iterator[Finding]:
    for hit in find_personal_data(ctx.document.text):
        da, en = hit.what()
        yield Finding(
            Span(hit.line, hit.column),
            Text(
                f"Her står {da} ('{hidden(hit.text)}'). Filen udgives: fjern det, og skriv en "
                "funktion (fx familiekoordinatoren) i stedet for en person.",
                f"This is {en} ('{hidden(hit.text)}'). The file is published: remove it, and "
                "write a role (e.g. the family coordinator) instead of a person.",
            ),
        )


EN = """No personal data: no CPR number, e-mail address or phone number.

The files are published on the site. A CPR number is six digits that are a real date
(DDMMYY, with the century from the seventh digit) and four digits, with or without a
hyphen; the modulus 11 check is not made, because CPR numbers since 2007 do not always
pass it. A phone number is eight digits after +45 or 0045, in pairs separated by spaces
(`12 34 56 78`), or after tlf., telefon or mobil. Write a role (the family coordinator)
instead of a person, and remove numbers and addresses; comments and body text are checked
too.
"""

RULE = Rule("SP601", "no-personal-data", rule_doc(__doc__, EN), check, applies_to="any")
