"""Demo content of wellbeing money (Hyvinvointiraha, "Rakkaudella porilaisille"): two yearly rounds.

The 2026 round has run its course up to the reports: residents voted on its
themes, the city board decided on the applications, the projects have been
carried out and their reports are coming in. The 2027 round is in its theme
vote. Both pages live under the opportunity catalogue and are translated into
Swedish and English by ``demo.loader`` like every other demo page.

Page texts are {"fi", "sv", "en"} dicts. Rich-text fields (who may apply,
what is not funded) are ("paragraph", text) pairs, so that the loader
segments them as wagtail-localize does, paragraph by paragraph and list item
by list item. Applications and reports are written once, in the applicant's
own language, as an applicant would. Every applicant, contact person and
address is invented; e-mail addresses are @example.fi. Days are relative to
the day the demo is loaded (0 = today), so the 2027 round is always in its
vote, whatever the day.
"""

import datetime
import random
from decimal import Decimal

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from wellbeing.models import (
    ApplicantType,
    Application,
    Report,
    RoundPage,
    Theme,
    Vote,
    VoteChoice,
    email_digest,
    hash_token,
)

RICH = "paragraph"
ORGANISER = {
    "fi": "Kaupungin osallisuustiimi",
    "sv": "Stadens delaktighetsteam",
    "en": "City participation team",
}

ROUNDS = [
    {
        "key": "2026",
        "year": 2026,
        "slug": {"fi": "hyvinvointiraha-2026", "sv": "valmaendepengar-2026", "en": "wellbeing-money-2026"},
        "title": {
            "fi": "Hyvinvointiraha 2026",
            "sv": "Välmåendepengar 2026",
            "en": "Wellbeing money 2026",
        },
        "intro": {
            "fi": (
                "Vuoden 2026 hyvinvointirahalla porilaiset toteuttivat itse uutta toimintaa teemoista, "
                "jotka asukkaat valitsivat äänestämällä. Täällä näet rahoitetut hankkeet ja niiden "
                "raportit."
            ),
            "sv": (
                "Med välmåendepengarna 2026 genomförde björneborgarna själva ny verksamhet inom teman "
                "som invånarna valde genom omröstning. Här ser du de projekt som fick pengar och deras "
                "rapporter."
            ),
            "en": (
                "With the 2026 wellbeing money, people in Pori carried out new activities of their own "
                "on themes that residents chose by vote. Here you can see the funded projects and their "
                "reports."
            ),
        },
        "search_description": {
            "fi": "Porin hyvinvointiraha 2026: teemat, rahoitetut hankkeet ja hankkeiden raportit.",
            "sv": "Björneborgs välmåendepengar 2026: teman, finansierade projekt och projektens rapporter.",
            "en": "Pori's wellbeing money 2026: the themes, the funded projects and their reports.",
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Rakkaudella porilaisille",
                    "sv": "Med kärlek till björneborgarna",
                    "en": "With love for the people of Pori",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Hyvinvointiraha on kaupungin osallistuva rahasto. Porilaiset valitsevat ensin "
                        "äänestämällä vuoden teemat, ja sen jälkeen asukkaat, ryhmät, yhdistykset ja "
                        "yritykset voivat hakea rahaa omiin ideoihinsa. Hakijat toteuttavat hankkeensa itse "
                        "ja kertovat lopuksi, mitä tehtiin.</p>"
                        "<p>Vuoden 2026 hakemukset arvioi kaupungin työryhmä, joka kehitti osaa ideoista "
                        "yhdessä hakijoiden kanssa ja ehdotti samankaltaisten hankkeiden yhdistämistä. "
                        "Kaupunginhallitus päätti rahoituksesta työryhmän esityksestä.</p>"
                    ),
                    "sv": (
                        "<p>Välmåendepengarna är stadens deltagande fond. Först väljer björneborgarna "
                        "årets teman genom omröstning, och sedan kan invånare, grupper, föreningar och "
                        "företag söka pengar för sina egna idéer. De sökande genomför sina projekt själva "
                        "och berättar till sist vad de har gjort.</p>"
                        "<p>Ansökningarna 2026 bedömdes av stadens arbetsgrupp, som utvecklade en del av "
                        "idéerna tillsammans med de sökande och föreslog att liknande projekt skulle slås "
                        "ihop. Stadsstyrelsen beslutade om finansieringen på arbetsgruppens förslag.</p>"
                    ),
                    "en": (
                        "<p>Wellbeing money is the city's participatory fund. First, people in Pori vote "
                        "on the year's themes; then residents, groups, associations and companies can "
                        "apply for money for their own ideas. The applicants carry out their projects "
                        "themselves and report at the end on what they did.</p>"
                        "<p>The 2026 applications were assessed by a city working group, which developed "
                        "some of the ideas further with the applicants and suggested that similar projects "
                        "join forces. The city board decided on the funding on the working group's "
                        "proposal.</p>"
                    ),
                },
            ),
        ],
        "who_may_apply": (
            RICH,
            {
                "fi": (
                    "<p>Hyvinvointirahaa voivat hakea</p>"
                    "<ul>"
                    "<li>porilaiset asukkaat</li>"
                    "<li>vapaamuotoiset ryhmät, joilla on nimetty yhteyshenkilö</li>"
                    "<li>rekisteröidyt yhdistykset</li>"
                    "<li>yritykset, kun toiminta on osallistujille maksutonta ja avointa kaikille.</li>"
                    "</ul>"
                    "<p>Toiminnan pitää tapahtua Porissa ja olla uutta: uusi toimintamuoto, uusi "
                    "kohderyhmä tai uusi paikka.</p>"
                ),
                "sv": (
                    "<p>Välmåendepengar kan sökas av</p>"
                    "<ul>"
                    "<li>invånare i Björneborg</li>"
                    "<li>informella grupper med en utsedd kontaktperson</li>"
                    "<li>registrerade föreningar</li>"
                    "<li>företag, när verksamheten är avgiftsfri för deltagarna och öppen för alla.</li>"
                    "</ul>"
                    "<p>Verksamheten ska äga rum i Björneborg och vara ny: en ny form av verksamhet, en "
                    "ny målgrupp eller en ny plats.</p>"
                ),
                "en": (
                    "<p>Wellbeing money can be applied for by</p>"
                    "<ul>"
                    "<li>residents of Pori</li>"
                    "<li>informal groups with a named contact person</li>"
                    "<li>registered associations</li>"
                    "<li>companies, when the activity is free for participants and open to everyone.</li>"
                    "</ul>"
                    "<p>The activity must take place in Pori and be new: a new kind of activity, a new "
                    "group of participants or a new place.</p>"
                ),
            },
        ),
        "not_funded": (
            RICH,
            {
                "fi": (
                    "<ul>"
                    "<li>yhdistysten perustoiminta: omien tilojen vuokrat, vakituisen henkilöstön palkat, "
                    "jäsenmaksut ja säännöllinen kerhotoiminta</li>"
                    "<li>toiminta, joka on jo käynnissä tai on jo saanut kaupungin avustuksen samaan "
                    "tarkoitukseen</li>"
                    "<li>kiinteistöjen korjaukset ja pysyvät rakennelmat</li>"
                    "<li>alkoholi, palkinnot ja lahjakortit</li>"
                    "<li>yrityksen tavallinen, maksullinen liiketoiminta.</li>"
                    "</ul>"
                ),
                "sv": (
                    "<ul>"
                    "<li>föreningars basverksamhet: hyror för egna lokaler, löner för fast anställd "
                    "personal, medlemsavgifter och regelbunden klubbverksamhet</li>"
                    "<li>verksamhet som redan pågår eller som redan har fått understöd från staden för "
                    "samma ändamål</li>"
                    "<li>reparationer av fastigheter och permanenta konstruktioner</li>"
                    "<li>alkohol, priser och presentkort</li>"
                    "<li>företags vanliga, avgiftsbelagda affärsverksamhet.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>associations' basic running costs: rent for their own premises, salaries of "
                    "permanent staff, membership fees and regular club activities</li>"
                    "<li>activities that are already running or have already received a city grant for "
                    "the same purpose</li>"
                    "<li>repairs to buildings and permanent structures</li>"
                    "<li>alcohol, prizes and gift cards</li>"
                    "<li>a company's ordinary, paid business.</li>"
                    "</ul>"
                ),
            },
        ),
        "organiser": ORGANISER,
        "learn": {
            "fi": (
                "Millaisin uusin tavoin porilaiset itse lisäävät hyvinvointia omalla asuinalueellaan, ja "
                "mitkä kokeiluista kannattaa vakiinnuttaa."
            ),
            "sv": (
                "På vilka nya sätt björneborgarna själva ökar välbefinnandet i sitt eget bostadsområde, "
                "och vilka försök som är värda att göra permanenta."
            ),
            "en": (
                "What new ways people in Pori find themselves to improve wellbeing in their own "
                "neighbourhoods, and which of these trials are worth making permanent."
            ),
        },
        "input_use": {
            "fi": (
                "Asukkaiden äänet ratkaisivat vuoden teemat, ja työryhmä arvioi hakemukset niiden mukaan. "
                "Hankkeiden raportit julkaistaan tällä sivulla, ja niistä saadut kokemukset ohjaavat "
                "seuraavan vuoden teemaehdotuksia."
            ),
            "sv": (
                "Invånarnas röster avgjorde årets teman, och arbetsgruppen bedömde ansökningarna utifrån "
                "dem. Projektens rapporter publiceras på den här sidan, och erfarenheterna från dem styr "
                "förslagen till nästa års teman."
            ),
            "en": (
                "Residents' votes settled the year's themes, and the working group assessed the "
                "applications against them. The projects' reports are published on this page, and what "
                "they teach shapes the theme proposals for the following year."
            ),
        },
        "decision": {
            "fi": (
                "Kaupunginhallitus päätti rahoitettavista hankkeista työryhmän esityksestä. Rahoitetut "
                "hankkeet ja myönnetyt summat näkyvät tällä sivulla."
            ),
            "sv": (
                "Stadsstyrelsen beslutade på arbetsgruppens förslag vilka projekt som får pengar. De "
                "finansierade projekten och de beviljade beloppen visas på den här sidan."
            ),
            "en": (
                "The city board decided which projects to fund on the working group's proposal. The "
                "funded projects and the sums granted are shown on this page."
            ),
        },
        "budget": "300000.00",
        "max_grant": "10000.00",
        "votes_per_person": 3,
        # Day offsets from the load day: the projects have been carried out and the reports are due.
        "days": {
            "vote_opens": -330,
            "vote_closes": -310,
            "applications_open": -300,
            "applications_close": -265,
            "decision": -215,
            "implementation_ends": -10,
            "reports_due": 31,
        },
        "results_published": True,
        "topics": ["wellbeing-and-health", "culture-and-events", "sports-and-outdoors", "children-and-youth"],
        "areas": ["koko-pori"],
        "audiences": ["everyone", "associations"],
        "contacts": ["agent-1"],
        "themes": [
            {
                "key": "loneliness",
                "name": {
                    "fi": "Yksinäisyyden vähentäminen",
                    "sv": "Att minska ensamheten",
                    "en": "Reducing loneliness",
                },
                "description": {
                    "fi": (
                        "Toimintaa, joka tuo ihmisiä yhteen ja tavoittaa ne, jotka jäävät helposti yksin: "
                        "ikäihmiset, omaishoitajat, uudet porilaiset ja nuoret aikuiset."
                    ),
                    "sv": (
                        "Verksamhet som för människor samman och når dem som lätt blir ensamma: äldre, "
                        "närståendevårdare, nya björneborgare och unga vuxna."
                    ),
                    "en": (
                        "Activities that bring people together and reach those who are easily left on "
                        "their own: older people, family carers, newcomers to Pori and young adults."
                    ),
                },
            },
            {
                "key": "hobbies",
                "name": {
                    "fi": "Lasten ja nuorten harrastukset",
                    "sv": "Fritidsintressen för barn och unga",
                    "en": "Hobbies for children and young people",
                },
                "description": {
                    "fi": (
                        "Maksuttomia ja helposti saavutettavia harrastuksia, joita lapset ja nuoret voivat "
                        "kokeilla ilman omia varusteita tai pitkää sitoutumista."
                    ),
                    "sv": (
                        "Avgiftsfria och lättillgängliga fritidsintressen som barn och unga kan pröva utan "
                        "egen utrustning och utan att binda sig för länge."
                    ),
                    "en": (
                        "Free, easy-to-reach hobbies that children and young people can try without "
                        "their own equipment or a long commitment."
                    ),
                },
            },
            {
                "key": "moving",
                "name": {
                    "fi": "Liikkumaan kannustaminen",
                    "sv": "Att uppmuntra till motion",
                    "en": "Encouraging people to be more active",
                },
                "description": {
                    "fi": (
                        "Arkiliikuntaa ja ulkoilua niille, jotka liikkuvat nyt vähän: omassa tahdissa ja "
                        "ilman kilpailua."
                    ),
                    "sv": (
                        "Vardagsmotion och friluftsliv för dem som rör sig lite i dag: i egen takt och "
                        "utan tävling."
                    ),
                    "en": (
                        "Everyday exercise and time outdoors for people who move little today: at their "
                        "own pace and without competition."
                    ),
                },
            },
            {
                "key": "neighbourhood",
                "name": {
                    "fi": "Lähiluonto ja oma asuinalue",
                    "sv": "Närnaturen och det egna bostadsområdet",
                    "en": "Local nature and your own neighbourhood",
                },
                "description": {
                    "fi": (
                        "Yhteistä tekemistä omassa kylässä ja kaupunginosassa: lähiluonnon hoitoa, "
                        "korjaamista, lainaamista ja naapurien kohtaamista."
                    ),
                    "sv": (
                        "Gemensam verksamhet i den egna byn eller stadsdelen: att sköta närnaturen, "
                        "reparera, låna ut och träffa grannarna."
                    ),
                    "en": (
                        "Doing things together in your own village or district: caring for local nature, "
                        "repairing, lending and getting to know the neighbours."
                    ),
                },
            },
            {
                "key": "culture",
                "name": {
                    "fi": "Kulttuuria kaikille",
                    "sv": "Kultur för alla",
                    "en": "Culture for everyone",
                },
                "description": {
                    "fi": (
                        "Taidetta, musiikkia ja kulttuuritapahtumia, joihin pääsee mukaan maksutta ja "
                        "esteettömästi."
                    ),
                    "sv": (
                        "Konst, musik och kulturevenemang som man kan delta i avgiftsfritt och utan hinder."
                    ),
                    "en": (
                        "Art, music and cultural events that everyone can join, free of charge and "
                        "without barriers."
                    ),
                },
            },
        ],
        # The vote closed long ago: only the counted choices are left, without addresses.
        "votes": {
            "voters": 1260,
            "weights": {"loneliness": 31, "hobbies": 25, "moving": 19, "neighbourhood": 16, "culture": 9},
            "emails": False,
        },
    },
    {
        "key": "2027",
        "year": 2027,
        "slug": {"fi": "hyvinvointiraha-2027", "sv": "valmaendepengar-2027", "en": "wellbeing-money-2027"},
        "title": {
            "fi": "Hyvinvointiraha 2027",
            "sv": "Välmåendepengar 2027",
            "en": "Wellbeing money 2027",
        },
        "intro": {
            "fi": (
                "Mihin vuoden 2027 hyvinvointiraha suunnataan? Äänestä enintään kolmea teemaa viidestä. "
                "Haku avautuu äänestyksen jälkeen valittujen teemojen pohjalta."
            ),
            "sv": (
                "Vart ska välmåendepengarna 2027 riktas? Rösta på högst tre av fem teman. Ansökan öppnas "
                "efter omröstningen utifrån de teman som väljs."
            ),
            "en": (
                "Where should the 2027 wellbeing money go? Vote for up to three of the five themes. "
                "Applications open after the vote, based on the themes chosen."
            ),
        },
        "search_description": {
            "fi": (
                "Porin hyvinvointiraha 2027: äänestä vuoden teemoista ja valmistaudu hakemaan rahaa "
                "omaan ideaasi."
            ),
            "sv": (
                "Björneborgs välmåendepengar 2027: rösta om årets teman och förbered dig på att söka "
                "pengar för din egen idé."
            ),
            "en": (
                "Pori's wellbeing money 2027: vote on the year's themes and get ready to apply for money "
                "for your own idea."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Näin hyvinvointiraha etenee",
                    "sv": "Så här går välmåendepengarna till",
                    "en": "How wellbeing money works",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ol>"
                        "<li>Porilaiset äänestävät vuoden teemat. Äänen vahvistaminen sähköpostiin "
                        "tulevasta linkistä varmistaa, että jokainen äänestää vain kerran.</li>"
                        "<li>Haku on avoinna kaikille, joilla on idea valittujen teemojen hengessä.</li>"
                        "<li>Kaupungin työryhmä arvioi hakemukset ja voi kehittää ideoita yhdessä "
                        "hakijoiden kanssa tai ehdottaa hakijoiden yhdistämistä.</li>"
                        "<li>Kaupunginhallitus päättää, mitkä hankkeet rahoitetaan.</li>"
                        "<li>Hakijat toteuttavat hankkeensa vuoden aikana ja kertovat lopuksi, mitä "
                        "tehtiin.</li>"
                        "</ol>"
                        "<p>Osallisuusagentit auttavat mielellään, jos haluat jutella ideastasi jo "
                        "ennen hakuaikaa.</p>"
                    ),
                    "sv": (
                        "<ol>"
                        "<li>Björneborgarna röstar om årets teman. Rösten bekräftas med en länk som "
                        "skickas per e-post, så att var och en röstar bara en gång.</li>"
                        "<li>Ansökan är öppen för alla som har en idé i linje med de valda temana.</li>"
                        "<li>Stadens arbetsgrupp bedömer ansökningarna och kan utveckla idéer tillsammans "
                        "med de sökande eller föreslå att sökande går samman.</li>"
                        "<li>Stadsstyrelsen beslutar vilka projekt som får pengar.</li>"
                        "<li>De sökande genomför sina projekt under året och berättar till sist vad de "
                        "har gjort.</li>"
                        "</ol>"
                        "<p>Delaktighetsagenterna hjälper gärna till om du vill diskutera din idé redan "
                        "före ansökningstiden.</p>"
                    ),
                    "en": (
                        "<ol>"
                        "<li>People in Pori vote on the year's themes. Each vote is confirmed from a link "
                        "sent by email, so that everyone votes only once.</li>"
                        "<li>Applications are open to anyone with an idea in the spirit of the chosen "
                        "themes.</li>"
                        "<li>A city working group assesses the applications and may develop ideas further "
                        "with the applicants or suggest that applicants join forces.</li>"
                        "<li>The city board decides which projects are funded.</li>"
                        "<li>The applicants carry out their projects during the year and report at the "
                        "end on what they did.</li>"
                        "</ol>"
                        "<p>The participation agents are happy to help if you would like to talk about "
                        "your idea before the application period.</p>"
                    ),
                },
            ),
        ],
        "who_may_apply": (
            RICH,
            {
                "fi": (
                    "<p>Hyvinvointirahaa voivat hakea porilaiset asukkaat, vapaamuotoiset ryhmät, "
                    "rekisteröidyt yhdistykset ja yritykset. Yrityksen hankkeen pitää olla osallistujille "
                    "maksuton ja avoin kaikille.</p>"
                    "<p>Toiminnan pitää tapahtua Porissa ja olla uutta: uusi toimintamuoto, uusi "
                    "kohderyhmä tai uusi paikka. Yhdellä hakemuksella voi hakea enintään 10 000 euroa.</p>"
                ),
                "sv": (
                    "<p>Välmåendepengar kan sökas av invånare i Björneborg, informella grupper, "
                    "registrerade föreningar och företag. Ett företags projekt ska vara avgiftsfritt för "
                    "deltagarna och öppet för alla.</p>"
                    "<p>Verksamheten ska äga rum i Björneborg och vara ny: en ny form av verksamhet, en "
                    "ny målgrupp eller en ny plats. Med en ansökan kan man söka högst 10 000 euro.</p>"
                ),
                "en": (
                    "<p>Residents of Pori, informal groups, registered associations and companies can "
                    "apply for wellbeing money. A company's project must be free for participants and "
                    "open to everyone.</p>"
                    "<p>The activity must take place in Pori and be new: a new kind of activity, a new "
                    "group of participants or a new place. One application can ask for up to "
                    "10,000 euros.</p>"
                ),
            },
        ),
        "not_funded": (
            RICH,
            {
                "fi": (
                    "<ul>"
                    "<li>yhdistysten perustoiminta, kuten omien tilojen vuokrat, vakituisen henkilöstön "
                    "palkat ja säännöllinen kerhotoiminta</li>"
                    "<li>toiminta, joka on jo saanut kaupungin avustuksen samaan tarkoitukseen</li>"
                    "<li>kiinteistöjen korjaukset ja pysyvät rakennelmat</li>"
                    "<li>alkoholi, palkinnot ja lahjakortit.</li>"
                    "</ul>"
                ),
                "sv": (
                    "<ul>"
                    "<li>föreningars basverksamhet, till exempel hyror för egna lokaler, löner för fast "
                    "anställd personal och regelbunden klubbverksamhet</li>"
                    "<li>verksamhet som redan har fått understöd från staden för samma ändamål</li>"
                    "<li>reparationer av fastigheter och permanenta konstruktioner</li>"
                    "<li>alkohol, priser och presentkort.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>associations' basic running costs, such as rent for their own premises, "
                    "salaries of permanent staff and regular club activities</li>"
                    "<li>activities that have already received a city grant for the same purpose</li>"
                    "<li>repairs to buildings and permanent structures</li>"
                    "<li>alcohol, prizes and gift cards.</li>"
                    "</ul>"
                ),
            },
        ),
        "organiser": ORGANISER,
        "learn": {
            "fi": (
                "Mitkä hyvinvoinnin teemat porilaiset kokevat vuonna 2027 tärkeimmiksi, ja millaisia "
                "ideoita asukkailla on niiden toteuttamiseksi."
            ),
            "sv": (
                "Vilka teman för välbefinnande björneborgarna anser viktigast 2027, och vilka idéer "
                "invånarna har för att förverkliga dem."
            ),
            "en": (
                "Which wellbeing themes people in Pori consider most important in 2027, and what ideas "
                "residents have for putting them into practice."
            ),
        },
        "input_use": {
            "fi": (
                "Eniten ääniä saaneet teemat ohjaavat hakua ja hakemusten arviointia. Kaupungin työryhmä "
                "arvioi hakemukset teemojen perusteella ja voi kehittää ideoita yhdessä hakijoiden kanssa."
            ),
            "sv": (
                "De teman som får flest röster styr ansökan och bedömningen av ansökningarna. Stadens "
                "arbetsgrupp bedömer ansökningarna utifrån temana och kan utveckla idéerna tillsammans "
                "med de sökande."
            ),
            "en": (
                "The themes with the most votes guide the call for applications and how the applications "
                "are assessed. A city working group assesses them against the themes and may develop "
                "ideas further with the applicants."
            ),
        },
        "decision": {
            "fi": (
                "Teemat ratkeavat äänestyksessä. Rahoitettavista hankkeista päättää kaupunginhallitus "
                "työryhmän esityksestä hakuajan päätyttyä."
            ),
            "sv": (
                "Temana avgörs i omröstningen. Stadsstyrelsen beslutar på arbetsgruppens förslag vilka "
                "projekt som får pengar, efter att ansökningstiden har gått ut."
            ),
            "en": (
                "The vote settles the themes. The city board decides which projects are funded, on the "
                "working group's proposal, after the application period has closed."
            ),
        },
        "budget": "300000.00",
        "max_grant": "10000.00",
        "votes_per_person": 3,
        # The vote opened a few days ago and closes in two weeks; applications come after it.
        "days": {
            "vote_opens": -4,
            "vote_closes": 14,
            "applications_open": 35,
            "applications_close": 75,
            "decision": 125,
            "implementation_ends": 395,
            "reports_due": 425,
        },
        "results_published": False,
        # Featured on the home page: the wellbeing money residents can take part in now.
        "featured": True,
        "topics": ["wellbeing-and-health", "culture-and-events", "sports-and-outdoors", "environment"],
        "areas": ["koko-pori"],
        "audiences": ["everyone", "associations"],
        "contacts": ["agent-1", "agent-2"],
        "themes": [
            {
                "key": "peer-support",
                "name": {
                    "fi": "Mielen hyvinvointi ja vertaistuki",
                    "sv": "Psykiskt välbefinnande och kamratstöd",
                    "en": "Mental wellbeing and peer support",
                },
                "description": {
                    "fi": (
                        "Matalan kynnyksen kohtaamispaikkoja, vertaisryhmiä ja toimintaa, joka auttaa "
                        "jaksamaan arjessa."
                    ),
                    "sv": (
                        "Mötesplatser med låg tröskel, kamratgrupper och verksamhet som hjälper en att "
                        "orka i vardagen."
                    ),
                    "en": (
                        "Low-threshold meeting places, peer groups and activities that help people cope "
                        "with everyday life."
                    ),
                },
            },
            {
                "key": "generations",
                "name": {
                    "fi": "Sukupolvet kohtaavat",
                    "sv": "Generationer möts",
                    "en": "Generations meet",
                },
                "description": {
                    "fi": (
                        "Toimintaa, jossa lapset, nuoret, työikäiset ja ikäihmiset tekevät asioita yhdessä "
                        "ja oppivat toisiltaan."
                    ),
                    "sv": (
                        "Verksamhet där barn, unga, personer i arbetsför ålder och äldre gör saker "
                        "tillsammans och lär sig av varandra."
                    ),
                    "en": (
                        "Activities where children, young people, working-age adults and older people do "
                        "things together and learn from each other."
                    ),
                },
            },
            {
                "key": "culture-nearby",
                "name": {
                    "fi": "Kulttuuria lähelle",
                    "sv": "Kultur nära dig",
                    "en": "Culture close to home",
                },
                "description": {
                    "fi": (
                        "Musiikkia, teatteria, taidetta ja tarinoita kaupunginosiin ja kyliin, sinne missä "
                        "ihmiset asuvat."
                    ),
                    "sv": (
                        "Musik, teater, konst och berättelser i stadsdelarna och byarna, där människor bor."
                    ),
                    "en": (
                        "Music, theatre, art and stories in Pori's districts and villages, where people live."
                    ),
                },
            },
            {
                "key": "outdoors",
                "name": {
                    "fi": "Ulkoilu ja liikunta lähiluonnossa",
                    "sv": "Friluftsliv och motion i närnaturen",
                    "en": "Outdoor activity in local nature",
                },
                "description": {
                    "fi": (
                        "Kävelyä, pyöräilyä, melontaa ja muuta liikkumista rannoilla, metsissä ja "
                        "puistoissa, myös niille, joille liikkuminen ei ole helppoa."
                    ),
                    "sv": (
                        "Promenader, cykling, paddling och annan motion på stränder, i skogar och parker, "
                        "också för dem som har svårt att röra sig."
                    ),
                    "en": (
                        "Walking, cycling, paddling and other activity on beaches, in forests and parks, "
                        "also for people for whom moving is not easy."
                    ),
                },
            },
            {
                "key": "sustainable",
                "name": {
                    "fi": "Kestävä arki",
                    "sv": "En hållbar vardag",
                    "en": "Sustainable everyday life",
                },
                "description": {
                    "fi": (
                        "Korjaamista, kierrätystä, lainaamista ja jakamista: yhteisiä tapoja elää arkea "
                        "ympäristöä säästäen."
                    ),
                    "sv": (
                        "Att reparera, återvinna, låna och dela: gemensamma sätt att leva vardagen som "
                        "skonar miljön."
                    ),
                    "en": (
                        "Repairing, recycling, lending and sharing: shared ways of living everyday life "
                        "that spare the environment."
                    ),
                },
            },
        ],
        # The vote is open: confirmed votes keep their (example) address until it closes.
        "votes": {
            "voters": 184,
            "weights": {
                "peer-support": 27,
                "generations": 22,
                "culture-nearby": 15,
                "outdoors": 21,
                "sustainable": 15,
            },
            "emails": True,
        },
    },
]

# The 2026 applications, in the applicant's own language. "submitted" is days after the
# applications opened; a report's "submitted" and "published" are days from the load day.
APPLICATIONS = [
    {
        "round": "2026",
        "reference": "HR-2026-001",
        "status": "funded",
        "language": "fi",
        "applicant_type": "person",
        "applicant_name": "Raili Esimerkki",
        "show_name": True,
        "contact_name": "Raili Esimerkki",
        "contact_email": "raili.esimerkki@example.fi",
        "theme": "moving",
        "area": "reposaari",
        "title": "Reposaaren aamukävelyt – liikettä ja seuraa meren äärellä",
        "description": (
            "Perustan Reposaareen avoimen kävelyryhmän, joka lähtee liikkeelle kahdesti viikossa kirkon "
            "edestä. Kävelemme rauhalliseen tahtiin noin tunnin lenkin rantoja ja saaren vanhoja katuja "
            "pitkin, ja lopuksi juomme kahvit yhdessä, kesällä ulkona.\n\n"
            "Kerran kuussa kävely on teemakävely, jolla joku saaren pitkäaikaisista asukkaista kertoo "
            "Reposaaren historiasta: luotseista, sahan ajoista ja huviloista. Rahalla hankin lainaan "
            "kävelysauvoja ja heijastinliivejä pimeän ajan kävelyihin sekä kahvit. Mukaan voi tulla ilman "
            "ilmoittautumista, ja reitti valitaan niin, että rollaattorillakin pääsee."
        ),
        "audience": (
            "Reposaarelaiset ja kaikki muutkin, jotka haluaisivat liikkua säännöllisesti mutta eivät lähde "
            "lenkille yksin. Erityisesti ikäihmiset, joille matka keskustan liikuntapalveluihin on pitkä."
        ),
        "schedule": (
            "Kävelyt maaliskuusta marraskuuhun tiistaisin ja perjantaisin klo 10. Teemakävely kuukauden "
            "ensimmäisenä perjantaina. Kävelyistä kerrotaan saaren ilmoitustauluilla ja Reposaaren "
            "Facebook-ryhmässä."
        ),
        "budget": [
            ("Kävelysauvat lainaan, 10 paria", "350.00"),
            ("Heijastinliivit, 20 kpl", "180.00"),
            ("Kahvi ja pulla, 70 kävelykertaa", "980.00"),
            ("Teemakävelyjen oppaiden palkkiot, 8 × 80 €", "640.00"),
        ],
        "self_financing": "0.00",
        "other_funding": "",
        "amount_granted": "2150.00",
        "submitted": 12,
        "report": {
            "status": "published",
            "what_was_done": (
                "Kävelimme maaliskuusta marraskuuhun kahdesti viikossa, yhteensä 68 kertaa. "
                "Tavallisesti mukana oli 10–18 kävelijää, kesällä myös mökkiläisiä ja saarella "
                "vierailevia. Kahdeksalla teemakävelyllä kuultiin muun muassa luotsiasemasta, sahan "
                "ajoista ja vanhoista huviloista.\n\n"
                "Moni kertoi, että säännöllinen aika ja tuttu porukka saivat lähtemään liikkeelle "
                "sateellakin. Ryhmä jatkaa talven yli omin voimin, ja kävelysauvat ja heijastinliivit "
                "jäävät kävelijöiden yhteiseen käyttöön."
            ),
            "participants": 46,
            "money_used": (
                "Kävelysauvat ja heijastinliivit 530 €, kahvi ja pulla 960 €, teemakävelyjen oppaiden "
                "palkkiot 640 €. Kahvirahoista jäi käyttämättä 20 €."
            ),
            "amount_used": "2130.00",
            "submitted": -8,
            "published": -5,
        },
    },
    {
        "round": "2026",
        "reference": "HR-2026-002",
        "status": "funded",
        "language": "fi",
        "applicant_type": "association",
        "applicant_name": "Korjauskahvila Ruuvi ry",
        "show_name": False,
        "contact_name": "Mikko Malli",
        "contact_email": "mikko.malli@example.fi",
        "theme": "neighbourhood",
        "area": "keskusta",
        "title": "Korjauskahvila Ruuvi: korjataan yhdessä, ei heitetä pois",
        "description": (
            "Järjestämme kerran kuussa korjauskahvilan, johon porilaiset voivat tuoda rikkinäisiä "
            "vaatteita, pienkoneita, polkupyöriä ja leluja. Vapaaehtoiset korjaajat korjaavat yhdessä "
            "tuojan kanssa, jotta taidot siirtyvät eteenpäin. Kahvilassa on myös vaihtopiste, johon voi "
            "jättää ehjiä tavaroita ja josta voi ottaa tarvitsemansa.\n\n"
            "Pidämme korjauskahvilat keskustassa, ja syksyllä kokeilemme kahta kertaa Itä-Porin "
            "asukastalolla, jotta tavoitamme myös ne, joille keskustaan on pitkä matka."
        ),
        "audience": (
            "Kaikki porilaiset, joilla on jotain korjattavaa tai halu oppia korjaamaan. Vapaaehtoisiksi "
            "kutsumme erityisesti eläkkeellä olevia ammattilaisia ja nuoria, jotka haluavat oppia heiltä."
        ),
        "schedule": (
            "Kymmenen korjauskahvilaa helmikuusta joulukuuhun heinäkuuta lukuun ottamatta, aina kuun "
            "toisena lauantaina klo 11–15."
        ),
        "budget": [
            ("Työkalut ja ompelukone", "1400.00"),
            ("Varaosat ja tarvikkeet", "900.00"),
            ("Itä-Porin asukastalon vuokra, 2 kertaa", "240.00"),
            ("Julisteet ja ilmoitukset", "460.00"),
            ("Vapaaehtoisten kahvitus", "600.00"),
        ],
        "self_financing": "300.00",
        "other_funding": "Paikallinen rautakauppa lahjoittaa pientarvikkeita noin 200 eurolla.",
        "amount_granted": "3200.00",
        "submitted": 20,
        "report": {
            "status": "published",
            "what_was_done": (
                "Korjauskahviloita pidettiin kymmenen, ja niihin tuotiin yhteensä 412 korjattavaa esinettä. "
                "Noin kolme neljäsosaa saatiin korjattua: eniten vaatteita, polkupyöriä ja pieniä "
                "sähkölaitteita. Vapaaehtoisia korjaajia oli 14, heistä neljä lukiolaisia.\n\n"
                "Itä-Porin asukastalon kaksi kertaa järjestettiin yhdessä alueen perheiden vaihtopiirin "
                "kanssa, ja ne olivat niin suosittuja, että jatkamme siellä ensi vuonna joka toinen kuukausi."
            ),
            "participants": 318,
            "money_used": (
                "Työkalut ja ompelukone 1 380 €, varaosat ja tarvikkeet 940 €, asukastalon vuokra 240 €, "
                "tiedotus 310 € ja vapaaehtoisten kahvitus 330 €."
            ),
            "amount_used": "3200.00",
            "submitted": -9,
            "published": -6,
        },
    },
    {
        "round": "2026",
        "reference": "HR-2026-003",
        "status": "funded",
        "language": "fi",
        "applicant_type": "company",
        "applicant_name": "Makupaja Lautanen Oy",
        "show_name": False,
        "contact_name": "Sanna Esimerkki",
        "contact_email": "sanna.esimerkki@example.fi",
        "theme": "loneliness",
        "area": "ita-pori",
        "title": "Mummon ja vaarin keittiö – sukupolvet kokkaavat yhdessä",
        "description": (
            "Järjestämme Itä-Porissa koulun opetuskeittiössä kokkauskertoja, joissa ikäihmiset ja "
            "alakouluikäiset lapset valmistavat yhdessä tuttuja ruokia. Ikäihmiset tuovat reseptit ja "
            "muistot, lapset ideat ja innostuksen, ja kokkimme pitää huolen siitä, että kaikki pääsevät "
            "tekemään. Lopuksi syömme yhdessä.\n\n"
            "Jokaiselta kerralta kootaan resepti ja sen tarina yhteiseen keittokirjaan, joka julkaistaan "
            "verkossa vapaasti käytettäväksi. Toiminta on osallistujille maksutonta, eikä se kuulu "
            "yrityksemme maksullisiin kursseihin."
        ),
        "audience": (
            "Itä-Porin ikäihmiset, myös ne, joilla ei ole omia lapsenlapsia lähellä, ja 7–12-vuotiaat "
            "lapset. Kerralla mukaan mahtuu kahdeksan aikuista ja kahdeksan lasta."
        ),
        "schedule": (
            "12 kokkauskertaa lauantaisin huhti–toukokuussa ja syys–marraskuussa. Keittokirja valmistuu "
            "vuoden lopussa."
        ),
        "budget": [
            ("Kokin työ, 12 × 180 €", "2160.00"),
            ("Raaka-aineet, 12 kertaa", "1800.00"),
            ("Opetuskeittiön vuokra, 12 × 60 €", "720.00"),
            ("Keittokirjan taitto ja valokuvat", "900.00"),
            ("Tiedotus ja ilmoittautumiset", "220.00"),
        ],
        "self_financing": "600.00",
        "other_funding": "",
        "amount_granted": "5800.00",
        "submitted": 33,
        "report": {
            "status": "submitted",
            "what_was_done": (
                "Kokkasimme 12 kertaa, ja mukana oli yhteensä 61 ikäihmistä ja 74 lasta. Valmistimme "
                "muun muassa silakkapihvejä, rieskaa, kaalikääryleitä ja pullaa, ja jokaisesta ruoasta "
                "kirjoitettiin tarina sen tuojan muistoista.\n\n"
                "Useat ikäihmiset kertoivat saaneensa uusia tuttuja omalta asuinalueeltaan, ja kolme "
                "ikäihmisen ja perheen paria on jatkanut tapaamisia omatoimisesti. Keittokirja julkaistaan "
                "verkossa ennen raportointiajan loppua."
            ),
            "participants": 135,
            "money_used": (
                "Kokin työ 2 160 €, raaka-aineet 1 690 €, opetuskeittiön vuokra 720 €, keittokirjan taitto "
                "ja valokuvat 900 €, tiedotus 180 €. Käyttämättä jäänyt 150 € palautetaan kaupungille."
            ),
            "amount_used": "5650.00",
            "submitted": -2,
            "published": None,
        },
    },
    {
        "round": "2026",
        "reference": "HR-2026-004",
        "status": "funded",
        "language": "sv",
        "applicant_type": "association",
        "applicant_name": "Sångföreningen Minnesvärt rf",
        "show_name": False,
        "contact_name": "Eva Exempelsson",
        "contact_email": "eva.exempelsson@example.fi",
        "theme": "loneliness",
        "area": "keskusta",
        "title": "Minneskören – sång för personer med minnessjukdom och deras närstående",
        "description": (
            "Vi startar en kör för personer med minnessjukdom och deras närstående. Vi sjunger välkända "
            "sånger på svenska och finska, psalmer och schlager från 1950–70-talen, under ledning av en "
            "körledare som har erfarenhet av musik inom äldreomsorgen. Sången väcker minnen och glädje, "
            "och de närstående får en stund av gemenskap där sjukdomen inte står i centrum.\n\n"
            "Varje övning avslutas med kaffe. Det finns ingen antagning, och man behöver inte kunna "
            "sjunga; det räcker att man vill vara med. Våren och hösten avslutas med en liten konsert på "
            "ett serviceboende i centrum."
        ),
        "audience": (
            "Personer med minnessjukdom som kan delta med stöd, deras närstående och vårdare. Både "
            "svensk- och finskspråkiga är välkomna, och sångerna väljs på båda språken."
        ),
        "schedule": (
            "Övningar varannan onsdag kl. 14–15.30 i en tillgänglig samlingssal i centrum, från februari "
            "till november, sammanlagt 18 gånger. Konserter i maj och november."
        ),
        "budget": [
            ("Körledarens arvode, 18 × 120 €", "2160.00"),
            ("Noter och sånghäften i stor stil", "340.00"),
            ("Hyra för samlingssalen, 18 × 40 €", "720.00"),
            ("Kaffe, 18 gånger", "630.00"),
        ],
        "self_financing": "0.00",
        "other_funding": "",
        "amount_granted": "3850.00",
        "submitted": 25,
        "report": {
            "status": "published",
            "what_was_done": (
                "Kören övade 18 gånger, och vid varje övning deltog 14–22 sångare. Under året var "
                "sammanlagt 31 personer med minnessjukdom och 27 närstående med. Konserterna på "
                "serviceboendet i maj och november samlade också de boende och personalen.\n\n"
                "Flera närstående berättade att körstunden blev veckans ljuspunkt. Kören fortsätter nästa "
                "år med föreningens egna medel, och två av de närstående har lovat hjälpa körledaren."
            ),
            "participants": 58,
            "money_used": (
                "Körledarens arvode 2 160 €, noter och sånghäften 330 €, hyra 720 € och kaffe 640 €."
            ),
            "amount_used": "3850.00",
            "submitted": -7,
            "published": -3,
        },
    },
    {
        "round": "2026",
        "reference": "HR-2026-005",
        "status": "funded",
        "language": "fi",
        "applicant_type": "group",
        "applicant_name": "Kirjurinluodon skeittiporukka",
        "show_name": False,
        "contact_name": "Aleksi Malli",
        "contact_email": "aleksi.malli@example.fi",
        "theme": "hobbies",
        "area": "kirjurinluoto",
        "title": "Skeittipäivät Kirjurinluodossa – kokeile lautaa ilman omia varusteita",
        "description": (
            "Olemme porukka 16–22-vuotiaita skeittaajia, ja haluamme saada lisää nuoria, erityisesti "
            "tyttöjä ja aloittelijoita, kokeilemaan rullalautailua. Järjestämme Kirjurinluodossa kesän "
            "aikana neljä skeittipäivää, joissa on lainattavia lautoja, kypäriä ja suojia, aloittelijoiden "
            "ohjausta ja lopuksi pieni näytös ja yhteinen grillihetki.\n\n"
            "Yksi päivistä on vain tytöille ja muunsukupuolisille. Ohjaajina ovat porukkamme kokeneimmat, "
            "ja teemme tapahtumat yhdessä nuorisopalveluiden kanssa."
        ),
        "audience": (
            "9–18-vuotiaat, jotka eivät ole ennen skeitanneet tai joilla ei ole omia varusteita. "
            "Huoltajat ovat tervetulleita katsomaan ja kokeilemaan."
        ),
        "schedule": (
            "Neljä skeittipäivää kesä–elokuussa lauantaisin klo 12–17. Tapahtumien jälkeen lainavarusteet "
            "jäävät nuorisotalon lainaamoon."
        ),
        "budget": [
            ("Lainalaudat, 8 kpl", "960.00"),
            ("Kypärät ja suojasetit", "720.00"),
            ("Siirrettävä ramppi", "1100.00"),
            ("Grillitarjoilu, 4 kertaa", "480.00"),
            ("Äänentoisto ja DJ:n palkkio", "600.00"),
        ],
        "self_financing": "0.00",
        "other_funding": "Nuorisopalvelut lainaa tapahtumiin teltan ja aitoja.",
        "amount_granted": "3860.00",
        "submitted": 34,
        "report": None,
    },
    {
        "round": "2026",
        "reference": "HR-2026-006",
        "status": "not-funded",
        "language": "en",
        "applicant_type": "person",
        "applicant_name": "Alex Example",
        "show_name": False,
        "contact_name": "Alex Example",
        "contact_email": "alex.example@example.fi",
        "theme": "loneliness",
        "area": "lansi-pori",
        "title": "Sunday board games for newcomers and locals",
        "description": (
            "I moved to Pori for work two years ago, and the hardest part has been getting to know people "
            "outside my job. I would like to host a relaxed board game afternoon every other Sunday in "
            "West Pori, where newcomers and people who have lived here all their lives can meet without "
            "needing a shared first language.\n\n"
            "Board games work well for this, because the rules can be shown rather than explained. I "
            "would buy a set of games that are easy to learn and serve coffee and tea. Anyone can drop in "
            "without signing up."
        ),
        "audience": (
            "International residents, students and anyone in Pori who would like to meet new people. "
            "Families are welcome too; several of the games suit children from eight years up."
        ),
        "schedule": "Every other Sunday from 2 to 5 pm, March to December: about 20 afternoons.",
        "budget": [
            ("Board games", "750.00"),
            ("Coffee, tea and snacks, 20 afternoons", "500.00"),
            ("Room rent, 20 × 30 €", "600.00"),
        ],
        "self_financing": "0.00",
        "other_funding": "",
        "submitted": 18,
        "report": None,
    },
    {
        "round": "2026",
        "reference": "HR-2026-007",
        "status": "not-funded",
        "language": "fi",
        "applicant_type": "association",
        "applicant_name": "Porin Seudun Harrastetanssijat ry",
        "show_name": False,
        "contact_name": "Tuula Testinen",
        "contact_email": "tuula.testinen@example.fi",
        "theme": "moving",
        "area": "keskusta",
        "title": "Tanssiharjoitusten salivuokrat",
        "description": (
            "Yhdistyksemme harjoittelee kahdesti viikossa vuokrasalissa keskustassa. Salivuokrat ovat "
            "nousseet, ja haemme hyvinvointirahaa vuoden salivuokriin, jotta jäsenmaksuja ei tarvitsisi "
            "korottaa. Harjoituksissa käy noin 40 jäsentä, ja kerran vuodessa järjestämme kaikille "
            "avoimen tanssi-illan."
        ),
        "audience": "Yhdistyksen jäsenet, ja avoimessa tanssi-illassa kaikki halukkaat.",
        "schedule": "Harjoitukset tammi–toukokuussa ja syys–joulukuussa tiistaisin ja torstaisin.",
        "budget": [
            ("Salivuokrat, 80 × 65 €", "5200.00"),
            ("Avoimen tanssi-illan järjestäminen", "400.00"),
        ],
        "self_financing": "0.00",
        "other_funding": "",
        "submitted": 5,
        "report": None,
    },
    {
        "round": "2026",
        "reference": "HR-2026-008",
        "status": "not-funded",
        "language": "fi",
        "applicant_type": "group",
        "applicant_name": "Itä-Porin perheiden vaihtopiiri",
        "show_name": False,
        "contact_name": "Jenni Malli",
        "contact_email": "jenni.malli@example.fi",
        "theme": "neighbourhood",
        "area": "ita-pori",
        "title": "Vaihtopiste lasten vaatteille ja leluille Itä-Poriin",
        "description": (
            "Perustamme Itä-Porin asukastalolle kerran kuussa avoimen vaihtopisteen, johon perheet voivat "
            "tuoda lasten pieneksi jääneitä vaatteita, kenkiä ja leluja ja ottaa tilalle tarvitsemiaan. "
            "Vaihtopäivinä on kahvitarjoilu ja leikkinurkka, jotta vanhemmatkin ehtivät jutella. "
            "Tarvitsemme rahaa vaatetankoihin, säilytyslaatikoihin ja tiedottamiseen."
        ),
        "audience": (
            "Itä-Porin lapsiperheet, erityisesti ne, joille uusien vaatteiden ostaminen kasvavalle "
            "lapselle on raskasta."
        ),
        "schedule": "Vaihtopäivä kuun viimeisenä sunnuntaina maaliskuusta marraskuuhun.",
        "budget": [
            ("Vaatetangot ja henkarit", "420.00"),
            ("Säilytyslaatikot", "260.00"),
            ("Kahvitarjoilu, 9 kertaa", "270.00"),
            ("Julisteet ja ilmoitukset", "150.00"),
        ],
        "self_financing": "0.00",
        "other_funding": "",
        "merge_with": "HR-2026-002",
        "merge_note": (
            "Korjauskahvila Ruuvin hankkeeseen kuuluu vaihtopiste ja kaksi korjauskahvilaa Itä-Porin "
            "asukastalolla. Työryhmä ehdotti, että vaihtopiiri toteuttaa vaihtopäivänsä niiden yhteydessä; "
            "ryhmä lähti mukaan."
        ),
        "submitted": 29,
        "report": None,
    },
]

CHOICES_PER_VOTE = [(1, 15), (2, 25), (3, 60)]  # how many themes a voter picks, with weights
VOTE_LANGUAGES = [("fi", 88), ("sv", 6), ("en", 6)]


def build(demo, index):
    """Both rounds under the catalogue, with their votes and applications. Safe to run again.

    ``demo`` is the loader's ``_Demo``: the pages are created by it and translated with the rest.
    Returns the Finnish round pages by opportunity key ("wellbeing-money-2026"), so that the
    catalogue's outcomes can link to a round as to any other opportunity.
    """
    pages = {}
    for spec in ROUNDS:
        page = demo.child(index, RoundPage, spec, **_round_fields(spec, demo, index.locale))
        pages[opportunity_key(spec)] = page
        names = {theme.name: theme.translation_key for theme in page.themes.all()}
        keys = {theme["key"]: names[theme["name"]["fi"]] for theme in spec["themes"]}
        _votes(page, spec, keys, demo.log)
        for application in APPLICATIONS:
            if application["round"] == spec["key"]:
                _application(page, application, keys, demo.log)
    return pages


def opportunity_key(spec):
    """A round's key among the catalogue's opportunities: "wellbeing-money-2026"."""
    return f"wellbeing-money-{spec['key']}"


def _round_fields(spec, demo, locale):
    days = spec["days"]
    terms = demo.terms_by_kind
    return {
        "year": spec["year"],
        "budget": Decimal(spec["budget"]),
        "max_grant": Decimal(spec["max_grant"]),
        "votes_per_person": spec["votes_per_person"],
        "who_may_apply": spec["who_may_apply"][1]["fi"],
        "not_funded": spec["not_funded"][1]["fi"],
        "organiser": spec["organiser"]["fi"],
        "learn": spec["learn"]["fi"],
        "input_use": spec["input_use"]["fi"],
        "decision": spec["decision"]["fi"],
        "vote_opens_at": _moment(days["vote_opens"], 9),
        "vote_closes_at": _moment(days["vote_closes"], 23, 59),
        "applications_open_at": _moment(days["applications_open"], 9),
        "applications_close_at": _moment(days["applications_close"], 16),
        "decision_on": _date(days["decision"]),
        "implementation_ends_on": _date(days["implementation_ends"]),
        "reports_due_at": _moment(days["reports_due"], 16),
        "results_published": spec["results_published"],
        "featured": spec.get("featured", False),
        "themes": [
            Theme(
                locale=locale,
                sort_order=order,
                name=theme["name"]["fi"],
                description=theme["description"]["fi"],
            )
            for order, theme in enumerate(spec["themes"])
        ],
        **{
            kind: [term for term in terms[kind] if term.slug in spec[kind]]
            for kind in ("topics", "areas", "audiences")
        },
        "contacts": [demo.people[key] for key in spec["contacts"]],
    }


def _votes(page, spec, keys, log):
    """Confirmed votes spread over the vote's days so far, made once per round."""
    if page.votes.exists():
        return
    rules = spec["votes"]
    rng = random.Random(f"wellbeing-{spec['key']}")  # noqa: S311 -- no secret: the same votes each time
    start = page.vote_opens_at
    end = min(page.vote_closes_at, timezone.now() - datetime.timedelta(hours=1))
    span = (end - start).total_seconds()
    themes, weights = list(rules["weights"]), list(rules["weights"].values())
    votes, picks = [], []
    for number in range(1, rules["voters"] + 1):
        vote = Vote(
            round=page,
            language=_weighted(rng, VOTE_LANGUAGES),
            confirmed_at=start + datetime.timedelta(seconds=rng.uniform(0, span)),
        )
        if rules["emails"]:
            vote.email = f"aanestaja-{spec['key']}-{number:04d}@example.fi"
            vote.email_hash = email_digest(vote.email)
            vote.email_domain = "example.fi"
        vote.token_hash = _token_hash(vote)
        votes.append(vote)
        picks.append(_sample(rng, themes, weights, _weighted(rng, CHOICES_PER_VOTE)))
    Vote.objects.bulk_create(votes)
    VoteChoice.objects.bulk_create(
        VoteChoice(vote=vote, theme_key=keys[theme])
        for vote, chosen in zip(votes, picks, strict=True)
        for theme in chosen
    )
    # Each vote was cast a few minutes before its link was confirmed.
    page.votes.update(created_at=F("confirmed_at") - datetime.timedelta(minutes=4))
    log(f"Created {len(votes)} confirmed votes: {page.title}")


def _token_hash(vote):
    return hash_token(vote.confirm_token)


def _weighted(rng, options):
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights=weights)[0]


def _sample(rng, themes, weights, count):
    """`count` different themes, the popular ones more often."""
    themes, weights = list(themes), list(weights)
    chosen = []
    for _ in range(count):
        index = rng.choices(range(len(themes)), weights=weights)[0]
        chosen.append(themes.pop(index))
        weights.pop(index)
    return chosen


def _application(page, spec, keys, log):
    """An application as it stands after the decision; a not funded one without its personal data."""
    if Application.objects.filter(reference=spec["reference"]).exists():
        return
    submitted_at = page.applications_open_at + datetime.timedelta(days=spec["submitted"], hours=3)
    decided_at = timezone.make_aware(datetime.datetime.combine(page.decision_on, datetime.time(15, 0)))
    budget = [{"item": item, "amount": amount} for item, amount in spec["budget"]]
    funded = spec["status"] == Application.Status.FUNDED
    application = Application(
        round=page,
        reference=spec["reference"],
        status=spec["status"],
        language=spec["language"],
        applicant_type=spec["applicant_type"],
        applicant_name=spec["applicant_name"],
        show_name=spec["show_name"],
        contact_name=spec["contact_name"],
        contact_email=spec["contact_email"],
        theme_key=keys[spec["theme"]],
        title=spec["title"],
        description=spec["description"],
        audience=spec["audience"],
        area=spec["area"],
        schedule=spec["schedule"],
        budget=budget,
        requested_amount=sum(Decimal(row["amount"]) for row in budget),
        self_financing=Decimal(spec["self_financing"]),
        other_funding=spec["other_funding"],
        amount_granted=Decimal(spec["amount_granted"]) if funded else None,
        submitted_at=submitted_at,
        decided_at=decided_at,
        merge_note=spec.get("merge_note", ""),
    )
    if "merge_with" in spec:
        application.merge_with = Application.objects.get(reference=spec["merge_with"])
    if not funded:
        # As the retention rules leave it: the project stays, the people behind it are gone.
        days = settings.WELLBEING_NOT_FUNDED_RETENTION_DAYS
        application.personal_data_deleted_at = decided_at + datetime.timedelta(days=days, hours=12)
        application.contact_name = application.contact_email = ""
        if application.applicant_type == ApplicantType.PERSON:
            application.applicant_name = ""
    application.save()
    created_at = submitted_at - datetime.timedelta(days=3)
    Application.objects.filter(pk=application.pk).update(
        created_at=created_at, updated_at=application.personal_data_deleted_at or decided_at
    )
    report = spec["report"]
    if report:
        Report.objects.create(
            application=application,
            status=report["status"],
            what_was_done=report["what_was_done"],
            participants=report["participants"],
            money_used=report["money_used"],
            amount_used=Decimal(report["amount_used"]),
            published_at=_moment(report["published"], 10) if report["published"] is not None else None,
        )
        Report.objects.filter(application=application).update(submitted_at=_moment(report["submitted"], 18))
    log(f"Created application {spec['reference']}: {spec['title']}")


def _date(offset):
    return timezone.localdate() + datetime.timedelta(days=offset)


def _moment(offset, hour, minute=0):
    """A moment `offset` days from today, local time."""
    return timezone.make_aware(datetime.datetime.combine(_date(offset), datetime.time(hour, minute)))
