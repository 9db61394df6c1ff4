"""Denmark's 98 municipalities by name and municipality code, and the ids they are written as.

A place in a local implementation (`place: ishoej`) is a municipality's id: its name in
lowercase with æ→ae, ø→oe, å→aa and hyphens, so `susi new --place Ishøj` and `--place
ishoej` name the same place and the site can show its real name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from susi_spec.model.suggestions import closest
from susi_spec.problems import Text


@dataclass(frozen=True)
class Municipality:
    """A municipality: its code (Danmarks Statistik's kommunekode), name and id."""

    code: int
    name: str

    @property
    def id(self) -> str:
        return place_id(self.name)


# Kommunekoder as Danmarks Statistik and DAWA publish them (public facts).
_MUNICIPALITIES: tuple[tuple[int, str], ...] = (
    (101, "København"),
    (147, "Frederiksberg"),
    (151, "Ballerup"),
    (153, "Brøndby"),
    (155, "Dragør"),
    (157, "Gentofte"),
    (159, "Gladsaxe"),
    (161, "Glostrup"),
    (163, "Herlev"),
    (165, "Albertslund"),
    (167, "Hvidovre"),
    (169, "Høje-Taastrup"),
    (173, "Lyngby-Taarbæk"),
    (175, "Rødovre"),
    (183, "Ishøj"),
    (185, "Tårnby"),
    (187, "Vallensbæk"),
    (190, "Furesø"),
    (201, "Allerød"),
    (210, "Fredensborg"),
    (217, "Helsingør"),
    (219, "Hillerød"),
    (223, "Hørsholm"),
    (230, "Rudersdal"),
    (240, "Egedal"),
    (250, "Frederikssund"),
    (253, "Greve"),
    (259, "Køge"),
    (260, "Halsnæs"),
    (265, "Roskilde"),
    (269, "Solrød"),
    (270, "Gribskov"),
    (306, "Odsherred"),
    (316, "Holbæk"),
    (320, "Faxe"),
    (326, "Kalundborg"),
    (329, "Ringsted"),
    (330, "Slagelse"),
    (336, "Stevns"),
    (340, "Sorø"),
    (350, "Lejre"),
    (360, "Lolland"),
    (370, "Næstved"),
    (376, "Guldborgsund"),
    (390, "Vordingborg"),
    (400, "Bornholm"),
    (410, "Middelfart"),
    (420, "Assens"),
    (430, "Faaborg-Midtfyn"),
    (440, "Kerteminde"),
    (450, "Nyborg"),
    (461, "Odense"),
    (479, "Svendborg"),
    (480, "Nordfyns"),
    (482, "Langeland"),
    (492, "Ærø"),
    (510, "Haderslev"),
    (530, "Billund"),
    (540, "Sønderborg"),
    (550, "Tønder"),
    (561, "Esbjerg"),
    (563, "Fanø"),
    (573, "Varde"),
    (575, "Vejen"),
    (580, "Aabenraa"),
    (607, "Fredericia"),
    (615, "Horsens"),
    (621, "Kolding"),
    (630, "Vejle"),
    (657, "Herning"),
    (661, "Holstebro"),
    (665, "Lemvig"),
    (671, "Struer"),
    (706, "Syddjurs"),
    (707, "Norddjurs"),
    (710, "Favrskov"),
    (727, "Odder"),
    (730, "Randers"),
    (740, "Silkeborg"),
    (741, "Samsø"),
    (746, "Skanderborg"),
    (751, "Aarhus"),
    (756, "Ikast-Brande"),
    (760, "Ringkøbing-Skjern"),
    (766, "Hedensted"),
    (773, "Morsø"),
    (779, "Skive"),
    (787, "Thisted"),
    (791, "Viborg"),
    (810, "Brønderslev"),
    (813, "Frederikshavn"),
    (820, "Vesthimmerlands"),
    (825, "Læsø"),
    (840, "Rebild"),
    (846, "Mariagerfjord"),
    (849, "Jammerbugt"),
    (851, "Aalborg"),
    (860, "Hjørring"),
)

_LETTERS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def place_id(text: str) -> str:
    """`Høje-Taastrup` → `hoeje-taastrup`: lowercase, æ→ae, ø→oe, å→aa, other marks dropped,
    anything else between words a hyphen."""
    plain = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


MUNICIPALITIES: tuple[Municipality, ...] = tuple(Municipality(c, n) for c, n in _MUNICIPALITIES)
BY_ID: dict[str, Municipality] = {m.id: m for m in MUNICIPALITIES}


def municipality(place: str) -> Municipality | None:
    """The municipality a place id or name stands for (`ishoej`, `Ishøj`, `Ishøj Kommune`)."""
    return BY_ID.get(place_id(place).removesuffix("-kommune"))


def unknown_place(place: str) -> Text:
    """What to do when `place` is no municipality's id: the closest names, and how a place
    that is not a municipality is written."""
    guess = closest(place, BY_ID)
    hint_da = f" Mente du '{guess}' ({BY_ID[guess].name})?" if guess else ""
    hint_en = f" Did you mean '{guess}' ({BY_ID[guess].name})?" if guess else ""
    return Text(
        f"'{place}' er ikke en af de 98 kommuner.{hint_da} En kommune skrives med sit id, fx "
        "'ishoej' for Ishøj (susi new ID --place Ishøj giver det). Er stedet ikke en kommune, "
        "men fx en privat leverandør eller en region, så skriv dens navn under 'provider:'.",
        f"'{place}' is not one of the 98 municipalities.{hint_en} A municipality is written as "
        "its id, e.g. 'ishoej' for Ishøj (susi new ID --place Ishøj gives it). If the place is "
        "not a municipality but, say, a private provider or a region, write its name under "
        "'provider:'.",
    )


def place_title(place: str, names: Mapping[str, str] | None = None) -> str:
    """A place id as a name: configured names first, then a municipality's real name
    (`hoeje-taastrup` → `Høje-Taastrup`), else the id capitalised (`kofoed` → `Kofoed`)."""
    if names and place in names:
        return names[place]
    known = municipality(place)
    return known.name if known else "-".join(part.capitalize() for part in place.split("-"))
