"""The twelve TIDieR items (Hoffmann et al., BMJ 2014): each item's name, the checklist's
question condensed, and the fields of ours it is read from (research/anchors-domain.md).
`tidier_md` lays them out; `tidier_read` reads what a spec says for each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from susi_spec.export.tidier_read import (
    Answer,
    brief_name,
    delivery,
    fidelity_actual,
    fidelity_planned,
    materials,
    modifications,
    procedures,
    providers,
    tailoring,
    why,
)
from susi_spec.export.words import Pair
from susi_spec.model import Spec


@dataclass(frozen=True)
class Item:
    name: Pair
    asks: Pair  # the checklist's question, condensed
    fields: str  # our fields it is read from
    read: Callable[[Spec, str], Answer]


# In the checklist's order: item N is ITEMS[N - 1].
ITEMS: tuple[Item, ...] = (
    Item(("Kort navn", "Brief name"),
         ("Navn eller udtryk, der beskriver indsatsen.",
          "Name or phrase that describes the intervention."),
         "title, summary", brief_name),
    Item(("Hvorfor", "Why"),
         ("Begrundelse, teori eller mål for indsatsens væsentlige elementer.",
          "Rationale, theory or goal of the elements essential to the intervention."),
         "core_elements.rationale, theory_of_change", why),
    Item(("Hvad: materialer", "What: materials"),
         ("Materialer til borgerne, til udførelsen og til oplæring, og hvor de kan hentes.",
          "Materials for participants, for delivery and for training, and where to get them."),
         "materials, core_elements.tools", materials),
    Item(("Hvad: fremgangsmåde", "What: procedures"),
         ("Hver procedure, aktivitet eller proces, også de understøttende.",
          "Each procedure, activity or process, including enabling activities."),
         "core_elements.what, core_elements.activities", procedures),
    Item(("Hvem leverer", "Who provided"),
         ("Fagpersonernes ekspertise, baggrund og den oplæring, de får.",
          "The providers' expertise, background and the training they get."),
         "competencies, costs.training", providers),
    Item(("Hvordan", "How"),
         ("Leveringsform, og om indsatsen gives til den enkelte eller i grupper.",
          "Mode of delivery, and whether it is given individually or in groups."),
         "delivery.mode", delivery("mode", ("leveringsform", "mode of delivery"))),
    Item(("Hvor", "Where"),
         ("Typen af sted, herunder nødvendig infrastruktur.",
          "The type of location, including necessary infrastructure."),
         "delivery.setting", delivery("setting", ("sted", "setting"))),
    Item(("Hvornår og hvor meget", "When and how much"),
         ("Antal gange, over hvilken periode, hyppighed, varighed og intensitet.",
          "Number of times, over what period, schedule, duration and intensity."),
         "delivery.dose", delivery("dose", ("omfang", "dose"))),
    Item(("Tilpasning", "Tailoring"),
         ("Hvad der må tilpasses, hvorfor, hvornår og hvordan.",
          "What may be tailored, why, when and how."),
         "core_elements.level, options, decision_rule, adaptable", tailoring),
    Item(("Ændringer", "Modifications"),
         ("Hvordan indsatsen er ændret undervejs: hvad, hvorfor, hvornår og hvordan.",
          "How the intervention was modified: what, why, when and how."),
         "changes", modifications),
    Item(("Hvor godt (planlagt)", "How well (planned)"),
         ("Hvordan troskab vurderes og af hvem, og hvad der holder den oppe.",
          "How fidelity is assessed and by whom, and how it is maintained."),
         "core_elements.fidelity, practice_profile, documentation.tools", fidelity_planned),
    Item(("Hvor godt (faktisk)", "How well (actual)"),
         ("I hvilket omfang indsatsen blev udført som planlagt.",
          "The extent to which the intervention was delivered as planned."),
         "local/<sted>/opfoelgning", fidelity_actual),
)  # fmt: skip
