"""Turn what went wrong while reading a file into findings with plain Danish messages."""

from __future__ import annotations

from collections.abc import Iterator

from susi_spec.loading import codes
from susi_spec.loading.document import MAX_FILE_BYTES, Document, ReadIssue
from susi_spec.loading.yaml_issues import NO_SPACE
from susi_spec.loading.yamlload import YamlIssue
from susi_spec.problems import Finding, Span, Text, excerpt


def read_findings(document: Document) -> Iterator[Finding]:
    """Findings for the read issues and YAML issues of a document."""
    for issue in document.read_issues:
        yield _read_finding(issue)
    for yaml_issue, span in document.yaml_issues:
        yield _yaml_finding(yaml_issue, span)


def _read_finding(issue: ReadIssue) -> Finding:
    limit = MAX_FILE_BYTES // 1024
    table: dict[str, tuple[str, Text]] = {
        "too-large": (
            codes.TOO_LARGE.code,
            Text(
                f"Filen fylder {issue.detail} bytes; en indsatsbeskrivelse må højst fylde "
                f"{limit} KB. Del teksten op, eller læg store bilag under assets/.",
                f"The file is {issue.detail} bytes; a spec may be at most {limit} KB. Split "
                "the text, or put large attachments under assets/.",
            ),
        ),
        "binary": (
            codes.BINARY.code,
            Text(
                "Filen indeholder binære data (NUL-tegn) og er ikke en tekstfil. Læg billeder "
                "og andre bilag under assets/, og skriv beskrivelsen som Markdown.",
                "The file holds binary data (NUL bytes) and is not text. Put images and other "
                "attachments under assets/ and write the spec as Markdown.",
            ),
        ),
        "not-utf8": (
            codes.NOT_UTF8.code,
            Text(
                f"Filen er ikke gemt som UTF-8 (byte {issue.detail} her). Gem filen som UTF-8 "
                "i din editor (fx 'Gem som' > 'UTF-8'); æ, ø og å skal så skrives igen.",
                f"The file is not saved as UTF-8 (byte {issue.detail} here). Save it as UTF-8 "
                "in your editor; check æ, ø and å afterwards.",
            ),
        ),
        "other-encoding": (
            codes.NOT_UTF8.code,
            Text(
                f"Filen er gemt som {issue.detail}, ikke som UTF-8. Gem den som UTF-8 i din "
                "editor (fx 'Gem som' > Kodning 'UTF-8').",
                f"The file is saved as {issue.detail}, not as UTF-8. Save it as UTF-8 in your "
                "editor (e.g. 'Save as' > Encoding 'UTF-8').",
            ),
        ),
        "not-regular": (
            codes.UNREADABLE.code,
            Text(
                f"Stien er {_FILE_KIND_DA.get(issue.detail, 'ikke en almindelig fil')}, ikke en "
                "fil; susi læser kun almindelige filer. "
                + (
                    "Ret linket, eller slet det."
                    if "link" in issue.detail
                    else "Angiv selve filen (fx specs/<id>/index.md), eller fjern stien fra specs/."
                ),
                f"The path is {_FILE_KIND_EN.get(issue.detail, 'not a regular file')}, not a "
                "file; susi reads regular files only. "
                + (
                    "Fix the link, or delete it."
                    if "link" in issue.detail
                    else "Name the file itself (e.g. specs/<id>/index.md), or remove the path."
                ),
            ),
        ),
        "merge-conflict": (
            codes.MERGE_CONFLICT.code,
            Text(
                "Filen har en git-konflikt, der ikke er løst: fra linjen med <<<<<<< til linjen "
                "med >>>>>>> står to udgaver side om side. Behold den rigtige tekst, slet de tre "
                "markeringslinjer (<<<<<<<, =======, >>>>>>>), og kør 'git add' på filen.",
                "The file has an unresolved git conflict: from the line with <<<<<<< to the line "
                "with >>>>>>> two versions stand side by side. Keep the right text, delete the "
                "three marker lines (<<<<<<<, =======, >>>>>>>) and run 'git add' on the file.",
            ),
        ),
        "empty": (
            codes.EMPTY.code,
            Text(
                "Filen er tom. Begynd med front matter: en linje med ---, felterne schema, id, "
                "title, version og status, og en linje med --- igen (se 'susi new').",
                "The file is empty. Start with front matter: a line ---, the fields schema, "
                "id, title, version and status, and another line --- (see 'susi new').",
            ),
        ),
        "no-front-matter": (
            codes.NO_FRONT_MATTER.code,
            Text(
                "Filen begynder ikke med front matter. Første linje skal være ---, derefter "
                "felterne i YAML og en linje med --- før teksten.",
                "The file does not start with front matter. The first line must be ---, then "
                "the YAML fields and a line --- before the text.",
            ),
        ),
        "unclosed": (
            codes.UNCLOSED.code,
            Text(
                "Front matter bliver aldrig lukket. Tilføj en linje med --- efter det sidste "
                "felt og før teksten.",
                "The front matter is never closed. Add a line --- after the last field and "
                "before the text.",
            ),
        ),
        "not-mapping": (
            codes.NOT_MAPPING.code if issue.detail != "empty" else codes.EMPTY.code,
            Text(
                "Front matter skal være felter på formen 'nøgle: værdi' (fx 'title: ...'), "
                f"ikke {_kind_da(issue.detail)}.",
                "The front matter must be fields of the form 'key: value' (e.g. 'title: ...'), "
                f"not {_kind_en(issue.detail)}.",
            ),
        ),
        "unreadable": (
            codes.UNREADABLE.code,
            Text(
                f"Filen kan ikke læses ({issue.detail}). Tjek at den findes, og at du har adgang.",
                f"The file cannot be read ({issue.detail}). Check that it exists and that you "
                "may read it.",
            ),
        ),
    }
    code, text = table[issue.kind]
    return Finding(issue.span, text, code)


_FILE_KIND_DA = {
    "dangling-link": "et symbolsk link til noget, der ikke findes",
    "link-loop": "et symbolsk link, der peger i ring",
    "folder": "en mappe",
    "fifo": "en navngivet pipe (FIFO)",
    "device": "en enhed (device)",
    "socket": "en socket",
}
_FILE_KIND_EN = {
    "dangling-link": "a symbolic link to something that does not exist",
    "link-loop": "a symbolic link that loops",
    "folder": "a folder",
    "fifo": "a named pipe (FIFO)",
    "device": "a device",
    "socket": "a socket",
}


def _kind_da(kind: str) -> str:
    return {"list": "en liste", "empty": "tom"}.get(kind, "en enkelt værdi")


def _kind_en(kind: str) -> str:
    return {"list": "a list", "empty": "empty"}.get(kind, "a single value")


_SYNTAX_HINTS: tuple[tuple[str, Text], ...] = (
    (
        "mapping values are not allowed",
        Text(
            "Et kolon efterfulgt af mellemrum inde i en værdi. Sæt hele værdien i "
            'anførselstegn ("...").',
            'A colon followed by a space inside a value. Put the whole value in quotes ("...").',
        ),
    ),
    (
        "could not find expected ':'",
        Text(
            "Der mangler et kolon efter en nøgle, eller linjen er indrykket forkert.",
            "A key lacks its colon, or the line is indented wrongly.",
        ),
    ),
    (
        "while scanning a quoted scalar",
        Text(
            "Et anførselstegn bliver aldrig lukket. Afslut værdien med samme slags "
            "anførselstegn (\" eller '), som den begynder med.",
            "A quote is never closed. End the value with the same kind of quote "
            "(\" or ') it starts with.",
        ),
    ),
    (
        "did not find expected ','",
        Text(
            "En liste [...] eller et sæt {...} bliver ikke lukket, eller der mangler et komma "
            "mellem to værdier.",
            "A list [...] or a mapping {...} is never closed, or a comma between two values "
            "is missing.",
        ),
    ),
    (
        "did not find expected key",
        Text(
            "Indrykningen passer ikke, eller der står noget efter en værdi på linjen. Ret "
            "indrykningen, eller sæt hele værdien i anførselstegn.",
            "The indentation does not fit, or something follows a value on the line. Fix the "
            "indentation, or put the whole value in quotes.",
        ),
    ),
    (
        "found undefined alias",
        Text(
            "Et alias (*navn) henviser til et anker (&navn), der ikke findes.",
            "An alias (*name) refers to an anchor (&name) that does not exist.",
        ),
    ),
    (
        "expected <block end>",
        Text(
            "Indrykningen passer ikke: linjen står hverken under sin overordnede nøgle eller "
            "på linje med sine søskende.",
            "The indentation does not fit: the line is neither under its parent key nor in "
            "line with its siblings.",
        ),
    ),
    (
        "did not find expected '-' indicator",
        Text(
            "Indrykningen passer ikke i en liste: hvert punkt begynder med '- ' og står på "
            "linje med de andre punkter, og en nøgle i et punkt står under den første.",
            "The indentation does not fit in a list: every item starts with '- ' in line with "
            "the other items, and a key in an item stands under the item's first key.",
        ),
    ),
    (
        "found character that cannot start any token",
        Text(
            "En værdi begynder med et tegn, som YAML ikke tillader først (fx @, ` eller %). "
            'Sæt hele værdien i anførselstegn ("...").',
            "A value starts with a character YAML does not allow first (e.g. @, ` or %). Put "
            'the whole value in quotes ("...").',
        ),
    ),
    (
        "found duplicate anchor",
        Text("Samme anker (&navn) er brugt to gange.", "The same anchor (&name) is used twice."),
    ),
)


def _yaml_finding(issue: YamlIssue, span: Span) -> Finding:
    if issue.kind == "duplicate-key":
        key = excerpt(issue.detail)
        return Finding(
            span,
            Text(
                f"Nøglen '{key}' står to gange. Slet den ene, eller slå dem sammen.",
                f"The key '{key}' appears twice. Delete one, or merge them.",
            ),
            codes.DUPLICATE_KEY.code,
        )
    if issue.kind == "too-complex" and issue.detail == "depth":
        return Finding(
            span,
            Text(
                "YAML'en er indrykket for dybt (lister i lister i lister ...). Skriv værdierne "
                "fladere, som formatet beskriver dem.",
                "The YAML is nested too deep (lists in lists in lists ...). Write the values "
                "flatter, as the format describes them.",
            ),
            codes.TOO_COMPLEX.code,
        )
    if issue.kind == "too-complex":
        return Finding(
            span,
            Text(
                "YAML'en udvider sig for meget (aliasser, der henviser til aliasser, eller "
                "meget dyb indrykning). Skriv værdierne ud uden & og *.",
                "The YAML expands too much (aliases of aliases, or very deep nesting). "
                "Write the values out without & and *.",
            ),
            codes.TOO_COMPLEX.code,
        )
    if issue.kind == "invisible-break":
        return Finding(
            span,
            Text(
                f"Her står et usynligt linjeskift, {issue.detail}, som din editor ikke viser, "
                "men som YAML læser som en ny linje. Slet tegnet (det kommer ofte med, når "
                "tekst kopieres fra Word eller en PDF), og skriv et mellemrum i stedet.",
                f"An invisible line break, {issue.detail}, stands here: your editor does not "
                "show it, but YAML reads it as a new line. Delete it (it often comes along "
                "when text is copied from Word or a PDF) and type a space instead.",
            ),
            codes.INVISIBLE_BREAK.code,
        )
    if issue.kind == "number":
        shown = excerpt(issue.detail)
        return Finding(
            span,
            Text(
                f"Tallet {shown} er skrevet, så YAML kan læse det som et andet tal (fx 010 som "
                "ti og 0x10 som seksten). Skriv tallet med almindelige cifre uden foranstillede "
                "nuller eller fortegn, eller sæt det i anførselstegn, hvis det er tekst.",
                f"The number {shown} is written so that YAML may read another number (010 as "
                "ten, 0x10 as sixteen). Write it in plain digits without leading zeros or sign, "
                "or quote it if it is text.",
            ),
            codes.WRONG_TYPE.code,
        )
    if issue.kind == "tag":
        tag = excerpt(issue.detail.replace("tag:yaml.org,2002:", "!!", 1))  # as written
        return Finding(
            span,
            Text(
                f"YAML-tagget {tag} bruges ikke i indsatsbeskrivelser. Fjern det, og "
                "skriv værdien som almindelig tekst.",
                f"The YAML tag {tag} is not used in specs. Remove it and write the "
                "value as plain text.",
            ),
            codes.YAML_TAG.code,
        )
    if issue.detail == "tab":
        text = Text(
            "Tabulator (TAB) i YAML. Brug mellemrum til indrykning; slå evt. 'indsæt "
            "mellemrum for tabulator' til i din editor.",
            "A tab character in YAML. Indent with spaces; set your editor to insert spaces.",
        )
        return Finding(span, text, codes.YAML_SYNTAX.code)
    if issue.detail.startswith(NO_SPACE):
        glued = excerpt(issue.detail.removeprefix(NO_SPACE))
        key, _, value = glued.partition(":")
        text = Text(
            f"Der mangler et mellemrum efter kolonet i '{glued}': skriv '{key}: {value}'. "
            "Uden mellemrummet læser YAML det hele som én tekst, ikke som nøgle og værdi.",
            f"The colon in '{glued}' lacks the space after it: write '{key}: {value}'. "
            "Without the space YAML reads it all as one text, not as a key and a value.",
        )
        return Finding(span, text, codes.YAML_SYNTAX.code)
    for needle, hint in _SYNTAX_HINTS:
        if needle in issue.detail:
            return Finding(span, hint, codes.YAML_SYNTAX.code)
    return Finding(
        span,
        Text(
            # libyaml's own words are English: the Danish message does without them.
            "YAML kan ikke læse linjen. Se efter indrykning, kolon og anførselstegn på "
            "linjen eller linjen før.",
            f"YAML error ({issue.detail}). Check indentation, colons and quotes on this line "
            "or the line before.",
        ),
        codes.YAML_SYNTAX.code,
    )
