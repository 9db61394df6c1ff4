"""Reflection questions for implementation, condensed from Socialstyrelsen's "Ramme for
implementering" (2019, seed 001): the four levels with their factors, the process questions
to settle before starting, and the implementation questions per level. Our own wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from susi_spec.export.words import Pair


@dataclass(frozen=True)
class Level:
    """One implementation level: what it covers, its factors and its questions."""

    key: str  # the `implementation` field it pairs with
    about: Pair
    factors: Pair
    questions: tuple[Pair, ...]


PROCESS: tuple[Pair, ...] = (
    ("Hvilket behov skal indsatsen dække, og hvad er implementeringens problemformulering?",
     "What need should the intervention meet, and what problem does the implementation address?"),
    ("Hvilke faglige, organisatoriske, borgerrettede og samfundsmæssige gevinster skal "
     "implementeringen give?",
     "Which professional, organisational, citizen and societal gains should it bring?"),
    ("Kan der findes nok borgere i målgruppen, og hvordan inddrages borgerne?",
     "Can enough citizens in the target group be found, and how are citizens involved?"),
    ("Hvad er forandringsteorien for implementeringen, og hvordan styrer den evaluering, "
     "monitorering, kommunikation og opfølgning på troskab?",
     "What is the theory of change of the implementation, and how does it guide evaluation, "
     "monitoring, communication and follow-up on fidelity?"),
    ("Er der et implementeringsteam med ansvar for at følge og støtte processen?",
     "Is there an implementation team responsible for following and supporting the process?"),
    ("Er der lavet en parathedsanalyse ud fra forandringsteorien og de fire niveauer, og hvad "
     "betyder dens konklusion for det videre arbejde?",
     "Has a readiness analysis been made from the theory of change and the four levels, and "
     "what does its conclusion mean for the work ahead?"),
    ("Er der en implementeringsplan, der sikrer fremdrift og samarbejdet med Socialstyrelsen?",
     "Is there an implementation plan that keeps progress and the work with the national board?"),
    ("Kan kommunerne arbejde i netværk, så mere viden kommer i spil?",
     "Can municipalities work in networks so that more knowledge is brought in?"),
)  # fmt: skip

LEVELS: tuple[Level, ...] = (
    Level(
        "individual",
        ("Fagpersonerne er ofte selve indsatsen: de skal handle anderledes, før borgerne får "
         "det bedre.",
         "The professionals are often the intervention itself: they must act differently "
         "before citizens are better off."),
        ("Kompetencer, motivation og sagsstamme.", "Competencies, motivation and caseload."),
        (
            ("Hvor er det største behov for kompetencer lige nu?",
             "Where is the greatest need for competencies right now?"),
            ("Hvilken faglig baggrund, erfaring eller efteruddannelse skal medarbejderne have, "
             "og hvordan vælges de?",
             "What professional background, experience or further training should staff have, "
             "and how are they chosen?"),
            ("Afhænger indsatsen af særlig erfaring eller personlige kompetencer, og står det "
             "i beskrivelsen?",
             "Does the intervention depend on particular experience or personal competencies, "
             "and does the description say so?"),
            ("Hvordan støttes kompetenceudviklingen, og hvordan bliver læringen en del af "
             "driften?",
             "How is competence development supported, and how does learning become part of "
             "everyday operation?"),
            ("Hvilken oplæring får nye medarbejdere?", "What training do new staff get?"),
            ("Er medarbejderne motiverede, og giver sagsstammen plads til at bruge det lærte?",
             "Are staff motivated, and does the caseload leave room to use what they learnt?"),
        ),
    ),
    Level(
        "interpersonal",
        ("De uformelle strukturer: vaner, normer, værdier og faglige paradigmer, der fremmer "
         "eller hæmmer indsatsen.",
         "The informal structures: habits, norms, values and professional paradigms that help "
         "or hinder the intervention."),
        ("Samarbejde og kommunikation, kultur, værdier og normer.",
         "Collaboration and communication, culture, values and norms."),
        (
            ("Er der en tydelig grund til at gå i gang, som medarbejderne kan se?",
             "Is there a clear reason to start that staff can see?"),
            ("Tror medarbejderne på indsatsen, dens forandringsteori og dens værdier?",
             "Do staff believe in the intervention, its theory of change and its values?"),
            ("Hvordan skabes ejerskab uden at svække troskaben over for modellen?",
             "How is ownership created without weakening fidelity to the model?"),
            ("Hvad kan de involverede miste og vinde, og hvad kan de bidrage med?",
             "What can those involved lose and gain, and what can they contribute?"),
            ("Hvordan inddrages medarbejderne konkret i implementeringen?",
             "How exactly are staff involved in the implementation?"),
            ("Hvilke rutiner skal læres, og hvilke skal aflæres?",
             "Which routines must be learnt, and which unlearnt?"),
            ("Hvordan tilrettelægges sidemandsoplæring med klare roller for coach og "
             "medarbejder?",
             "How is peer training organised, with clear roles for coach and staff member?"),
        ),
    ),
    Level(
        "institutional",
        ("De formelle rammer i kommunen eller tilbuddet: ledelse, organisering og "
         "beslutningsveje.",
         "The formal frame in the municipality or service: management, organisation and "
         "decision paths."),
        ("Ledelse på strategisk, taktisk og operationelt niveau, organisationsstruktur og "
         "-størrelse, centralisering, formaliseringsgrad og incitamenter.",
         "Strategic, tactical and operational management, structure and size of the "
         "organisation, centralisation, formalisation and incentives."),
        (
            ("Har ledelsen skabt et tydeligt incitament, og er der opbakning på strategisk, "
             "taktisk og operationelt niveau?",
             "Has management created a clear incentive, and is there backing at strategic, "
             "tactical and operational level?"),
            ("Hvordan klædes ledelsen på og inddrages undervejs, og hvilken viden bygger dens "
             "beslutninger på?",
             "How is management prepared and involved along the way, and what knowledge are "
             "its decisions based on?"),
            ("Hvilket samarbejde mellem ledelsesniveauerne kræver indsatsen?",
             "What collaboration between management levels does the intervention need?"),
            ("Kræver indsatsen en særlig organisering eller nye samarbejdsstrukturer, og er "
             "det beskrevet?",
             "Does the intervention need a particular organisation or new structures for "
             "collaboration, and is that described?"),
            ("Er de faglige funktioner og ansvaret for kerneaktiviteterne beskrevet?",
             "Are the professional functions and the responsibility for the core activities "
             "described?"),
            ("Hvilke skabeloner, vejledninger og it-redskaber understøtter arbejdet?",
             "Which templates, guides and IT tools support the work?"),
            ("Hvordan følges resultaterne løbende og systematisk som en del af det daglige "
             "arbejde?",
             "How are results followed continuously and systematically as part of daily work?"),
        ),
    ),
    Level(
        "infrastructural",
        ("Konteksten uden for den enkelte forvaltning: ressortfordeling, samspil mellem stat, "
         "regioner og kommuner, dagsordener og geografi.",
         "The context beyond the single department: division of responsibilities, state, "
         "regions and municipalities, agendas and geography."),
        ("Strukturelle rammer, diskurser og dagsordener, fysiske afstande.",
         "Structural frame, discourses and agendas, physical distances."),
        (
            ("Kræver indsatsen strategisk samarbejde på tværs af ressortområder, fx sundhed og "
             "social, og hvordan støttes det?",
             "Does the intervention need strategic collaboration across sectors, such as "
             "health and social care, and how is that supported?"),
            ("Kan indsatsen med fordel løses i samarbejde mellem kommuner, fx i "
             "rammeaftalesamarbejdet?",
             "Could it be done better together with other municipalities, for example under "
             "the framework agreements?"),
            ("Er der politisk fokus på indsatsen, og kræver det særlige hensyn?",
             "Is there political attention on the intervention, and does it call for care?"),
            ("Driver indsatsen udgifter for kommunen, og hvordan håndteres det?",
             "Does the intervention drive costs for the municipality, and how is that handled?"),
            ("Passer indsatsen med de faglige paradigmer og dagsordener for målgruppen, eller "
             "bryder den med dem?",
             "Does it fit the professional paradigms and agendas for the target group, or "
             "break with them?"),
            ("Hvilke muligheder for samarbejde er der med civilsamfundet?",
             "What opportunities for collaboration with civil society are there?"),
            ("Hvordan påvirker de fysiske rammer og afstande implementeringen, til det bedre og "
             "det værre?",
             "How do premises and distances affect the implementation, for better and worse?"),
        ),
    ),
)  # fmt: skip


def question_ids() -> list[tuple[str, Pair]]:
    """Each question with its id, as a place's readiness answers name it: `process-1` for
    the process questions, `<level>-<n>` (`individual-2`) for a level's, in the report's order.
    """
    ids = [(f"process-{n}", question) for n, question in enumerate(PROCESS, 1)]
    for level in LEVELS:
        ids += [(f"{level.key}-{n}", question) for n, question in enumerate(level.questions, 1)]
    return ids


def question_texts(lang: str = "da") -> dict[str, str]:
    """Question id -> its text."""
    index = 0 if lang != "en" else 1
    return {key: question[index] for key, question in question_ids()}
