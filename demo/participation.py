"""What there is to take part in, for the demo, in Finnish, Swedish and English.

The taxonomies, people, participation model, networks, participation
opportunities and outcomes of the demo site, and the councils' own calls
and statements. Finnish is the source language; every text is a
{"fi", "sv", "en"} dict, and rich-text bodies use the same block format as
``demo.content``: the same blocks, the same paragraphs and list items,
and the same links in every language.

Days are relative to the day the demo content is loaded (0 = today), so the
catalogue always has opportunities that are open, upcoming, ongoing and
closed. The participation agents are fictional example people with example
contact details, and the councils' addresses are example role addresses.
The activities are realistic demo activities, not real events of the City
of Pori.
"""

TOPICS = [
    {
        "slug": "culture-and-events",
        "name": {
            "fi": "Kulttuuri ja tapahtumat",
            "sv": "Kultur och evenemang",
            "en": "Culture and events",
        },
    },
    {
        "slug": "sports-and-outdoors",
        "name": {
            "fi": "Liikunta ja ulkoilu",
            "sv": "Motion och friluftsliv",
            "en": "Sport and outdoor activities",
        },
    },
    {
        "slug": "urban-planning",
        "name": {"fi": "Kaupunkisuunnittelu", "sv": "Stadsplanering", "en": "Urban planning"},
    },
    {
        "slug": "environment",
        "name": {"fi": "Ympäristö ja luonto", "sv": "Miljö och natur", "en": "Environment and nature"},
    },
    {
        "slug": "wellbeing-and-health",
        "name": {
            "fi": "Hyvinvointi ja terveys",
            "sv": "Välbefinnande och hälsa",
            "en": "Wellbeing and health",
        },
    },
    {
        "slug": "children-and-youth",
        "name": {"fi": "Lapset ja nuoret", "sv": "Barn och unga", "en": "Children and young people"},
    },
    {
        "slug": "services-for-seniors",
        "name": {
            "fi": "Ikäihmisten palvelut",
            "sv": "Tjänster för äldre",
            "en": "Services for older people",
        },
    },
    {
        "slug": "accessibility-and-inclusion",
        "name": {
            "fi": "Esteettömyys ja yhdenvertaisuus",
            "sv": "Tillgänglighet och likabehandling",
            "en": "Accessibility and inclusion",
        },
    },
]

AREAS = [
    {
        "slug": "keskusta",
        "name": {"fi": "Keskusta", "sv": "Centrum", "en": "City centre"},
    },
    {
        "slug": "kirjurinluoto",
        "name": {"fi": "Kirjurinluoto", "sv": "Kirjurinluoto", "en": "Kirjurinluoto"},
    },
    {
        "slug": "reposaari",
        "name": {"fi": "Reposaari", "sv": "Räfsö", "en": "Reposaari"},
    },
    {
        "slug": "yyteri",
        "name": {"fi": "Yyteri", "sv": "Ytterö", "en": "Yyteri"},
    },
    {
        "slug": "noormarkku",
        "name": {"fi": "Noormarkku", "sv": "Norrmark", "en": "Noormarkku"},
    },
    {
        "slug": "lansi-pori",
        "name": {"fi": "Länsi-Pori", "sv": "Västra Björneborg", "en": "West Pori"},
    },
    {
        "slug": "ita-pori",
        "name": {"fi": "Itä-Pori", "sv": "Östra Björneborg", "en": "East Pori"},
    },
    {
        "slug": "koko-pori",
        "name": {"fi": "Koko Pori", "sv": "Hela Björneborg", "en": "Whole city"},
    },
]

AUDIENCES = [
    {
        "slug": "young-people",
        "name": {"fi": "Nuoret", "sv": "Unga", "en": "Young people"},
    },
    {
        "slug": "seniors",
        "name": {"fi": "Ikäihmiset", "sv": "Äldre", "en": "Older people"},
    },
    {
        "slug": "people-with-disabilities",
        "name": {
            "fi": "Vammaiset ihmiset",
            "sv": "Personer med funktionsnedsättning",
            "en": "Disabled people",
        },
    },
    {
        "slug": "families-with-children",
        "name": {"fi": "Lapsiperheet", "sv": "Barnfamiljer", "en": "Families with children"},
    },
    {
        "slug": "event-organisers",
        "name": {"fi": "Tapahtumajärjestäjät", "sv": "Evenemangsarrangörer", "en": "Event organisers"},
    },
    {
        "slug": "associations",
        "name": {
            "fi": "Yhdistykset ja yhteisöt",
            "sv": "Föreningar och sammanslutningar",
            "en": "Associations and communities",
        },
    },
    {
        "slug": "everyone",
        "name": {"fi": "Kaikki", "sv": "Alla", "en": "Everyone"},
    },
]

PEOPLE = [
    {
        "key": "agent-1",
        "name": "Aino Esimerkki",
        "role": {"fi": "Osallisuusagentti", "sv": "Delaktighetsagent", "en": "Participation agent"},
        "phone": "+358 40 000 0001",
        "email": "aino.esimerkki@example.fi",
        "languages": {
            "fi": "suomi, ruotsi, englanti",
            "sv": "finska, svenska, engelska",
            "en": "Finnish, Swedish, English",
        },
        "walk_in": {
            "fi": ("Tavattavissa ilman ajanvarausta tiistaisin klo 13–15 Porin kaupunginkirjaston aulassa."),
            "sv": (
                "Du kan träffa henne utan tidsbokning på tisdagar kl. 13–15 i entréhallen "
                "på Björneborgs stadsbibliotek."
            ),
            "en": ("Drop in without an appointment on Tuesdays, 1–3 pm, in the lobby of Pori City Library."),
        },
        "bio": {
            "fi": (
                "Aino valmentaa kaupungin henkilöstöä osallistamisen menetelmissä ja "
                "vetää dialogeja. Häneltä saat apua, kun yhdistyksesi tai ryhmäsi haluaa "
                "hakea hyvinvointirahaa tai tuoda asian kaupungin valmisteluun."
            ),
            "sv": (
                "Aino coachar stadens personal i metoder för delaktighet och leder "
                "dialoger. Hon hjälper dig när din förening eller grupp vill söka "
                "välmåendepengar eller föra fram en fråga i stadens beredning."
            ),
            "en": (
                "Aino coaches city staff in participation methods and leads dialogues. "
                "She can help when your association or group wants to apply for "
                "wellbeing money or bring a matter to the city's attention."
            ),
        },
    },
    {
        "key": "agent-2",
        "name": "Ville Malli",
        "role": {"fi": "Osallisuusagentti", "sv": "Delaktighetsagent", "en": "Participation agent"},
        "phone": "+358 40 000 0002",
        "email": "ville.malli@example.fi",
        "languages": {"fi": "suomi, englanti", "sv": "finska, engelska", "en": "Finnish, English"},
        "walk_in": {
            "fi": "Tavattavissa ilman ajanvarausta torstaisin klo 15–17 keskustan nuorisotalolla.",
            "sv": ("Du kan träffa honom utan tidsbokning på torsdagar kl. 15–17 på ungdomsgården i centrum."),
            "en": (
                "Drop in without an appointment on Thursdays, 3–5 pm, at the youth centre in the city centre."
            ),
        },
        "bio": {
            "fi": (
                "Ville tukee nuorisovaltuustoa ja niitä kaupungin yksiköitä, jotka "
                "haluavat ottaa nuoret ja lapsiperheet mukaan suunnitteluun. Hän "
                "koordinoi myös Poris-pop-upeja ja Kirjurinluodon kehittämishanketta."
            ),
            "sv": (
                "Ville stöder ungdomsfullmäktige och de enheter vid staden som vill ta "
                "med unga och barnfamiljer i planeringen. Han samordnar också "
                "Poris-popuperna och utvecklingsprojektet för Kirjurinluoto."
            ),
            "en": (
                "Ville supports the youth council and the city units that want to involve "
                "young people and families in planning. He also coordinates the Poris "
                "pop-ups and the Kirjurinluoto development project."
            ),
        },
    },
]

MODEL_PAGE = {
    "slug": {"fi": "osallisuusmalli", "sv": "delaktighetsmodellen", "en": "participation-model"},
    "title": {"fi": "Osallisuusmalli", "sv": "Delaktighetsmodellen", "en": "The participation model"},
    "intro": {
        "fi": (
            "Porin osallisuus- ja vuorovaikutusmalli kertoo, miten kaupunki ottaa "
            "asukkaat ja palvelujen käyttäjät mukaan asioiden valmisteluun. "
            "Kaupunginhallitus hyväksyi mallin 19.3.2018."
        ),
        "sv": (
            "Björneborgs modell för delaktighet och växelverkan beskriver hur staden "
            "tar med invånarna och dem som använder tjänsterna i beredningen av "
            "ärenden. Stadsstyrelsen godkände modellen den 19 mars 2018."
        ),
        "en": (
            "Pori's participation and interaction model describes how the city "
            "involves residents and service users in preparing matters. The city "
            "board approved the model on 19 March 2018."
        ),
    },
    "search_description": {
        "fi": (
            "Porin osallisuus- ja vuorovaikutusmalli: miksi ja miten se tehtiin, "
            "viisi periaatetta ja seitsemän askelta asukkaiden osallistamiseen."
        ),
        "sv": (
            "Björneborgs modell för delaktighet och växelverkan: varför och hur den "
            "togs fram, fem principer och sju steg för att involvera invånarna."
        ),
        "en": (
            "Pori's participation and interaction model: why and how it was made, its "
            "five principles and seven steps for involving residents."
        ),
    },
    "approved_on": "2018-03-19",
    "body": [
        (
            "heading",
            {"fi": "Mikä malli on", "sv": "Vad modellen är", "en": "What the model is"},
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<p>Osallisuus- ja vuorovaikutusmalli on kaupungin yhteinen tapa ottaa "
                    "asukkaat mukaan. Se lupaa, että asukkaat ja palvelujen käyttäjät voivat "
                    "osallistua asioiden, päätösten ja palvelujen valmisteluun ja vaikuttaa "
                    "siihen. Malli:</p>"
                ),
                "sv": (
                    "<p>Modellen för delaktighet och växelverkan är stadens gemensamma sätt "
                    "att ta med invånarna. Den lovar att invånarna och de som använder "
                    "tjänsterna kan delta i och påverka beredningen av ärenden, beslut och "
                    "tjänster. Modellen:</p>"
                ),
                "en": (
                    "<p>The participation and interaction model is the city's shared way of "
                    "involving residents. It promises that residents and service users can "
                    "take part in and influence how matters, decisions and services are "
                    "prepared. The model:</p>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<ul>"
                    "<li>on konkreettinen työkalu</li>"
                    "<li>mahdollistaa eri kohderyhmien laajan osallistumisen</li>"
                    "<li>nostaa kaupunkilaisten ja yhteisöjen asiantuntemuksen henkilöstön "
                    "asiantuntemuksen rinnalle</li>"
                    "<li>haastaa kaupunkiorganisaation kohti osallistuvaa, avoimempaa ja "
                    "vuorovaikutteisempaa toimintakulttuuria.</li>"
                    "</ul>"
                ),
                "sv": (
                    "<ul>"
                    "<li>är ett konkret verktyg</li>"
                    "<li>gör det möjligt för olika målgrupper att delta i stor skala</li>"
                    "<li>lyfter fram invånarnas och sammanslutningarnas sakkunskap vid sidan "
                    "av personalens</li>"
                    "<li>utmanar stadsorganisationen att gå mot en mer deltagande, öppen och "
                    "interaktiv verksamhetskultur.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>is a practical tool</li>"
                    "<li>makes it possible for many different groups to take part</li>"
                    "<li>puts the expertise of residents and communities alongside the "
                    "expertise of staff</li>"
                    "<li>challenges the city organisation to move towards a more "
                    "participatory, open and interactive culture.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "fi": "Miksi malli tehtiin",
                "sv": "Varför modellen togs fram",
                "en": "Why the model was made",
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<p>Porin kaupunkistrategian mukaan Porin on oltava entistä "
                    "vuorovaikutteisempi ja osallistavampi, ja sama linjaus sisältyy "
                    "Pori-sopimukseen. Kuntalaki antaa asukkaille ja palvelujen käyttäjille "
                    "oikeuden osallistua ja vaikuttaa kunnan toimintaan (410/2015, 22 §).</p>"
                    "<p>Malli oli osa laajempaa uudistusta, jossa Pori uudisti samaan aikaan "
                    "myös organisaationsa, kaupunkistrategiansa ja brändikonseptinsa.</p>"
                ),
                "sv": (
                    "<p>Enligt Björneborgs stadsstrategi ska staden bli mer interaktiv och "
                    "delaktighetsfrämjande, och samma riktlinje finns i Björneborgsavtalet. "
                    "Kommunallagen ger invånarna och de som använder tjänsterna rätt att "
                    "delta i och påverka kommunens verksamhet (410/2015, 22 §).</p>"
                    "<p>Modellen var en del av en större förnyelse, där Björneborg samtidigt "
                    "förnyade också sin organisation, sin stadsstrategi och sitt "
                    "varumärkeskoncept.</p>"
                ),
                "en": (
                    "<p>Pori's city strategy states that Pori should become more interactive "
                    "and participatory, and the Pori Agreement says the same. The Local "
                    "Government Act gives residents and service users the right to take part "
                    "in and influence the municipality's activities (410/2015, section "
                    "22).</p>"
                    "<p>The model was part of a wider renewal in which Pori also renewed its "
                    "organisation, its city strategy and its brand concept.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "fi": "Miten malli valmisteltiin",
                "sv": "Hur modellen togs fram",
                "en": "How the model was prepared",
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<p>Malli valmisteltiin yhdessä asukkaiden, yhteisöjen, kaupungin "
                    "henkilöstön ja päättäjien kanssa, ja kumppanina oli palvelumuotoiluun "
                    "erikoistunut yritys. Työ eteni neljässä vaiheessa:</p>"
                ),
                "sv": (
                    "<p>Modellen togs fram tillsammans med invånare, sammanslutningar, "
                    "stadens personal och beslutsfattare, med ett företag specialiserat på "
                    "tjänstedesign som partner. Arbetet gick framåt i fyra faser:</p>"
                ),
                "en": (
                    "<p>The model was prepared together with residents, communities, city "
                    "staff and decision-makers, with a service design company as a partner. "
                    "The work went through four phases:</p>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<ul>"
                    "<li><b>Käynnistys:</b> esivalmistelut, aloitustyöpaja sekä mestarikurssi "
                    "osallistamisesta ja palvelumuotoilusta.</li>"
                    "<li><b>Painopisteiden määrittely:</b> käyttäjähaastattelut ja niiden "
                    "löydösten analysointi. Tuloksena oli vastaus siihen, miksi ja miten "
                    "kaupunkilaisten kannattaa osallistua juuri Porin kehittämiseen.</li>"
                    "<li><b>Toimintamallin suunnittelu ja kokeilu:</b> suunniteltiin, miten "
                    "kuntalaiset otetaan mukaan palvelujen kehittämiseen ja toiminnan "
                    "järjestämiseen. Mallia testattiin ketterästi Kirjurinluodon "
                    "kehittämishankkeessa tapahtumajärjestäjien ja leikkipuistoiästä ulos "
                    "kasvaneiden nuorten kanssa sekä brändikonseptin muotoilussa.</li>"
                    "<li><b>Toimintamalli ja konkreettinen esimerkki:</b> malli otettiin "
                    "käyttöön. Sovittiin, kuka tekee mitäkin, nimettiin osallisuusagentit ja "
                    "aloitettiin koko organisaation valmentaminen, jotta osallistaminen "
                    "tulisi osaksi kaikkien työtä.</li>"
                    "</ul>"
                ),
                "sv": (
                    "<ul>"
                    "<li><b>Start:</b> förberedelser, en startverkstad och en mästarkurs i "
                    "delaktighet och tjänstedesign.</li>"
                    "<li><b>Att fastställa tyngdpunkterna:</b> intervjuer med användare och "
                    "analys av resultaten. Resultatet var ett svar på varför och hur "
                    "invånarna ska delta i att utveckla just Björneborg.</li>"
                    "<li><b>Att planera och pröva modellen:</b> man planerade hur invånarna "
                    "tas med i utvecklingen av tjänster och i hur verksamheten ordnas. "
                    "Modellen testades smidigt i utvecklingsprojektet för Kirjurinluoto, med "
                    "evenemangsarrangörer och med unga som har vuxit ur lekparksåldern, och i "
                    "utformningen av varumärkeskonceptet.</li>"
                    "<li><b>Modellen och ett konkret exempel:</b> modellen togs i bruk. Man "
                    "kom överens om vem som gör vad, utsåg delaktighetsagenterna och började "
                    "coacha hela organisationen, så att delaktighet blir en del av allas "
                    "arbete.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li><b>Kick-off:</b> preparations, a kick-off workshop and a masterclass "
                    "on participation and service design.</li>"
                    "<li><b>Defining the focus:</b> user interviews and analysis of the "
                    "findings. The result was an answer to why and how residents should take "
                    "part in developing Pori in particular.</li>"
                    "<li><b>Designing and piloting the model:</b> planning how residents are "
                    "involved in developing services and organising activities. The model was "
                    "tested in an agile way in the Kirjurinluoto development project, with "
                    "event organisers and with young people who had outgrown playgrounds, and "
                    "in designing the brand concept.</li>"
                    "<li><b>The model and a concrete example:</b> the model was put into use. "
                    "It was agreed who does what, the participation agents were appointed, "
                    "and coaching of the whole organisation began so that participation would "
                    "become part of everyone's work.</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "heading",
            {
                "fi": "Mitä malli tarkoittaa käytännössä",
                "sv": "Vad modellen betyder i praktiken",
                "en": "What the model means in practice",
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<p><b>Henkilöstölle ja päättäjille</b> malli on ohje ja työkalu. Se "
                    "kertoo, milloin ja miten asukkaat otetaan mukaan ja miten "
                    "osallistumisesta kerrotaan.</p>"
                    "<p><b>Asukkaille</b> malli kertoo, miten kaupungin asioihin voi "
                    "osallistua. Sen avulla voit myös arvioida, miten kaupunki saavuttaa "
                    "tavoitteensa. Tämä palvelu kokoaa osallistumisen tavat yhteen ja kertoo, "
                    "mitä niistä on seurannut.</p>"
                ),
                "sv": (
                    "<p><b>För personalen och beslutsfattarna</b> är modellen en anvisning "
                    "och ett verktyg. Den visar när och hur invånarna ska tas med och hur man "
                    "berättar om deltagandet.</p>"
                    "<p><b>För invånarna</b> visar modellen hur man kan delta i stadens "
                    "angelägenheter. Med hjälp av den kan du också bedöma hur staden når sina "
                    "mål. Den här tjänsten samlar sätten att delta och berättar vad de har "
                    "lett till.</p>"
                ),
                "en": (
                    "<p><b>For staff and decision-makers</b>, the model is a guideline and a "
                    "tool. It sets out when and how to involve residents and how to report on "
                    "participation.</p>"
                    "<p><b>For residents</b>, the model shows how to take part in the city's "
                    "affairs. It also gives you a way to assess how well the city meets its "
                    "goals. This service brings the ways to take part together and reports on "
                    "what has come of them.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "fi": "Mitä sen jälkeen on tehty",
                "sv": "Vad som har hänt sedan dess",
                "en": "What has happened since",
            },
        ),
        (
            "paragraph",
            {
                "fi": "<p>Mallin hyväksymisen jälkeen kaupunki on muun muassa:</p>",
                "sv": "<p>Efter att modellen godkändes har staden bland annat:</p>",
                "en": "<p>Since the model was approved, the city has, among other things:</p>",
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<ul>"
                    "<li>nimennyt kaksi osallisuusagenttia, jotka käyttävät puolet "
                    "työajastaan osallisuustyöhön</li>"
                    "<li>kouluttanut henkilöstöä osallistamisen menetelmissä</li>"
                    "<li>kokeillut rohkeasti uusia tapoja osallistua, kuten hyvinvointirahaa, "
                    "dialogeja ja Poris-pop-upia.</li>"
                    "</ul>"
                ),
                "sv": (
                    "<ul>"
                    "<li>utsett två delaktighetsagenter, som använder hälften av sin "
                    "arbetstid till arbetet för delaktighet</li>"
                    "<li>utbildat personalen i metoder för delaktighet</li>"
                    "<li>modigt prövat nya sätt att delta, till exempel välmåendepengarna, "
                    "dialoger och Poris pop-up.</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>appointed two participation agents, who spend half of their working "
                    "time on participation</li>"
                    "<li>trained staff in participation methods</li>"
                    "<li>boldly tried out new ways to take part, such as wellbeing money, "
                    "dialogues and the Poris pop-up.</li>"
                    "</ul>"
                ),
            },
        ),
    ],
    "principles": [
        {
            "anchor": "yhteensovittaminen",
            "title": {"fi": "Yhteensovittaminen", "sv": "Samordning", "en": "Coordination"},
            "text": {
                "fi": (
                    "Osallistaminen on automaattinen osa kaupungin sisäisiä prosesseja eli "
                    "tapa ajatella ja toimia."
                ),
                "sv": (
                    "Delaktighet är en självklar del av stadens interna processer, alltså ett "
                    "sätt att tänka och handla."
                ),
                "en": (
                    "Involving people is an automatic part of the city's internal processes: "
                    "a way of thinking and acting."
                ),
            },
        },
        {
            "anchor": "lapinakyvyys",
            "title": {"fi": "Läpinäkyvyys", "sv": "Öppenhet", "en": "Transparency"},
            "text": {
                "fi": (
                    "Se mitä osallistamisella tavoitellaan, mihin pyritään ja mihin suuntaan "
                    "edetään, on kaikille avointa ja selkeää."
                ),
                "sv": (
                    "Vad delaktigheten ska uppnå, vad man strävar efter och åt vilket håll "
                    "man går är öppet och tydligt för alla."
                ),
                "en": (
                    "What involving people is meant to achieve, what we are aiming for and "
                    "which direction we are heading in is open and clear to everyone."
                ),
            },
        },
        {
            "anchor": "vastuullisuus",
            "title": {"fi": "Vastuullisuus", "sv": "Ansvarsfullhet", "en": "Responsibility"},
            "text": {
                "fi": (
                    "Osallistaminen on tietoista suunnittelu- ja päätäntävallan siirtoa "
                    "palveluiden käyttäjille."
                ),
                "sv": (
                    "Delaktighet innebär att makt över planering och beslut medvetet förs "
                    "över till dem som använder tjänsterna."
                ),
                "en": (
                    "Involving people means deliberately handing over planning and "
                    "decision-making power to the people who use the services."
                ),
            },
        },
        {
            "anchor": "kehittaminen",
            "title": {"fi": "Kehittäminen", "sv": "Utveckling", "en": "Development"},
            "text": {
                "fi": (
                    "Osallistaminen on rohkeutta luopua täydestä kontrollista: mahdollisuus "
                    "aidosti kiinnostaviin, uusiin asioihin edellyttää epäonnistumisen "
                    "kulttuuria ja sitä, ettei pelkää riskejä."
                ),
                "sv": (
                    "Delaktighet kräver mod att släppa full kontroll: verkligt intressanta, "
                    "nya saker blir möjliga först i en kultur där man får misslyckas och inte "
                    "är rädd för risker."
                ),
                "en": (
                    "Involving people takes the courage to give up full control: genuinely "
                    "interesting new things are only possible in a culture that accepts "
                    "failure and is not afraid of risks."
                ),
            },
        },
        {
            "anchor": "toimintamahdollisuudet",
            "title": {
                "fi": "Toimintamahdollisuudet",
                "sv": "Handlingsmöjligheter",
                "en": "Opportunities to act",
            },
            "text": {
                "fi": (
                    "Osallistaminen on ketterää ja osallistamisen keinot muuttuvat "
                    "kuntalaisten tarpeiden mukana jatkuvasti oikeaan suuntaan."
                ),
                "sv": (
                    "Delaktigheten är smidig, och metoderna för delaktighet förändras hela "
                    "tiden i rätt riktning i takt med invånarnas behov."
                ),
                "en": (
                    "Involving people is agile, and the ways of doing it keep changing in the "
                    "right direction as residents' needs change."
                ),
            },
        },
    ],
    "steps": [
        {
            "anchor": "askel-1",
            "title": {
                "fi": ("Vastaa kaupunkilaisten olennaisiin tarpeisiin ja heille ajankohtaisiin ilmiöihin"),
                "sv": "Svara på invånarnas relevanta behov och på fenomen som är aktuella för dem",
                "en": (
                    "Respond to the relevant needs of the citizens and to phenomena that are current for them"
                ),
            },
            "text": {
                "fi": (
                    "Osallistaminen alkaa asioista, jotka ovat asukkaille tärkeitä juuri nyt. "
                    "Selvitä ensin, mikä ihmisiä askarruttaa, ja kytke osallistuminen siihen "
                    "eikä vain kaupungin omiin aikatauluihin."
                ),
                "sv": (
                    "Delaktigheten börjar med frågor som är viktiga för invånarna just nu. Ta "
                    "först reda på vad som engagerar människor, och koppla deltagandet till "
                    "det och inte bara till stadens egna tidtabeller."
                ),
                "en": (
                    "Participation starts with what matters to residents right now. First "
                    "find out what is on people's minds, and link participation to that "
                    "rather than only to the city's own timetables."
                ),
            },
        },
        {
            "anchor": "askel-2",
            "title": {
                "fi": "Kohdista osallistaminen todellisille käyttäjille",
                "sv": "Rikta delaktigheten till de verkliga användarna",
                "en": "Target participation to real users",
            },
            "text": {
                "fi": (
                    "Kutsu mukaan ne, joita asia koskee: palvelun käyttäjät, alueen asukkaat "
                    "tai ryhmä, jonka ääni jää helposti kuulumatta. Mene tarvittaessa sinne, "
                    "missä ihmiset jo ovat, äläkä odota heitä virastoon."
                ),
                "sv": (
                    "Bjud in dem som frågan gäller: de som använder tjänsten, invånarna i "
                    "området eller en grupp vars röst lätt blir ohörd. Gå vid behov dit där "
                    "människorna redan finns i stället för att vänta på att de kommer till "
                    "ämbetshuset."
                ),
                "en": (
                    "Invite the people the matter concerns: the service's users, the "
                    "residents of the area, or a group whose voice easily goes unheard. Where "
                    "needed, go to where people already are instead of waiting for them to "
                    "come to a city office."
                ),
            },
        },
        {
            "anchor": "askel-3",
            "title": {
                "fi": "Selkeytä osallistamisen tavoitteet ja viesti niistä avoimesti",
                "sv": "Klargör målen för delaktigheten och informera öppet om dem",
                "en": "Clarify the goals of participation and communicate them openly",
            },
            "text": {
                "fi": (
                    "Kerro etukäteen, mitä osallistumisella haetaan, mihin asukkaat voivat "
                    "vaikuttaa ja mihin eivät. Kerro myös, kuka asiasta päättää ja milloin, "
                    "jotta osallistujat voivat seurata, mitä heidän näkemyksilleen tapahtuu."
                ),
                "sv": (
                    "Berätta i förväg vad deltagandet ska leda till, vad invånarna kan "
                    "påverka och vad de inte kan påverka. Berätta också vem som beslutar och "
                    "när, så att deltagarna kan följa vad som händer med deras synpunkter."
                ),
                "en": (
                    "Say in advance what the participation is for, what residents can "
                    "influence and what they cannot. Also say who decides and when, so that "
                    "participants can follow what happens to their views."
                ),
            },
        },
        {
            "anchor": "askel-4",
            "title": {
                "fi": "Valitse oikea osallistamisen menetelmä",
                "sv": "Välj rätt metod för delaktighet",
                "en": "Choose the right participation method",
            },
            "text": {
                "fi": (
                    "Valitse menetelmä tavoitteen ja osallistujien mukaan: kysely tavoittaa "
                    "monta, työpaja ja dialogi antavat syvyyttä, ja kokeilu näyttää, toimiiko "
                    "idea käytännössä. Huolehdi myös, että kaikki pääsevät mukaan "
                    "esteettömästi."
                ),
                "sv": (
                    "Välj metod utifrån målet och deltagarna: en enkät når många, en verkstad "
                    "och en dialog ger djup, och ett försök visar om idén fungerar i "
                    "praktiken. Se också till att alla kan delta utan hinder."
                ),
                "en": (
                    "Choose the method to suit the goal and the participants: a survey "
                    "reaches many people, workshops and dialogues give depth, and a pilot "
                    "shows whether an idea works in practice. Also make sure that everyone "
                    "can take part without barriers."
                ),
            },
        },
        {
            "anchor": "askel-5",
            "title": {
                "fi": "Dokumentoi, mutta vältä turhaa byrokratiaa",
                "sv": "Dokumentera, men undvik onödig byråkrati",
                "en": "Document, but avoid unnecessary bureaucracy",
            },
            "text": {
                "fi": (
                    "Kirjaa, keitä kuultiin, mitä he sanoivat ja miten palaute vaikutti. "
                    "Kevyt ja selkeä dokumentointi riittää: sen tarkoitus on tehdä "
                    "vaikutukset näkyviksi, ei kuormittaa osallistujia tai henkilöstöä."
                ),
                "sv": (
                    "Anteckna vem som hördes, vad de sa och hur responsen påverkade. En lätt "
                    "och tydlig dokumentation räcker: syftet är att göra effekterna synliga, "
                    "inte att belasta deltagarna eller personalen."
                ),
                "en": (
                    "Record who was heard, what they said and what difference their feedback "
                    "made. Light, clear records are enough: the aim is to make the impact "
                    "visible, not to burden participants or staff."
                ),
            },
        },
        {
            "anchor": "askel-6",
            "title": {
                "fi": "Kokeile rohkeasti äläkä pelkää epäonnistumista",
                "sv": "Pröva modigt och var inte rädd för att misslyckas",
                "en": "Try boldly and don't be afraid of failure",
            },
            "text": {
                "fi": (
                    "Uudet ja aidosti kiinnostavat ratkaisut vaativat, että kaupunki luopuu "
                    "täydestä kontrollista. Pienikin kokeilu kertoo usein enemmän kuin pitkä "
                    "suunnittelu, ja epäonnistunutkin kokeilu antaa arvokasta tietoa."
                ),
                "sv": (
                    "Nya och verkligt intressanta lösningar kräver att staden släpper full "
                    "kontroll. Ett litet försök säger ofta mer än lång planering, och också "
                    "ett misslyckat försök ger värdefull kunskap."
                ),
                "en": (
                    "New and genuinely interesting solutions require the city to give up full "
                    "control. Even a small pilot often tells you more than long planning, and "
                    "a pilot that fails still gives valuable information."
                ),
            },
        },
        {
            "anchor": "askel-7",
            "title": {
                "fi": "Kokeile, opi ja jaa kokemuksia",
                "sv": "Experimentera, lär dig och dela med dig av erfarenheterna",
                "en": "Experiment, learn and share experiences",
            },
            "text": {
                "fi": (
                    "Arvioi kokeilun jälkeen, mikä toimi ja mikä ei, ja kerro siitä "
                    "osallistujille. Jaa opit myös muille kaupungin yksiköille, jotta hyvät "
                    "käytännöt leviävät koko organisaatioon."
                ),
                "sv": (
                    "Utvärdera efter försöket vad som fungerade och vad som inte gjorde det, "
                    "och berätta om det för deltagarna. Dela också lärdomarna med stadens "
                    "andra enheter, så att goda metoder sprids i hela organisationen."
                ),
                "en": (
                    "After a pilot, assess what worked and what did not, and tell the "
                    "participants. Share what you learned with other city units too, so that "
                    "good practices spread across the whole organisation."
                ),
            },
        },
    ],
}

NETWORKS_INDEX = {
    "slug": {
        "fi": "osallisuusverkostot",
        "sv": "natverk-for-delaktighet",
        "en": "participation-networks",
    },
    "title": {
        "fi": "Osallisuusverkostot",
        "sv": "Nätverk för delaktighet",
        "en": "Participation networks",
    },
    "intro": {
        "fi": (
            "Kaupungin sisällä osallisuutta edistävät päättäjät, nuorisovaltuusto, "
            "vanhusneuvosto, vammaisneuvosto ja henkilöstö eri puolilla "
            "organisaatiota. Täältä näet, mitä kukin verkosto tekee ja miten siihen "
            "saa yhteyden."
        ),
        "sv": (
            "Inom staden främjas delaktigheten av beslutsfattarna, "
            "ungdomsfullmäktige, äldrerådet, rådet för personer med "
            "funktionsnedsättning och personalen i hela organisationen. Här ser du "
            "vad varje nätverk gör och hur du kontaktar det."
        ),
        "en": (
            "Within the city, participation is promoted by decision-makers, the youth "
            "council, the elderly council, the disability council and staff across "
            "the organisation. Here you can see what each network does and how to "
            "contact it."
        ),
    },
    "search_description": {
        "fi": (
            "Porin osallisuusverkostot: nuorisovaltuusto, vanhusneuvosto, "
            "vammaisneuvosto, päättäjät ja henkilöstö. Mitä ne tekevät ja miten ne "
            "tavoittaa."
        ),
        "sv": (
            "Björneborgs nätverk för delaktighet: ungdomsfullmäktige, äldrerådet, "
            "funktionshinderrådet, beslutsfattarna och personalen."
        ),
        "en": (
            "Pori's participation networks: the youth council, elderly council, "
            "disability council, decision-makers and staff. What they do and how to "
            "reach them."
        ),
    },
}

NETWORKS = [
    {
        "key": "youth-council",
        "council": "youth",
        "slug": {"fi": "nuorisovaltuusto", "sv": "ungdomsfullmaktige", "en": "youth-council"},
        "title": {"fi": "Nuorisovaltuusto", "sv": "Ungdomsfullmäktige", "en": "Youth council"},
        "intro": {
            "fi": (
                "Nuorisovaltuusto tuo porilaisten nuorten äänen kaupungin "
                "päätöksentekoon. Se tekee aloitteita, antaa lausuntoja ja järjestää "
                "nuorille tilaisuuksia vaikuttaa."
            ),
            "sv": (
                "Ungdomsfullmäktige för fram de ungas röst i Björneborgs beslutsfattande. "
                "Det lämnar initiativ och utlåtanden och ordnar tillfällen där unga kan "
                "påverka."
            ),
            "en": (
                "The youth council brings the voice of young people in Pori into the "
                "city's decision-making. It makes proposals, gives statements and "
                "organises ways for young people to have their say."
            ),
        },
        "search_description": {
            "fi": (
                "Porin nuorisovaltuusto: keitä siinä on, mitä se tekee ja miten nuoret "
                "voivat viedä asioitaan sen kautta eteenpäin."
            ),
            "sv": (
                "Ungdomsfullmäktige i Björneborg: vilka som är med, vad det gör och hur "
                "unga kan driva sina frågor via det."
            ),
            "en": (
                "Pori youth council: who its members are, what it does and how young "
                "people can take their issues forward through it."
            ),
        },
        "who_can_join": {
            "fi": (
                "Nuorisovaltuuston jäsenet ovat noin 13–20-vuotiaita porilaisia nuoria. "
                "Toimikausi kestää vuoden, ja nuorisovaltuustolla on edustajat kaupungin "
                "lautakunnissa. Kerromme tällä sivulla, kun uusien jäsenten valinta "
                "alkaa."
            ),
            "sv": (
                "Ledamöterna i ungdomsfullmäktige är unga björneborgare i åldern cirka "
                "13–20 år. Mandatperioden är ett år, och ungdomsfullmäktige har "
                "representanter i stadens nämnder. Vi berättar på den här sidan när valet "
                "av nya ledamöter börjar."
            ),
            "en": (
                "Members of the youth council are young people from Pori aged roughly 13 "
                "to 20. The term lasts one year, and the youth council has "
                "representatives on the city's committees. We will announce on this page "
                "when the selection of new members begins."
            ),
        },
        "meetings": {
            "fi": (
                "Kokoontuu noin kerran kuukaudessa. Kokouspäivät julkaistaan tällä "
                "sivulla, ja nuoret voivat ehdottaa asioita käsiteltäväksi "
                "osallisuusagentin kautta."
            ),
            "sv": (
                "Sammanträder ungefär en gång i månaden. Mötesdagarna publiceras på den "
                "här sidan, och unga kan föreslå frågor för behandling via "
                "delaktighetsagenten."
            ),
            "en": (
                "Meets about once a month. Meeting dates are published on this page, and "
                "young people can suggest topics for discussion through the participation "
                "agent."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä nuorisovaltuusto tekee",
                    "sv": "Vad ungdomsfullmäktige gör",
                    "en": "What the youth council does",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Nuorisovaltuusto seuraa kaupungin päätöksiä nuorten näkökulmasta, "
                        "tekee aloitteita ja antaa lausuntoja nuoria koskevista asioista. Sen "
                        "edustajat osallistuvat lautakuntien työhön, ja se järjestää kyselyjä ja "
                        "tapahtumia, joissa nuoret voivat kertoa mielipiteensä.</p>"
                    ),
                    "sv": (
                        "<p>Ungdomsfullmäktige följer stadens beslut ur de ungas synvinkel, "
                        "lämnar initiativ och ger utlåtanden i frågor som gäller unga. Dess "
                        "representanter deltar i nämndernas arbete, och det ordnar enkäter och "
                        "evenemang där unga kan säga vad de tycker.</p>"
                    ),
                    "en": (
                        "<p>The youth council follows the city's decisions from young people's "
                        "point of view, makes proposals and gives statements on matters that "
                        "affect young people. Its representatives take part in the work of the "
                        "committees, and it runs surveys and events where young people can give "
                        "their views.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kuntalain (410/2015) 26 §:n mukaan kunnanhallituksen on asetettava "
                        "nuorisovaltuusto tai vastaava nuorten vaikuttajaryhmä ja huolehdittava "
                        "sen toimintaedellytyksistä. Nuorisovaltuustolle on annettava "
                        "mahdollisuus vaikuttaa kunnan toiminnan suunnitteluun, valmisteluun, "
                        "toteuttamiseen ja seurantaan asioissa, joilla on merkitystä lapsille ja "
                        "nuorille.</p>"
                    ),
                    "sv": (
                        "<p>Enligt 26 § i kommunallagen (410/2015) ska kommunstyrelsen tillsätta "
                        "ett ungdomsfullmäktige eller en motsvarande påverkansgrupp för unga och "
                        "sörja för dess verksamhetsförutsättningar. Ungdomsfullmäktige ska ges "
                        "möjlighet att påverka planeringen, beredningen, genomförandet och "
                        "uppföljningen av kommunens verksamhet i frågor som har betydelse för "
                        "barn och unga.</p>"
                    ),
                    "en": (
                        "<p>Under section 26 of the Local Government Act (410/2015), the "
                        "municipal board must set up a youth council or a similar youth advocacy "
                        "group and make sure it can do its work. The youth council must be given "
                        "the opportunity to influence the planning, preparation, implementation "
                        "and monitoring of the municipality's activities in matters that are "
                        "important to children and young people.</p>"
                    ),
                },
            ),
        ],
        "contacts": ["agent-2"],
    },
    {
        "key": "elderly-council",
        "council": "elderly",
        "slug": {"fi": "vanhusneuvosto", "sv": "aldreradet", "en": "elderly-council"},
        "title": {"fi": "Vanhusneuvosto", "sv": "Äldrerådet", "en": "Elderly council"},
        "intro": {
            "fi": (
                "Vanhusneuvosto tuo ikääntyneiden porilaisten näkökulman kaupungin "
                "suunnitteluun ja päätöksentekoon. Se antaa lausuntoja ja kuulee "
                "ikäihmisiä heitä koskevissa asioissa."
            ),
            "sv": (
                "Äldrerådet för fram de äldre björneborgarnas synvinkel i stadens "
                "planering och beslutsfattande. Det ger utlåtanden och hör äldre personer "
                "i frågor som gäller dem."
            ),
            "en": (
                "The elderly council brings the views of older people in Pori into the "
                "city's planning and decision-making. It gives statements and consults "
                "older people on matters that affect them."
            ),
        },
        "search_description": {
            "fi": (
                "Porin vanhusneuvosto: mitä se tekee, mihin sen työ perustuu ja miten "
                "voit tuoda ikäihmisiä koskevan asian sen tietoon."
            ),
            "sv": (
                "Äldrerådet i Björneborg: vad det gör, vad arbetet bygger på och hur du "
                "kan föra fram en fråga som gäller äldre."
            ),
            "en": (
                "Pori elderly council: what it does, what its work is based on and how "
                "you can bring a matter concerning older people to its attention."
            ),
        },
        "who_can_join": {
            "fi": (
                "Vanhusneuvoston asettaa kaupunginhallitus. Sen jäsenet edustavat "
                "porilaisia ikäihmisiä ja heidän järjestöjään. Voit tuoda asian neuvoston "
                "tietoon osallisuusagentin kautta."
            ),
            "sv": (
                "Äldrerådet tillsätts av stadsstyrelsen. Dess medlemmar företräder de "
                "äldre i Björneborg och deras organisationer. Du kan föra fram en fråga "
                "till rådet via delaktighetsagenten."
            ),
            "en": (
                "The elderly council is appointed by the city board. Its members "
                "represent older people in Pori and their organisations. You can bring a "
                "matter to the council's attention through the participation agent."
            ),
        },
        "meetings": {
            "fi": (
                "Kokoontuu säännöllisesti useita kertoja vuodessa. Kokousajat ja "
                "neuvoston kuulemistilaisuudet julkaistaan tällä sivulla."
            ),
            "sv": (
                "Sammanträder regelbundet flera gånger om året. Mötestiderna och rådets "
                "hörandetillfällen publiceras på den här sidan."
            ),
            "en": (
                "Meets regularly several times a year. Meeting times and the council's "
                "public consultations are published on this page."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä vanhusneuvosto tekee",
                    "sv": "Vad äldrerådet gör",
                    "en": "What the elderly council does",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Vanhusneuvosto seuraa, miten kaupungin palvelut ja päätökset "
                        "vaikuttavat ikääntyneiden arkeen. Se antaa lausuntoja, tekee aloitteita "
                        "ja järjestää kuulemisia, joissa ikäihmiset voivat kertoa "
                        "kokemuksistaan.</p>"
                    ),
                    "sv": (
                        "<p>Äldrerådet följer hur stadens tjänster och beslut påverkar de äldres "
                        "vardag. Det ger utlåtanden, lämnar initiativ och ordnar höranden där "
                        "äldre kan berätta om sina erfarenheter.</p>"
                    ),
                    "en": (
                        "<p>The elderly council follows how the city's services and decisions "
                        "affect older people's everyday lives. It gives statements, makes "
                        "proposals and holds consultations where older people can share their "
                        "experiences.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kuntalain (410/2015) 27 §:n mukaan kunnanhallituksen on asetettava "
                        "vanhusneuvosto ja huolehdittava sen toimintaedellytyksistä. "
                        "Vanhusneuvostolle on annettava mahdollisuus vaikuttaa kunnan toimintaan "
                        "asioissa, joilla on merkitystä ikääntyneen väestön hyvinvoinnille, "
                        "terveydelle, osallisuudelle, elinympäristölle, asumiselle, liikkumiselle "
                        "tai arjessa selviytymiselle sekä heidän tarvitsemilleen palveluille.</p>"
                    ),
                    "sv": (
                        "<p>Enligt 27 § i kommunallagen (410/2015) ska kommunstyrelsen tillsätta "
                        "ett äldreråd och sörja för dess verksamhetsförutsättningar. Äldrerådet "
                        "ska ges möjlighet att påverka kommunens verksamhet i frågor som har "
                        "betydelse för den äldre befolkningens välfärd, hälsa, delaktighet, "
                        "livsmiljö, boende, rörlighet eller förmåga att klara sig i vardagen samt "
                        "för de tjänster de behöver.</p>"
                    ),
                    "en": (
                        "<p>Under section 27 of the Local Government Act (410/2015), the "
                        "municipal board must set up an elderly council and make sure it can do "
                        "its work. The elderly council must be given the opportunity to influence "
                        "the municipality's activities in matters that are important to older "
                        "people's wellbeing, health, participation, living environment, housing, "
                        "mobility or ability to cope with everyday life, and to the services they "
                        "need.</p>"
                    ),
                },
            ),
        ],
        "contacts": ["agent-1"],
    },
    {
        "key": "disability-council",
        "council": "disability",
        "slug": {
            "fi": "vammaisneuvosto",
            "sv": "radet-for-personer-med-funktionsnedsattning",
            "en": "disability-council",
        },
        "title": {
            "fi": "Vammaisneuvosto",
            "sv": "Rådet för personer med funktionsnedsättning",
            "en": "Disability council",
        },
        "intro": {
            "fi": (
                "Vammaisneuvosto edistää vammaisten ihmisten osallistumista ja vaikuttaa "
                "siihen, että kaupungin palvelut ja ympäristö ovat kaikille esteettömiä."
            ),
            "sv": (
                "Rådet för personer med funktionsnedsättning främjar delaktigheten för "
                "personer med funktionsnedsättning och verkar för att stadens tjänster "
                "och miljö är tillgängliga för alla."
            ),
            "en": (
                "The disability council promotes the participation of disabled people and "
                "works to make the city's services and environment accessible to "
                "everyone."
            ),
        },
        "search_description": {
            "fi": (
                "Porin vammaisneuvosto: mitä se tekee, mihin sen työ perustuu ja miten "
                "voit tuoda esteettömyyttä koskevan asian sen tietoon."
            ),
            "sv": (
                "Rådet för personer med funktionsnedsättning i Björneborg: vad det gör "
                "och hur du kan föra fram en fråga om tillgänglighet."
            ),
            "en": (
                "Pori disability council: what it does, what its work is based on and how "
                "you can bring an accessibility matter to its attention."
            ),
        },
        "who_can_join": {
            "fi": (
                "Vammaisneuvoston asettaa kaupunginhallitus. Sen jäsenet edustavat "
                "vammaisia ihmisiä, heidän läheisiään ja vammaisjärjestöjä. Voit tuoda "
                "asian neuvoston tietoon osallisuusagentin kautta."
            ),
            "sv": (
                "Rådet tillsätts av stadsstyrelsen. Dess medlemmar företräder personer "
                "med funktionsnedsättning, deras närstående och "
                "funktionshinderorganisationerna. Du kan föra fram en fråga till rådet "
                "via delaktighetsagenten."
            ),
            "en": (
                "The disability council is appointed by the city board. Its members "
                "represent disabled people, their families and disability organisations. "
                "You can bring a matter to the council's attention through the "
                "participation agent."
            ),
        },
        "meetings": {
            "fi": (
                "Kokoontuu säännöllisesti useita kertoja vuodessa. Kokousajat ja "
                "neuvoston järjestämät tilaisuudet julkaistaan tällä sivulla."
            ),
            "sv": (
                "Sammanträder regelbundet flera gånger om året. Mötestiderna och de "
                "tillfällen som rådet ordnar publiceras på den här sidan."
            ),
            "en": (
                "Meets regularly several times a year. Meeting times and the events the "
                "council organises are published on this page."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä vammaisneuvosto tekee",
                    "sv": "Vad rådet gör",
                    "en": "What the disability council does",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Vammaisneuvosto arvioi kaupungin suunnitelmia ja palveluja "
                        "esteettömyyden ja yhdenvertaisuuden kannalta. Se antaa lausuntoja, tekee "
                        "aloitteita ja järjestää esimerkiksi esteettömyyskävelyjä, joilla "
                        "kaupungin suunnittelijat näkevät esteet käyttäjien silmin.</p>"
                    ),
                    "sv": (
                        "<p>Rådet bedömer stadens planer och tjänster med tanke på tillgänglighet "
                        "och likabehandling. Det ger utlåtanden, lämnar initiativ och ordnar till "
                        "exempel tillgänglighetsvandringar, där stadens planerare får se hindren "
                        "med användarnas ögon.</p>"
                    ),
                    "en": (
                        "<p>The disability council reviews the city's plans and services from the "
                        "point of view of accessibility and equality. It gives statements, makes "
                        "proposals and organises, for example, accessibility walks where city "
                        "planners see barriers through the eyes of the people who face them.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kuntalain (410/2015) 28 §:n mukaan kunnanhallituksen on asetettava "
                        "vammaisneuvosto ja huolehdittava sen toimintaedellytyksistä. "
                        "Vammaisneuvostolle on annettava mahdollisuus vaikuttaa kunnan toimintaan "
                        "asioissa, joilla on merkitystä vammaisten ihmisten hyvinvoinnille, "
                        "terveydelle, osallisuudelle, elinympäristölle, asumiselle, liikkumiselle "
                        "tai arjessa selviytymiselle sekä heidän tarvitsemilleen palveluille.</p>"
                    ),
                    "sv": (
                        "<p>Enligt 28 § i kommunallagen (410/2015) ska kommunstyrelsen tillsätta "
                        "ett råd för personer med funktionsnedsättning och sörja för dess "
                        "verksamhetsförutsättningar. Rådet ska ges möjlighet att påverka "
                        "kommunens verksamhet i frågor som har betydelse för välfärd, hälsa, "
                        "delaktighet, livsmiljö, boende, rörlighet eller förmåga att klara sig i "
                        "vardagen för personer med funktionsnedsättning samt för de tjänster de "
                        "behöver.</p>"
                    ),
                    "en": (
                        "<p>Under section 28 of the Local Government Act (410/2015), the "
                        "municipal board must set up a disability council and make sure it can do "
                        "its work. The disability council must be given the opportunity to "
                        "influence the municipality's activities in matters that are important to "
                        "disabled people's wellbeing, health, participation, living environment, "
                        "housing, mobility or ability to cope with everyday life, and to the "
                        "services they need.</p>"
                    ),
                },
            ),
        ],
        "contacts": ["agent-1"],
    },
    {
        "key": "decision-makers",
        "slug": {"fi": "paattajat", "sv": "beslutsfattarna", "en": "decision-makers"},
        "title": {"fi": "Päättäjät", "sv": "Beslutsfattarna", "en": "Decision-makers"},
        "intro": {
            "fi": (
                "Kaupunginvaltuutetut sekä kaupunginhallituksen ja lautakuntien jäsenet "
                "päättävät lopulta, miten asukkaiden näkemykset näkyvät kaupungin "
                "ratkaisuissa. Päättäjien verkosto tuo heidät keskustelemaan asukkaiden "
                "kanssa."
            ),
            "sv": (
                "Ledamöterna i stadsfullmäktige, stadsstyrelsen och nämnderna beslutar "
                "till sist hur invånarnas synpunkter syns i stadens beslut. "
                "Beslutsfattarnas nätverk för dem samman med invånarna."
            ),
            "en": (
                "City councillors and the members of the city board and committees "
                "ultimately decide how residents' views are reflected in the city's "
                "decisions. The decision-makers' network brings them together with "
                "residents."
            ),
        },
        "search_description": {
            "fi": (
                "Porin päättäjät osallisuustyössä: miten valtuutetut ja lautakuntien "
                "jäsenet kuulevat asukkaita ja missä heitä voi tavata."
            ),
            "sv": (
                "Beslutsfattarna i Björneborg och delaktigheten: hur de förtroendevalda "
                "hör invånarna och var du kan träffa dem."
            ),
            "en": (
                "Pori's decision-makers and participation: how councillors and committee "
                "members hear residents and where you can meet them."
            ),
        },
        "who_can_join": {
            "fi": (
                "Verkosto on tarkoitettu Porin kaupunginvaltuuston, kaupunginhallituksen "
                "ja lautakuntien jäsenille. Asukkaat tapaavat päättäjiä verkoston "
                "dialogeissa ja asukasilloissa."
            ),
            "sv": (
                "Nätverket är avsett för ledamöterna i Björneborgs stadsfullmäktige, "
                "stadsstyrelse och nämnder. Invånarna träffar beslutsfattarna i "
                "nätverkets dialoger och invånarkvällar."
            ),
            "en": (
                "The network is for members of Pori city council, the city board and the "
                "committees. Residents meet decision-makers at the network's dialogues "
                "and residents' evenings."
            ),
        },
        "meetings": {
            "fi": (
                "Tapaa muutaman kerran vuodessa. Tilaisuudet, joissa asukkaat voivat "
                "tavata päättäjiä, julkaistaan tässä palvelussa."
            ),
            "sv": (
                "Träffas några gånger om året. De tillfällen där invånarna kan träffa "
                "beslutsfattarna publiceras i den här tjänsten."
            ),
            "en": (
                "Meets a few times a year. Events where residents can meet "
                "decision-makers are published in this service."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Miksi päättäjät ovat mukana",
                    "sv": "Varför beslutsfattarna är med",
                    "en": "Why decision-makers take part",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kuntalain (410/2015) 22 §:n mukaan valtuuston on pidettävä huolta "
                        "monipuolisista ja vaikuttavista osallistumisen mahdollisuuksista. "
                        "Päättäjien verkostossa luottamushenkilöt kuulevat, mitä osallistumisissa "
                        "on noussut esiin, ja osallistuvat itse dialogeihin ja "
                        "asukasiltoihin.</p>"
                        "<p>Verkosto seuraa myös, miten osallisuusmallin tavoitteet toteutuvat, "
                        "ja tuo havainnot valtuuston tietoon.</p>"
                    ),
                    "sv": (
                        "<p>Enligt 22 § i kommunallagen (410/2015) ska fullmäktige se till att "
                        "det finns mångsidiga och effektiva möjligheter att delta. I "
                        "beslutsfattarnas nätverk får de förtroendevalda höra vad som har kommit "
                        "fram när invånarna har deltagit, och de deltar själva i dialoger och "
                        "invånarkvällar.</p>"
                        "<p>Nätverket följer också hur målen i delaktighetsmodellen uppnås och "
                        "informerar fullmäktige om sina iakttagelser.</p>"
                    ),
                    "en": (
                        "<p>Under section 22 of the Local Government Act (410/2015), the council "
                        "must ensure that there are diverse and effective opportunities to take "
                        "part. In the decision-makers' network, elected officials hear what has "
                        "come up when residents have taken part, and they join dialogues and "
                        "residents' evenings themselves.</p>"
                        "<p>The network also follows how the goals of the participation model are "
                        "being met and reports its findings to the council.</p>"
                    ),
                },
            ),
        ],
        "contacts": ["agent-1", "agent-2"],
    },
    {
        "key": "staff",
        "slug": {
            "fi": "henkiloston-osallisuusverkosto",
            "sv": "personalens-natverk-for-delaktighet",
            "en": "staff-participation-network",
        },
        "title": {
            "fi": "Henkilöstön osallisuusverkosto",
            "sv": "Personalens nätverk för delaktighet",
            "en": "Staff participation network",
        },
        "intro": {
            "fi": (
                "Verkosto kokoaa yhteen kaupungin työntekijät, jotka ottavat asukkaita "
                "mukaan omassa työssään. Verkostossa jaetaan kokemuksia, opitaan toisilta "
                "ja kokeillaan uutta."
            ),
            "sv": (
                "Nätverket samlar de anställda vid staden som tar med invånarna i sitt "
                "eget arbete. I nätverket delar man erfarenheter, lär av varandra och "
                "prövar nytt."
            ),
            "en": (
                "The network brings together city employees who involve residents in "
                "their own work. Members share experiences, learn from each other and try "
                "out new things."
            ),
        },
        "search_description": {
            "fi": (
                "Porin kaupungin henkilöstön osallisuusverkosto: valmennusta, kokemusten "
                "jakamista ja tukea asukkaiden osallistamiseen."
            ),
            "sv": (
                "Personalens nätverk för delaktighet vid Björneborgs stad: coachning, "
                "erfarenhetsutbyte och stöd för att involvera invånarna."
            ),
            "en": (
                "The City of Pori's staff participation network: coaching, shared "
                "experience and support for involving residents."
            ),
        },
        "who_can_join": {
            "fi": (
                "Kaikki Porin kaupungin työntekijät voivat liittyä verkostoon tehtävästä "
                "ja toimialasta riippumatta. Liity ilmoittamalla siitä "
                "osallisuusagentille."
            ),
            "sv": (
                "Alla anställda vid Björneborgs stad kan gå med i nätverket, oberoende av "
                "uppgift och sektor. Gå med genom att meddela en delaktighetsagent."
            ),
            "en": (
                "Any City of Pori employee can join the network, whatever their role or "
                "department. To join, let one of the participation agents know."
            ),
        },
        "meetings": {
            "fi": (
                "Tapaa noin kerran kuukaudessa, vuorotellen verkossa ja kasvokkain. "
                "Tapaamisten ajat kerrotaan kaupungin sisäisessä viestinnässä ja tällä "
                "sivulla."
            ),
            "sv": (
                "Träffas ungefär en gång i månaden, växelvis på webben och ansikte mot "
                "ansikte. Tiderna meddelas i stadens interna kommunikation och på den här "
                "sidan."
            ),
            "en": (
                "Meets about once a month, alternating between online and in-person "
                "meetings. Dates are announced in the city's internal communications and "
                "on this page."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä verkostossa tehdään",
                    "sv": "Vad nätverket gör",
                    "en": "What the network does",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Osallisuusagentit valmentavat verkoston jäseniä osallistamisen "
                        "menetelmissä, kuten työpajojen ja dialogien vetämisessä. Jäsenet "
                        "kertovat toisilleen sekä onnistuneista että epäonnistuneista "
                        "kokeiluista, kuten osallisuusmallin seitsemäs askel kehottaa.</p>"
                        "<p>Verkoston kautta yksikkö löytää myös apua, kun se suunnittelee omaa "
                        "osallistumistaan ja julkaisee sen tässä palvelussa.</p>"
                    ),
                    "sv": (
                        "<p>Delaktighetsagenterna coachar nätverkets medlemmar i metoder för "
                        "delaktighet, till exempel i att leda verkstäder och dialoger. "
                        "Medlemmarna berättar för varandra om både lyckade och misslyckade "
                        "försök, så som det sjunde steget i delaktighetsmodellen uppmanar "
                        "till.</p>"
                        "<p>Via nätverket får en enhet också hjälp när den planerar sitt eget "
                        "deltagande och publicerar det i den här tjänsten.</p>"
                    ),
                    "en": (
                        "<p>The participation agents coach network members in participation "
                        "methods, such as leading workshops and dialogues. Members tell each "
                        "other about pilots that worked and pilots that did not, as the seventh "
                        "step of the participation model encourages.</p>"
                        "<p>Through the network, a unit can also get help when it plans its own "
                        "participation and publishes it in this service.</p>"
                    ),
                },
            ),
        ],
        "contacts": ["agent-1", "agent-2"],
    },
]

OPPORTUNITIES_INDEX = {
    "slug": {"fi": "osallistu", "sv": "delta", "en": "take-part"},
    "title": {"fi": "Osallistu", "sv": "Delta", "en": "Take part"},
    "intro": {
        "fi": (
            "Täältä löydät Porin kaupungin työpajat, dialogit, kyselyt, kokeilut ja "
            "muut tavat vaikuttaa. Voit rajata tarjontaa aiheen, alueen ja "
            "kohderyhmän mukaan."
        ),
        "sv": (
            "Här hittar du Björneborgs stads verkstäder, dialoger, enkäter, försök "
            "och andra sätt att påverka. Du kan avgränsa utbudet efter ämne, område "
            "och målgrupp."
        ),
        "en": (
            "Here you can find the City of Pori's workshops, dialogues, surveys, "
            "pilots and other ways to have your say. You can filter them by topic, "
            "area and audience."
        ),
    },
    "search_description": {
        "fi": (
            "Porin kaupungin osallistumismahdollisuudet: työpajat, dialogit, kyselyt, "
            "kokeilut, kuulemiset ja hyvinvointiraha. Ilmoittautumiseen ei tarvita "
            "tiliä."
        ),
        "sv": (
            "Björneborgs stads möjligheter att delta: verkstäder, dialoger, enkäter, "
            "försök, höranden och välmåendepengarna. Inget konto behövs."
        ),
        "en": (
            "Ways to take part in Pori: workshops, dialogues, surveys, pilots, "
            "hearings and wellbeing money. No account needed to sign up."
        ),
    },
}

OPPORTUNITIES = [
    # ------------------------------------------------------------------
    # Open: sign-up or answering is open now
    # ------------------------------------------------------------------
    {
        "key": "kirjurinluoto-event-organisers",
        "slug": {
            "fi": "kirjurinluoto-tapahtumajarjestajat",
            "sv": "kirjurinluoto-evenemangsarrangorer",
            "en": "kirjurinluoto-event-organisers",
        },
        "title": {
            "fi": "Kirjurinluodon kehittäminen: työpaja tapahtumajärjestäjille",
            "sv": "Utvecklingen av Kirjurinluoto: verkstad för evenemangsarrangörer",
            "en": "Developing Kirjurinluoto: workshop for event organisers",
        },
        "intro": {
            "fi": (
                "Järjestätkö tapahtumia Kirjurinluodossa tai haluaisitko järjestää? Kerro "
                "työpajassa, mikä alueella toimii ja mitä tapahtumien järjestäminen "
                "siellä vaatisi."
            ),
            "sv": (
                "Ordnar du evenemang på Kirjurinluoto, eller skulle du vilja göra det? "
                "Berätta i verkstaden vad som fungerar i området och vad som behövs för "
                "att ordna evenemang där."
            ),
            "en": (
                "Do you organise events on Kirjurinluoto, or would you like to? Tell us "
                "at the workshop what works in the area and what organising events there "
                "would need."
            ),
        },
        "search_description": {
            "fi": (
                "Työpaja tapahtumajärjestäjille Kirjurinluodon kehittämisestä: sähkö, "
                "vesi, huoltoreitit, säilytys ja luvat. Ilmoittaudu mukaan."
            ),
            "sv": (
                "Verkstad för evenemangsarrangörer om utvecklingen av Kirjurinluoto: el, "
                "vatten, servicevägar, förvaring och tillstånd."
            ),
            "en": (
                "Workshop for event organisers on developing Kirjurinluoto: power, water, "
                "service routes, storage and permits. Sign up to take part."
            ),
        },
        "method": "workshop",
        "topics": ["culture-and-events", "urban-planning"],
        "areas": ["kirjurinluoto"],
        "audiences": ["event-organisers", "associations"],
        "organiser": {"fi": "Kulttuuripalvelut", "sv": "Kulturtjänsterna", "en": "Cultural services"},
        "contacts": ["agent-2"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa tietää, mitä tapahtumajärjestäjät tarvitsevat "
                "Kirjurinluodossa, esimerkiksi sähköä, vettä, huoltoreittejä, "
                "säilytystilaa ja sujuvampaa lupa-asiointia."
            ),
            "sv": (
                "Staden vill veta vad evenemangsarrangörerna behöver på Kirjurinluoto, "
                "till exempel el, vatten, servicevägar, förvaringsutrymme och smidigare "
                "hantering av tillstånd."
            ),
            "en": (
                "The city wants to know what event organisers need on Kirjurinluoto, such "
                "as power, water, service routes, storage space and simpler permit "
                "handling."
            ),
        },
        "input_use": {
            "fi": (
                "Työpajan tulokset kootaan Kirjurinluodon kehittämissuunnitelman "
                "luonnokseen yhdessä nuorten työpajan tulosten kanssa. Luonnos "
                "julkaistaan tässä palvelussa, ja osallistujat voivat kommentoida sitä "
                "ennen päätöstä."
            ),
            "sv": (
                "Resultaten från verkstaden sammanställs i ett utkast till "
                "utvecklingsplan för Kirjurinluoto tillsammans med resultaten från de "
                "ungas verkstad. Utkastet publiceras i den här tjänsten, och deltagarna "
                "kan kommentera det före beslutet."
            ),
            "en": (
                "The workshop's results go into a draft development plan for "
                "Kirjurinluoto, together with the results of the young people's workshop. "
                "The draft will be published in this service, and participants can "
                "comment on it before the decision."
            ),
        },
        "decision": {
            "fi": (
                "Kaupunginhallitus päättää kehittämissuunnitelmasta, kun luonnos on ollut kommentoitavana."
            ),
            "sv": (
                "Stadsstyrelsen beslutar om utvecklingsplanen efter att utkastet har "
                "varit ute för kommentarer."
            ),
            "en": (
                "The city board decides on the development plan once the draft has been open for comments."
            ),
        },
        "opens_day": -14,
        "closes_day": 10,
        "sessions": [
            {
                "day": 14,
                "start": "17:00",
                "end": "20:00",
                "venue": {
                    "fi": "Porin kaupunginkirjasto, kokoustila",
                    "sv": "Björneborgs stadsbibliotek, mötesrummet",
                    "en": "Pori City Library, meeting room",
                },
                "address": "Gallen-Kallelankatu 12, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti, ja kokoustilaan pääsee hissillä. "
                        "Tilassa on induktiosilmukka, ja esteetön WC on samassa kerroksessa. "
                        "Liikkumisesteisten pysäköintipaikat ovat lähellä pääovea."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång, och till mötesrummet kommer man med "
                        "hiss. I rummet finns en hörslinga, och en tillgänglig toalett finns på "
                        "samma våning. Parkeringsplatser för personer med rörelsehinder finns "
                        "nära huvudingången."
                    ),
                    "en": (
                        "The library has a step-free entrance, and there is a lift to the meeting "
                        "room. The room has an induction loop, and there is an accessible toilet "
                        "on the same floor. Accessible parking spaces are close to the main "
                        "entrance."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Miksi Kirjurinluotoa kehitetään",
                    "sv": "Varför Kirjurinluoto utvecklas",
                    "en": "Why Kirjurinluoto is being developed",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kirjurinluoto on yksi Porin tärkeimmistä tapahtumapaikoista ja "
                        "samalla puisto, jossa porilaiset ulkoilevat ympäri vuoden. Kaupunki "
                        "haluaa kehittää aluetta yhdessä niiden kanssa, jotka sitä käyttävät.</p>"
                        "<p>Kirjurinluodon kehittämishanke oli yksi osallisuusmallin "
                        "ensimmäisistä kokeiluista. Nyt kehittäminen jatkuu kahdella työpajalla: "
                        "tämä on tapahtumajärjestäjille, ja toinen on leikkipuistoiästä ulos "
                        "kasvaneille nuorille.</p>"
                    ),
                    "sv": (
                        "<p>Kirjurinluoto är en av Björneborgs viktigaste evenemangsplatser och "
                        "samtidigt en park där invånarna rör sig ute året runt. Staden vill "
                        "utveckla området tillsammans med dem som använder det.</p>"
                        "<p>Utvecklingsprojektet för Kirjurinluoto var ett av de första försöken "
                        "med delaktighetsmodellen. Nu fortsätter utvecklingen med två verkstäder: "
                        "den här är för evenemangsarrangörer, och den andra är för unga som har "
                        "vuxit ur lekparksåldern.</p>"
                    ),
                    "en": (
                        "<p>Kirjurinluoto is one of Pori's most important event venues and also a "
                        "park where people spend time outdoors all year round. The city wants to "
                        "develop the area together with the people who use it.</p>"
                        "<p>The Kirjurinluoto development project was one of the first pilots of "
                        "the participation model. The work now continues with two workshops: this "
                        "one is for event organisers, and the other is for young people who have "
                        "outgrown playgrounds.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Näin työpaja etenee",
                    "sv": "Så här går verkstaden till",
                    "en": "How the workshop works",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Aluksi kerromme lyhyesti, mitä alueella on jo suunnitteilla.</li>"
                        "<li>Sen jälkeen pohdimme pienryhmissä tapahtumien rakentamista, huoltoa, "
                        "turvallisuutta ja lupia.</li>"
                        "<li>Lopuksi kokoamme yhdessä tärkeimmät kehittämisehdotukset.</li>"
                        "</ul>"
                        "<p>Työpaja on maksuton, ja tarjolla on iltapala. Ilmoittauduthan "
                        "etukäteen, jotta osaamme varata tarjoilut.</p>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Först berättar vi kort vad som redan planeras i området.</li>"
                        "<li>Därefter diskuterar vi i små grupper uppbyggnad, service, säkerhet "
                        "och tillstånd vid evenemang.</li>"
                        "<li>Till sist sammanställer vi tillsammans de viktigaste "
                        "utvecklingsförslagen.</li>"
                        "</ul>"
                        "<p>Verkstaden är avgiftsfri, och vi bjuder på kvällsmål. Anmäl dig i "
                        "förväg, så att vi kan beställa tillräckligt med servering.</p>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>First, we briefly explain what is already being planned for the "
                        "area.</li>"
                        "<li>Then we work in small groups on setting up events, maintenance, "
                        "safety and permits.</li>"
                        "<li>Finally, we put together the most important proposals.</li>"
                        "</ul>"
                        "<p>The workshop is free of charge, and a light evening meal is served. "
                        "Please sign up in advance so that we can order enough food.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "outdoor-sports-survey",
        "slug": {
            "fi": "kysely-ulkoliikuntapaikat",
            "sv": "enkat-platser-for-utomhusmotion",
            "en": "survey-outdoor-sports-facilities",
        },
        "title": {
            "fi": "Kysely: millaisia ulkoliikuntapaikkoja Porissa tarvitaan?",
            "sv": "Enkät: vilka platser för utomhusmotion behövs i Björneborg?",
            "en": "Survey: what outdoor sports facilities does Pori need?",
        },
        "intro": {
            "fi": (
                "Kerro, missä liikut ulkona, mitä paikkoja käytät ja mitä kaipaisit "
                "lisää. Kyselyyn vastaaminen vie noin kymmenen minuuttia."
            ),
            "sv": (
                "Berätta var du rör på dig utomhus, vilka platser du använder och vad du "
                "skulle vilja ha mer av. Det tar ungefär tio minuter att svara på "
                "enkäten."
            ),
            "en": (
                "Tell us where you exercise outdoors, which places you use and what you "
                "would like more of. The survey takes about ten minutes."
            ),
        },
        "search_description": {
            "fi": (
                "Vastaa Porin kaupungin kyselyyn ulkoliikuntapaikoista: "
                "lähiliikuntapaikat, kuntoradat, uimarannat ja ulkokentät eri puolilla "
                "Poria."
            ),
            "sv": (
                "Svara på Björneborgs stads enkät om platser för utomhusmotion: "
                "närmotionsplatser, motionsbanor, badstränder och planer."
            ),
            "en": (
                "Answer the City of Pori's survey on outdoor sports facilities: local "
                "exercise areas, fitness trails, beaches and sports fields."
            ),
        },
        "method": "survey",
        "topics": ["sports-and-outdoors", "environment", "wellbeing-and-health"],
        "areas": ["koko-pori"],
        "audiences": ["everyone", "families-with-children", "young-people", "seniors"],
        "organiser": {"fi": "Liikuntapalvelut", "sv": "Idrottstjänsterna", "en": "Sports services"},
        "contacts": ["agent-1"],
        "external_url": "https://www.otakantaa.fi/",
        "learn": {
            "fi": (
                "Kaupunki haluaa tietää, mitä ulkoliikuntapaikkoja porilaiset käyttävät, "
                "mitä puutteita niissä on ja mihin kunnossapidossa ja uusissa hankkeissa "
                "kannattaa panostaa."
            ),
            "sv": (
                "Staden vill veta vilka platser för utomhusmotion invånarna använder, "
                "vilka brister de har och vad underhållet och nya projekt borde satsa på."
            ),
            "en": (
                "The city wants to know which outdoor sports facilities people use, what "
                "is lacking and where maintenance and new projects should focus."
            ),
        },
        "input_use": {
            "fi": (
                "Vastaukset kootaan raportiksi, jota käytetään liikuntapaikkojen korjaus- "
                "ja investointisuunnitelman laatimisessa. Raportti julkaistaan tässä "
                "palvelussa."
            ),
            "sv": (
                "Svaren sammanställs i en rapport som används när planen för reparationer "
                "av och investeringar i idrottsplatser utarbetas. Rapporten publiceras i "
                "den här tjänsten."
            ),
            "en": (
                "The answers will be compiled into a report that is used to draw up the "
                "plan for repairing and investing in sports facilities. The report will "
                "be published in this service."
            ),
        },
        "decision": {
            "fi": (
                "Suunnitelman käsittelee liikuntapalveluista vastaava lautakunta, ja "
                "hankkeiden rahoituksesta päättää kaupunginvaltuusto talousarvion "
                "yhteydessä."
            ),
            "sv": (
                "Planen behandlas av den nämnd som ansvarar för idrottstjänsterna, och "
                "stadsfullmäktige beslutar om finansieringen av projekten i samband med "
                "budgeten."
            ),
            "en": (
                "The plan is discussed by the committee responsible for sports services, "
                "and the city council decides on funding for the projects as part of the "
                "budget."
            ),
        },
        "opens_day": -10,
        "closes_day": 20,
        "sessions": [],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Vastaa kyselyyn", "sv": "Svara på enkäten", "en": "Answer the survey"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kysely on "
                        '<a href="https://www.otakantaa.fi/">Otakantaa.fi</a>'
                        "-palvelussa, joka on oikeusministeriön ylläpitämä valtakunnallinen "
                        "osallistumispalvelu. Voit vastata nimettömästi.</p>"
                        "<p>Jos tarvitset apua vastaamiseen, ota yhteyttä osallisuusagenttiin. "
                        "Voimme täyttää kyselyn yhdessä myös puhelimessa.</p>"
                    ),
                    "sv": (
                        "<p>Enkäten finns i tjänsten "
                        '<a href="https://www.otakantaa.fi/">Otakantaa.fi</a>'
                        ", en nationell tjänst för deltagande som upprätthålls av "
                        "justitieministeriet. Du kan svara anonymt.</p>"
                        "<p>Om du behöver hjälp med att svara kan du kontakta "
                        "delaktighetsagenten. Vi kan också fylla i enkäten tillsammans per "
                        "telefon.</p>"
                    ),
                    "en": (
                        "<p>The survey is on "
                        '<a href="https://www.otakantaa.fi/">Otakantaa.fi</a>'
                        ", the national participation service run by the Ministry of Justice. You "
                        "can answer anonymously.</p>"
                        "<p>If you need help answering, contact the participation agent. We can "
                        "also fill in the survey together over the phone.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä kysymme", "sv": "Vad vi frågar", "en": "What we ask"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>missä ja miten liikut ulkona</li>"
                        "<li>mitä liikuntapaikkoja käytät ja miten tyytyväinen olet niihin</li>"
                        "<li>mitä kaipaisit omalle asuinalueellesi</li>"
                        "<li>mikä estää tai vaikeuttaa liikkumistasi.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>var och hur du rör på dig utomhus</li>"
                        "<li>vilka idrottsplatser du använder och hur nöjd du är med dem</li>"
                        "<li>vad du saknar i ditt eget bostadsområde</li>"
                        "<li>vad som hindrar eller försvårar din motion.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>where and how you exercise outdoors</li>"
                        "<li>which sports facilities you use and how satisfied you are with "
                        "them</li>"
                        "<li>what you would like to have in your own neighbourhood</li>"
                        "<li>what prevents you from exercising or makes it harder.</li>"
                        "</ul>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "poris-pop-up",
        "slug": {"fi": "poris-pop-up", "sv": "poris-popup", "en": "poris-pop-up-space"},
        "title": {
            "fi": "Poris pop-up: tule juttelemaan kaupungin ajankohtaisista asioista",
            "sv": "Poris pop-up: kom och prata om aktuella frågor i staden",
            "en": "Poris pop-up: come and talk about what is happening in the city",
        },
        "intro": {
            "fi": (
                "Poris on kaupungin liikkuva osallistumispiste, joka pysähtyy sinne, "
                "missä ihmiset muutenkin liikkuvat. Tule kertomaan mielipiteesi ohi "
                "kulkiessasi, ilman ilmoittautumista."
            ),
            "sv": (
                "Poris är stadens mobila mötesplats för delaktighet, som stannar där "
                "människor ändå rör sig. Kom förbi och säg vad du tycker, utan anmälan."
            ),
            "en": (
                "Poris is the city's mobile participation point that stops where people "
                "already go. Drop by and tell us what you think, no sign-up needed."
            ),
        },
        "search_description": {
            "fi": (
                "Poris-pop-up kiertää Porin keskustassa, Itä-Porissa ja Reposaaressa. "
                "Tule kertomaan, miten palvelut ja asuinalueet toimivat arjessasi."
            ),
            "sv": (
                "Poris pop-up besöker centrum, Östra Björneborg och Räfsö. Kom och "
                "berätta hur tjänsterna och bostadsområdena fungerar i din vardag."
            ),
            "en": (
                "The Poris pop-up visits the city centre, East Pori and Reposaari. Come "
                "and tell us how services and neighbourhoods work in your everyday life."
            ),
        },
        "method": "pop-up",
        "topics": ["urban-planning", "wellbeing-and-health", "environment"],
        "areas": ["keskusta", "ita-pori", "reposaari"],
        "audiences": ["everyone", "families-with-children", "seniors"],
        "organiser": {
            "fi": "Kaupungin osallisuustiimi",
            "sv": "Stadens delaktighetsteam",
            "en": "City participation team",
        },
        "contacts": ["agent-1", "agent-2"],
        "external_url": "",
        "learn": {
            "fi": (
                "Tällä kierroksella kysymme, miten kaupungin palvelut ja asuinalueet "
                "toimivat arjessa ja mitä niissä pitäisi parantaa ensimmäisenä."
            ),
            "sv": (
                "På den här turnén frågar vi hur stadens tjänster och bostadsområden "
                "fungerar i vardagen och vad som borde förbättras först."
            ),
            "en": (
                "On this tour we are asking how the city's services and neighbourhoods "
                "work in everyday life and what should be improved first."
            ),
        },
        "input_use": {
            "fi": (
                "Poriksessa kuullut näkemykset kirjataan ja välitetään niistä vastaaville "
                "yksiköille. Kierroksen jälkeen kokoamme yhteenvedon, jonka julkaisemme "
                "tässä palvelussa."
            ),
            "sv": (
                "Synpunkterna som vi hör i Poris antecknas och skickas vidare till de "
                "enheter som ansvarar för frågorna. Efter turnén gör vi ett sammandrag "
                "som vi publicerar i den här tjänsten."
            ),
            "en": (
                "The views we hear at Poris are recorded and passed on to the units "
                "responsible. After the tour we will put together a summary and publish "
                "it in this service."
            ),
        },
        "decision": {
            "fi": (
                "Yhteenveto käsitellään kaupungin johtoryhmässä, ja kukin yksikkö kertoo, "
                "miten se ottaa palautteen huomioon omassa suunnittelussaan."
            ),
            "sv": (
                "Sammandraget behandlas i stadens ledningsgrupp, och varje enhet berättar "
                "hur den beaktar responsen i sin egen planering."
            ),
            "en": (
                "The summary is discussed by the city's management team, and each unit "
                "reports how it will take the feedback into account in its own planning."
            ),
        },
        "opens_day": -3,
        "closes_day": 12,
        "sessions": [
            {
                "day": 2,
                "start": "10:00",
                "end": "14:00",
                "venue": {
                    "fi": "Poris-teltta Porin kauppatorilla",
                    "sv": "Poris-tältet på Björneborgs salutorg",
                    "en": "The Poris tent on Pori market square",
                },
                "address": "Kauppatori, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Teltta on torin tasaisella kivetyksellä, ja sisäänkäynti on kynnyksetön. "
                        "Teltassa on istumapaikkoja, ja kirjoituspöydät ovat myös pyörätuolin "
                        "käyttäjän ulottuvilla."
                    ),
                    "sv": (
                        "Tältet står på torgets jämna stenläggning, och ingången är tröskelfri. I "
                        "tältet finns sittplatser, och skrivborden når man också från rullstol."
                    ),
                    "en": (
                        "The tent stands on the level paving of the square, and the entrance has "
                        "no threshold. There are seats inside, and the writing tables can be "
                        "reached from a wheelchair."
                    ),
                },
            },
            {
                "day": 6,
                "start": "14:00",
                "end": "18:00",
                "venue": {
                    "fi": "Itätuulen kirjaston aula, Itä-Pori",
                    "sv": "Entréhallen på Itätuuli bibliotek, Östra Björneborg",
                    "en": "Itätuuli library lobby, East Pori",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti, ja aulassa on istumapaikkoja. "
                        "Kirjastossa on esteetön WC."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång, och i entréhallen finns sittplatser. "
                        "I biblioteket finns en tillgänglig toalett."
                    ),
                    "en": (
                        "The library has a step-free entrance, and there are seats in the lobby. "
                        "The library has an accessible toilet."
                    ),
                },
            },
            {
                "day": 11,
                "start": "11:00",
                "end": "15:00",
                "venue": {
                    "fi": "Poris-teltta Reposaaren keskustassa",
                    "sv": "Poris-tältet i Räfsö centrum",
                    "en": "The Poris tent in central Reposaari",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Teltta pystytetään tasaiselle, asfaltoidulle alueelle, ja sisäänkäynti "
                        "on kynnyksetön. Teltan vieressä on liikkumisesteisten pysäköintipaikka."
                    ),
                    "sv": (
                        "Tältet ställs upp på ett jämnt, asfalterat område, och ingången är "
                        "tröskelfri. Bredvid tältet finns en parkeringsplats för personer med "
                        "rörelsehinder."
                    ),
                    "en": (
                        "The tent is set up on level tarmac, and the entrance has no threshold. "
                        "There is an accessible parking space next to the tent."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Mikä Poris on", "sv": "Vad Poris är", "en": "What Poris is"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Poris on kaupungin osallistava pop-up-tila, joka voi ilmestyä mihin "
                        "tahansa Porissa. Siellä kaupungin työntekijät ja osallisuusagentit "
                        "keskustelevat asukkaiden kanssa ajankohtaisista aiheista kasvokkain.</p>"
                    ),
                    "sv": (
                        "<p>Poris är stadens pop up-rum för delaktighet, som kan dyka upp var som "
                        "helst i Björneborg. Där samtalar stadens anställda och "
                        "delaktighetsagenterna med invånarna om aktuella frågor ansikte mot "
                        "ansikte.</p>"
                    ),
                    "en": (
                        "<p>Poris is the city's participatory pop-up space, which can appear "
                        "anywhere in Pori. There, city staff and the participation agents talk "
                        "face to face with residents about current topics.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Näin osallistut", "sv": "Så här deltar du", "en": "How to take part"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Tule paikalle silloin, kun sinulle sopii. Voit jutella, kirjoittaa "
                        "ajatuksesi lapulle tai merkitä kartalle paikkoja, joissa jokin toimii "
                        "hyvin tai huonosti.</p>"
                        "<p>Lapset ovat tervetulleita mukaan, ja heille on omaa tekemistä.</p>"
                    ),
                    "sv": (
                        "<p>Kom när det passar dig. Du kan prata med oss, skriva ner dina tankar "
                        "på en lapp eller märka ut platser på en karta där något fungerar bra "
                        "eller dåligt.</p>"
                        "<p>Barn är välkomna med, och det finns saker att göra också för dem.</p>"
                    ),
                    "en": (
                        "<p>Come along whenever it suits you. You can have a chat, write your "
                        "thoughts on a note or mark places on a map where something works well or "
                        "badly.</p>"
                        "<p>Children are welcome, and there are activities for them too.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "belonging-dialogue",
        "slug": {"fi": "dialogi-yhteisollisyys", "sv": "dialog-gemenskap", "en": "dialogue-belonging"},
        "title": {
            "fi": "Dialogi: mikä auttaa porilaisia tuntemaan kuuluvansa joukkoon?",
            "sv": "Dialog: vad hjälper björneborgarna att känna att de hör till?",
            "en": "Dialogue: what helps people in Pori feel that they belong?",
        },
        "intro": {
            "fi": (
                "Keskustelemme pienessä ryhmässä yksinäisyydestä ja yhteisöllisyydestä "
                "Porissa. Dialogissa ei väitellä eikä tehdä päätöksiä, vaan kuunnellaan "
                "toisten kokemuksia."
            ),
            "sv": (
                "Vi samtalar i en liten grupp om ensamhet och gemenskap i Björneborg. I "
                "en dialog debatterar man inte och fattar inga beslut, utan lyssnar på "
                "varandras erfarenheter."
            ),
            "en": (
                "We talk in a small group about loneliness and community in Pori. In a "
                "dialogue nobody debates or makes decisions: we listen to each other's "
                "experiences."
            ),
        },
        "search_description": {
            "fi": (
                "Dialogi yksinäisyydestä ja yhteisöllisyydestä Porin kulttuuritalo "
                "Annankadulla. Mukaan mahtuu 12 osallistujaa, ilmoittaudu etukäteen."
            ),
            "sv": (
                "Dialog om ensamhet och gemenskap i kulturhuset på Annankatu i "
                "Björneborg. Plats för 12 deltagare, anmäl dig i förväg."
            ),
            "en": (
                "A dialogue on loneliness and community at the Annankatu cultural centre "
                "in Pori. Room for 12 participants, please sign up in advance."
            ),
        },
        "method": "dialogue",
        "topics": ["wellbeing-and-health", "services-for-seniors", "children-and-youth"],
        "areas": ["keskusta", "koko-pori"],
        "audiences": ["everyone", "seniors", "young-people", "associations"],
        "organiser": {
            "fi": "Kaupungin osallisuustiimi",
            "sv": "Stadens delaktighetsteam",
            "en": "City participation team",
        },
        "contacts": ["agent-1"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa ymmärtää, missä tilanteissa porilaiset kokevat "
                "yksinäisyyttä ja mikä on auttanut heitä löytämään seuraa ja yhteisön."
            ),
            "sv": (
                "Staden vill förstå i vilka situationer björneborgarna känner sig ensamma "
                "och vad som har hjälpt dem att hitta sällskap och gemenskap."
            ),
            "en": (
                "The city wants to understand when people in Pori feel lonely and what "
                "has helped them find company and community."
            ),
        },
        "input_use": {
            "fi": (
                "Dialogista kirjoitetaan yhteenveto ilman osallistujien nimiä. Sitä "
                "käytetään, kun kaupunki ja hyvinvointialue suunnittelevat yksinäisyyttä "
                "vähentävää toimintaa."
            ),
            "sv": (
                "Av dialogen görs ett sammandrag utan deltagarnas namn. Det används när "
                "staden och välfärdsområdet planerar verksamhet som minskar ensamheten."
            ),
            "en": (
                "A summary of the dialogue is written without participants' names. It is "
                "used when the city and the wellbeing services county plan activities "
                "that reduce loneliness."
            ),
        },
        "decision": {
            "fi": (
                "Dialogissa ei tehdä päätöksiä. Yhteenveto liitetään kaupungin "
                "hyvinvointisuunnitelman valmisteluun, ja suunnitelman hyväksyy "
                "kaupunginvaltuusto."
            ),
            "sv": (
                "I dialogen fattas inga beslut. Sammandraget fogas till beredningen av "
                "stadens välfärdsplan, som godkänns av stadsfullmäktige."
            ),
            "en": (
                "No decisions are made in the dialogue. The summary feeds into the "
                "preparation of the city's wellbeing plan, which is approved by the city "
                "council."
            ),
        },
        "opens_day": -7,
        "closes_day": 18,
        "sessions": [
            {
                "day": 21,
                "start": "17:30",
                "end": "19:30",
                "venue": {
                    "fi": "Porin kulttuuritalo Annankatu",
                    "sv": "Kulturhuset på Annankatu i Björneborg",
                    "en": "Annankatu cultural centre, Pori",
                },
                "address": "Annankatu, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Talon sisäänkäynnillä on luiska, ja dialogitilaan pääsee hissillä. "
                        "Esteetön WC on samassa kerroksessa. Kuunteluvahvistimen saa pyytämällä."
                    ),
                    "sv": (
                        "Vid ingången finns en ramp, och till dialogrummet kommer man med hiss. "
                        "En tillgänglig toalett finns på samma våning. En hörförstärkare kan "
                        "lånas på begäran."
                    ),
                    "en": (
                        "There is a ramp at the entrance, and a lift to the dialogue room. There "
                        "is an accessible toilet on the same floor. A personal listening "
                        "amplifier is available on request."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Mikä dialogi on", "sv": "Vad en dialog är", "en": "What a dialogue is"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Dialogi on rauhallinen keskustelu, jossa jokainen saa puheenvuoron ja "
                        "kaikkia kuunnellaan. Kenenkään ei tarvitse kertoa enempää kuin haluaa. "
                        "Keskustelua ohjaa osallisuusagentti.</p>"
                    ),
                    "sv": (
                        "<p>En dialog är ett lugnt samtal där alla får ordet och alla blir "
                        "lyssnade på. Ingen behöver berätta mer än hen vill. Samtalet leds av "
                        "delaktighetsagenten.</p>"
                    ),
                    "en": (
                        "<p>A dialogue is a calm conversation where everyone gets a turn to speak "
                        "and everyone is listened to. Nobody has to share more than they want to. "
                        "The participation agent guides the conversation.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Käytännön tiedot", "sv": "Praktisk information", "en": "Practical information"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Mukaan mahtuu 12 osallistujaa, joten ilmoittauduthan etukäteen. "
                        "Tarjolla on kahvia ja teetä.</p>"
                        "<p>Jos et pääse paikalle, voit kertoa ajatuksistasi osallisuusagentille "
                        "myös puhelimessa.</p>"
                    ),
                    "sv": (
                        "<p>Det finns plats för 12 deltagare, så anmäl dig i förväg. Vi bjuder på "
                        "kaffe och te.</p>"
                        "<p>Om du inte kan komma kan du också berätta om dina tankar för "
                        "delaktighetsagenten per telefon.</p>"
                    ),
                    "en": (
                        "<p>There is room for 12 participants, so please sign up in advance. "
                        "Coffee and tea are served.</p>"
                        "<p>If you cannot come, you can also share your thoughts with the "
                        "participation agent by phone.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Upcoming: opens later
    # ------------------------------------------------------------------
    {
        "key": "kirjurinluoto-young-people",
        "slug": {
            "fi": "kirjurinluoto-nuoret",
            "sv": "kirjurinluoto-unga",
            "en": "kirjurinluoto-young-people",
        },
        "title": {
            "fi": "Kirjurinluodon kehittäminen: nuorten työpaja",
            "sv": "Utvecklingen av Kirjurinluoto: verkstad för unga",
            "en": "Developing Kirjurinluoto: workshop for young people",
        },
        "intro": {
            "fi": (
                "Oletko liian vanha leikkipuistoon mutta haluaisit silti viettää aikaa "
                "Kirjurinluodossa? Tule kertomaan, millainen paikka saisi sinut ja "
                "kaverisi viihtymään siellä."
            ),
            "sv": (
                "Är du för gammal för lekparken men vill ändå vara på Kirjurinluoto? Kom "
                "och berätta vilken slags plats som skulle få dig och dina kompisar att "
                "trivas där."
            ),
            "en": (
                "Too old for the playground but still want to spend time on "
                "Kirjurinluoto? Come and tell us what kind of place would make you and "
                "your friends enjoy being there."
            ),
        },
        "search_description": {
            "fi": (
                "Työpaja noin 12–17-vuotiaille: millainen Kirjurinluoto olisi hyvä paikka "
                "viettää aikaa kavereiden kanssa?"
            ),
            "sv": (
                "Verkstad för unga i åldern cirka 12–17 år: hur kunde Kirjurinluoto bli "
                "en bra plats att vara på med kompisar?"
            ),
            "en": (
                "Workshop for young people aged about 12 to 17: how could Kirjurinluoto "
                "become a good place to spend time with friends?"
            ),
        },
        "method": "workshop",
        "topics": ["children-and-youth", "urban-planning", "sports-and-outdoors"],
        "areas": ["kirjurinluoto"],
        "audiences": ["young-people"],
        "organiser": {"fi": "Nuorisopalvelut", "sv": "Ungdomstjänsterna", "en": "Youth services"},
        "contacts": ["agent-2"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa tietää, mitä leikkipuistoiästä ulos kasvaneet nuoret "
                "kaipaavat Kirjurinluotoon: paikkoja olla, liikkua ja tavata kavereita."
            ),
            "sv": (
                "Staden vill veta vad unga som har vuxit ur lekparksåldern saknar på "
                "Kirjurinluoto: platser att vara på, röra sig och träffa kompisar."
            ),
            "en": (
                "The city wants to know what young people who have outgrown playgrounds "
                "would like on Kirjurinluoto: places to hang out, be active and meet "
                "friends."
            ),
        },
        "input_use": {
            "fi": (
                "Nuorten ideat kootaan samaan kehittämissuunnitelman luonnokseen kuin "
                "tapahtumajärjestäjien ehdotukset. Nuorisovaltuusto antaa luonnoksesta "
                "lausunnon ennen päätöstä."
            ),
            "sv": (
                "De ungas idéer sammanställs i samma utkast till utvecklingsplan som "
                "evenemangsarrangörernas förslag. Ungdomsfullmäktige ger ett utlåtande om "
                "utkastet före beslutet."
            ),
            "en": (
                "The young people's ideas go into the same draft development plan as the "
                "event organisers' proposals. The youth council gives a statement on the "
                "draft before the decision."
            ),
        },
        "decision": {
            "fi": (
                "Kaupunginhallitus päättää kehittämissuunnitelmasta, kun luonnos on ollut kommentoitavana."
            ),
            "sv": (
                "Stadsstyrelsen beslutar om utvecklingsplanen efter att utkastet har "
                "varit ute för kommentarer."
            ),
            "en": (
                "The city board decides on the development plan once the draft has been open for comments."
            ),
        },
        "opens_day": 5,
        "closes_day": 30,
        "sessions": [
            {
                "day": 35,
                "start": "16:00",
                "end": "18:30",
                "venue": {
                    "fi": "Kirjurinluodon tapahtumapuisto",
                    "sv": "Evenemangsparken på Kirjurinluoto",
                    "en": "Kirjurinluoto event park",
                },
                "address": "Kirjurinluoto, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Työpaja alkaa ulkona kävelykierroksella ja jatkuu lämmitetyssä teltassa. "
                        "Reitit ovat tasaisia ja kivituhkapintaisia, teltan sisäänkäynti on "
                        "kynnyksetön, ja alueella on esteetön WC."
                    ),
                    "sv": (
                        "Verkstaden börjar med en promenad utomhus och fortsätter i ett uppvärmt "
                        "tält. Gångvägarna är jämna och har stenmjölsbeläggning, tältets ingång "
                        "är tröskelfri, och i området finns en tillgänglig toalett."
                    ),
                    "en": (
                        "The workshop starts with a walk outdoors and continues in a heated tent. "
                        "The paths are level with a fine gravel surface, the tent entrance has no "
                        "threshold, and there is an accessible toilet in the area."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Kenelle", "sv": "För vem", "en": "Who it is for"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Työpaja on tarkoitettu noin 12–17-vuotiaille. Voit tulla yksin tai "
                        "kavereiden kanssa, eikä mitään tarvitse osata tai valmistella "
                        "etukäteen.</p>"
                    ),
                    "sv": (
                        "<p>Verkstaden är avsedd för unga i åldern cirka 12–17 år. Du kan komma "
                        "ensam eller med kompisar, och du behöver inte kunna eller förbereda "
                        "något i förväg.</p>"
                    ),
                    "en": (
                        "<p>The workshop is for young people aged about 12 to 17. You can come on "
                        "your own or with friends, and you do not need any skills or "
                        "preparation.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä tehdään", "sv": "Vad vi gör", "en": "What we will do"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kierrämme ensin yhdessä Kirjurinluodossa ja katsomme, missä nuoret jo "
                        "viettävät aikaa ja mistä puuttuu jotain. Sen jälkeen ideoimme ja "
                        "piirrämme kartalle, mitä alueelle voisi tulla.</p>"
                        "<p>Tarjolla on välipalaa. Pukeudu sään mukaan, sillä osa työpajasta on "
                        "ulkona.</p>"
                    ),
                    "sv": (
                        "<p>Först går vi runt på Kirjurinluoto tillsammans och tittar var unga "
                        "redan är och vad som saknas. Sedan kommer vi med idéer och ritar på en "
                        "karta vad området kunde ha.</p>"
                        "<p>Vi bjuder på mellanmål. Klä dig efter vädret, eftersom en del av "
                        "verkstaden är utomhus.</p>"
                    ),
                    "en": (
                        "<p>First we walk around Kirjurinluoto together and look at where young "
                        "people already hang out and what is missing. Then we come up with ideas "
                        "and draw on a map what the area could have.</p>"
                        "<p>Snacks are provided. Dress for the weather, as part of the workshop "
                        "is outdoors.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "reposaari-residents-evening",
        "slug": {
            "fi": "asukasilta-reposaari",
            "sv": "invanarkvall-rafso",
            "en": "residents-evening-reposaari",
        },
        "title": {
            "fi": "Asukasilta Reposaaressa: saaren palvelut ja kulkuyhteydet",
            "sv": "Invånarkväll på Räfsö: service och förbindelser på ön",
            "en": "Residents' evening in Reposaari: services and transport links",
        },
        "intro": {
            "fi": (
                "Tule kertomaan, miten arki Reposaaressa sujuu ja mitä saaren palveluissa "
                "ja kulkuyhteyksissä pitäisi kehittää. Paikalla on kaupungin "
                "asiantuntijoita ja päättäjiä."
            ),
            "sv": (
                "Kom och berätta hur vardagen på Räfsö fungerar och vad som borde "
                "utvecklas i öns service och förbindelser. Stadens sakkunniga och "
                "beslutsfattare är på plats."
            ),
            "en": (
                "Come and tell us how everyday life in Reposaari works and what should be "
                "improved in the island's services and transport links. City experts and "
                "decision-makers will be there."
            ),
        },
        "search_description": {
            "fi": (
                "Asukasilta Reposaaressa: keskustelua saaren palveluista, "
                "joukkoliikenteestä ja kävely- ja pyöräreiteistä kaupungin "
                "asiantuntijoiden kanssa."
            ),
            "sv": (
                "Invånarkväll på Räfsö: samtal om öns service, kollektivtrafik och gång- "
                "och cykelvägar med stadens sakkunniga."
            ),
            "en": (
                "Residents' evening in Reposaari: talk with city experts about the "
                "island's services, public transport and walking and cycling routes."
            ),
        },
        "method": "resident-evening",
        "topics": ["urban-planning", "environment", "services-for-seniors"],
        "areas": ["reposaari"],
        "audiences": ["everyone", "families-with-children", "seniors", "associations"],
        "organiser": {"fi": "Kaupunkisuunnittelu", "sv": "Stadsplaneringen", "en": "Urban planning"},
        "contacts": ["agent-1"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa kuulla, miten palvelut, joukkoliikenne ja kävely- ja "
                "pyöräreitit toimivat reposaarelaisten arjessa ja mitä pitäisi korjata "
                "ensin."
            ),
            "sv": (
                "Staden vill höra hur service, kollektivtrafik och gång- och cykelvägar "
                "fungerar i vardagen för invånarna på Räfsö och vad som borde åtgärdas "
                "först."
            ),
            "en": (
                "The city wants to hear how services, public transport and walking and "
                "cycling routes work in Reposaari residents' everyday lives and what "
                "should be fixed first."
            ),
        },
        "input_use": {
            "fi": (
                "Illan keskusteluista tehdään muistio, joka julkaistaan tällä sivulla. "
                "Ehdotukset välitetään niistä vastaaville yksiköille ja otetaan huomioon "
                "alueen seuraavassa kehittämissuunnitelmassa."
            ),
            "sv": (
                "Av kvällens diskussioner görs en promemoria som publiceras på den här "
                "sidan. Förslagen skickas vidare till de ansvariga enheterna och beaktas "
                "i områdets nästa utvecklingsplan."
            ),
            "en": (
                "Notes from the evening's discussions will be published on this page. "
                "Proposals are passed on to the units responsible and taken into account "
                "in the area's next development plan."
            ),
        },
        "decision": {
            "fi": (
                "Kukin yksikkö vastaa sille kuuluviin ehdotuksiin. Määrärahoja vaativista "
                "toimista päättää kaupunginvaltuusto talousarvion yhteydessä."
            ),
            "sv": (
                "Varje enhet svarar på de förslag som gäller den. Om åtgärder som kräver "
                "anslag beslutar stadsfullmäktige i samband med budgeten."
            ),
            "en": (
                "Each unit responds to the proposals that concern it. The city council "
                "decides on measures that need funding as part of the budget."
            ),
        },
        "opens_day": 10,
        "closes_day": 40,
        "sessions": [
            {
                "day": 42,
                "start": "18:00",
                "end": "20:00",
                "venue": {
                    "fi": "Koulun juhlasali, Reposaari",
                    "sv": "Skolans festsal, Räfsö",
                    "en": "School hall, Reposaari",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Juhlasaliin pääsee luiskaa pitkin ilman portaita. Salissa on "
                        "induktiosilmukka, ja esteetön WC on aulan vieressä. Koulun pihalla on "
                        "liikkumisesteisten pysäköintipaikka."
                    ),
                    "sv": (
                        "Till festsalen kommer man längs en ramp utan trappor. I salen finns en "
                        "hörslinga, och en tillgänglig toalett finns bredvid entréhallen. På "
                        "skolgården finns en parkeringsplats för personer med rörelsehinder."
                    ),
                    "en": (
                        "There is a ramp to the hall, with no steps. The hall has an induction "
                        "loop, and there is an accessible toilet next to the lobby. There is an "
                        "accessible parking space in the school yard."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Illan ohjelma", "sv": "Kvällens program", "en": "Programme"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Kaupunki kertoo Reposaaren ajankohtaisista asioista.</li>"
                        "<li>Keskustelemme pöytäryhmissä palveluista, joukkoliikenteestä sekä "
                        "kävely- ja pyöräreiteistä.</li>"
                        "<li>Lopuksi kokoamme yhdessä tärkeimmät asiat ja sovimme, miten niistä "
                        "kerrotaan jatkossa.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Staden berättar om aktuella frågor på Räfsö.</li>"
                        "<li>Vi diskuterar service, kollektivtrafik och gång- och cykelvägar i "
                        "bordsgrupper.</li>"
                        "<li>Till sist sammanställer vi de viktigaste frågorna och kommer överens "
                        "om hur vi informerar om dem framöver.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>The city gives an update on current matters in Reposaari.</li>"
                        "<li>We discuss services, public transport and walking and cycling routes "
                        "in table groups.</li>"
                        "<li>Finally, we sum up the most important points together and agree how "
                        "we will keep you informed.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Kysymykset etukäteen", "sv": "Frågor i förväg", "en": "Questions in advance"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Voit lähettää kysymyksiä etukäteen ilmoittautumisen yhteydessä tai "
                        "osallisuusagentille. Iltaan voi tulla myös ilmoittautumatta, mutta "
                        "ilmoittautuminen auttaa meitä varaamaan kahvit.</p>"
                    ),
                    "sv": (
                        "<p>Du kan skicka frågor i förväg när du anmäler dig eller till "
                        "delaktighetsagenten. Du kan också komma utan att anmäla dig, men anmälan "
                        "hjälper oss att beställa tillräckligt med kaffe.</p>"
                    ),
                    "en": (
                        "<p>You can send questions in advance when you sign up or to the "
                        "participation agent. You can also come without signing up, but signing "
                        "up helps us order enough coffee.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "yyteri-local-plan-hearing",
        "slug": {
            "fi": "kuuleminen-yyterin-asemakaava",
            "sv": "horande-detaljplan-yttero",
            "en": "hearing-yyteri-local-plan",
        },
        "title": {
            "fi": "Kuuleminen: Yyterin matkailualueen asemakaavan muutoksen luonnos",
            "sv": "Hörande: utkastet till ändring av detaljplanen för turistområdet i Ytterö",
            "en": "Hearing: draft amendment to the local plan for the Yyteri tourism area",
        },
        "intro": {
            "fi": (
                "Yyterin matkailualueen asemakaavaa muutetaan. Luonnos asetetaan "
                "nähtäville, ja siitä voi antaa mielipiteen nähtävilläoloaikana."
            ),
            "sv": (
                "Detaljplanen för turistområdet i Ytterö ska ändras. Utkastet läggs fram, "
                "och du kan lämna en åsikt om det medan det är framlagt."
            ),
            "en": (
                "The local plan for the Yyteri tourism area is being amended. The draft "
                "will be put on display, and you can give your opinion on it while it is "
                "on display."
            ),
        },
        "search_description": {
            "fi": (
                "Yyterin matkailualueen asemakaavan muutoksen luonnos: nähtävilläolo, "
                "yleisötilaisuus ja ohjeet mielipiteen jättämiseen."
            ),
            "sv": (
                "Utkastet till ändring av detaljplanen för turistområdet i Ytterö: "
                "framläggning, informationsmöte och hur du lämnar en åsikt."
            ),
            "en": (
                "Draft amendment to the local plan for the Yyteri tourism area: display "
                "period, public meeting and how to give your opinion."
            ),
        },
        "method": "hearing",
        "topics": ["urban-planning", "environment", "sports-and-outdoors"],
        "areas": ["yyteri"],
        "audiences": ["everyone", "associations", "event-organisers"],
        "organiser": {"fi": "Kaupunkisuunnittelu", "sv": "Stadsplaneringen", "en": "Urban planning"},
        "contacts": [],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa kuulla asukkaiden, mökkiläisten, yritysten ja "
                "yhdistysten näkemyksiä siitä, miten matkailun kehittäminen, rantaluonto "
                "ja virkistyskäyttö sovitetaan Yyterissä yhteen."
            ),
            "sv": (
                "Staden vill höra vad invånare, fritidsboende, företag och föreningar "
                "anser om hur utvecklingen av turismen, strandnaturen och rekreationen "
                "kan förenas i Ytterö."
            ),
            "en": (
                "The city wants to hear from residents, holiday-home owners, businesses "
                "and associations about how to reconcile tourism development, the beach "
                "and dune nature, and recreation in Yyteri."
            ),
        },
        "input_use": {
            "fi": (
                "Kaavoittaja käy kaikki mielipiteet läpi ja kertoo kaavaehdotuksen "
                "yhteydessä, miten ne on otettu huomioon. Vastineet julkaistaan "
                "kaava-asiakirjojen mukana."
            ),
            "sv": (
                "Planläggaren går igenom alla åsikter och berättar i samband med "
                "planförslaget hur de har beaktats. Bemötandena publiceras tillsammans "
                "med planhandlingarna."
            ),
            "en": (
                "The planner goes through every opinion and explains, when the plan "
                "proposal is published, how each was taken into account. The responses "
                "are published with the plan documents."
            ),
        },
        "decision": {
            "fi": (
                "Kaavaehdotus asetetaan myöhemmin vielä nähtäville. Asemakaavan muutoksen "
                "hyväksyy kaupunginvaltuusto."
            ),
            "sv": (
                "Planförslaget läggs senare fram på nytt. Ändringen av detaljplanen "
                "godkänns av stadsfullmäktige."
            ),
            "en": (
                "The plan proposal will later be put on display again. The city council "
                "approves the amendment to the local plan."
            ),
        },
        "opens_day": 14,
        "closes_day": 44,
        "sessions": [
            {
                "day": 21,
                "start": "17:00",
                "end": "19:00",
                "venue": {
                    "fi": "Porin kaupunginkirjasto, kokoustila",
                    "sv": "Björneborgs stadsbibliotek, mötesrummet",
                    "en": "Pori City Library, meeting room",
                },
                "address": "Gallen-Kallelankatu 12, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti, ja kokoustilaan pääsee hissillä. "
                        "Tilassa on induktiosilmukka, ja esteetön WC on samassa kerroksessa. "
                        "Liikkumisesteisten pysäköintipaikat ovat lähellä pääovea."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång, och till mötesrummet kommer man med "
                        "hiss. I rummet finns en hörslinga, och en tillgänglig toalett finns på "
                        "samma våning. Parkeringsplatser för personer med rörelsehinder finns "
                        "nära huvudingången."
                    ),
                    "en": (
                        "The library has a step-free entrance, and there is a lift to the meeting "
                        "room. The room has an induction loop, and there is an accessible toilet "
                        "on the same floor. Accessible parking spaces are close to the main "
                        "entrance."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Mistä on kyse", "sv": "Vad det gäller", "en": "What this is about"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Yyteri on yksi Porin suosituimmista matkailu- ja virkistysalueista. "
                        "Asemakaavan muutoksella selvitetään, miten alueelle voidaan rakentaa "
                        "uusia matkailupalveluja niin, että hiekkarannat, dyynit ja niiden luonto "
                        "säilyvät.</p>"
                    ),
                    "sv": (
                        "<p>Ytterö är ett av Björneborgs populäraste områden för turism och "
                        "rekreation. Med ändringen av detaljplanen utreds hur nya turisttjänster "
                        "kan byggas i området så att sandstränderna, dynerna och deras natur "
                        "bevaras.</p>"
                    ),
                    "en": (
                        "<p>Yyteri is one of Pori's most popular areas for tourism and "
                        "recreation. The amendment explores how new tourism services could be "
                        "built in the area while preserving the sandy beaches, the dunes and "
                        "their nature.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Näin annat mielipiteen",
                    "sv": "Så här lämnar du en åsikt",
                    "en": "How to give your opinion",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kaavaluonnos selvityksineen on nähtävillä verkossa ja "
                        "kaupunkisuunnittelun asiakaspalvelussa. Voit jättää mielipiteen "
                        "kirjallisesti nähtävilläoloaikana.</p>"
                        "<p>Yleisötilaisuudessa kaavoittaja esittelee luonnoksen ja vastaa "
                        "kysymyksiin. Tilaisuuteen ei tarvitse ilmoittautua.</p>"
                    ),
                    "sv": (
                        "<p>Planutkastet och utredningarna finns framlagda på webben och i "
                        "stadsplaneringens kundtjänst. Du kan lämna en skriftlig åsikt medan "
                        "utkastet är framlagt.</p>"
                        "<p>På informationsmötet presenterar planläggaren utkastet och svarar på "
                        "frågor. Du behöver inte anmäla dig till mötet.</p>"
                    ),
                    "en": (
                        "<p>The draft plan and its background studies are on display online and "
                        "at the urban planning customer service. You can give your opinion in "
                        "writing during the display period.</p>"
                        "<p>At the public meeting, the planner presents the draft and answers "
                        "questions. You do not need to sign up for the meeting.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "elderly-council-service-transport",
        "slug": {
            "fi": "vanhusneuvosto-asiointiliikenne",
            "sv": "aldreradet-servicetrafik",
            "en": "elderly-council-service-transport",
        },
        "title": {
            "fi": "Vanhusneuvoston kuuleminen: asiointiliikenne",
            "sv": "Äldrerådets hörande: servicetrafiken",
            "en": "Elderly council hearing: service transport",
        },
        "intro": {
            "fi": (
                "Vanhusneuvosto haluaa kuulla, miten asiointiliikenne palvelee ikäihmisiä "
                "Porin eri osissa. Tule kertomaan omista kokemuksistasi."
            ),
            "sv": (
                "Äldrerådet vill höra hur servicetrafiken fungerar för äldre i olika "
                "delar av Björneborg. Kom och berätta om dina egna erfarenheter."
            ),
            "en": (
                "The elderly council wants to hear how the service transport for errands "
                "works for older people in different parts of Pori. Come and share your "
                "experiences."
            ),
        },
        "search_description": {
            "fi": (
                "Vanhusneuvosto kuulee ikäihmisiä asiointiliikenteestä: kyytiin "
                "pääseminen, reitit, aikataulut ja tiedon saaminen. Tilaisuudet "
                "keskustassa ja Noormarkussa."
            ),
            "sv": (
                "Äldrerådet hör äldre om servicetrafiken: att komma ombord, rutter, "
                "tidtabeller och information. Möten i centrum och Norrmark."
            ),
            "en": (
                "The elderly council consults older people on service transport: "
                "boarding, routes, timetables and information. Meetings in the city "
                "centre and Noormarkku."
            ),
        },
        "method": "hearing",
        "topics": ["services-for-seniors", "accessibility-and-inclusion"],
        "areas": ["keskusta", "noormarkku", "lansi-pori", "ita-pori"],
        "audiences": ["seniors", "people-with-disabilities"],
        "organiser": {"fi": "Vanhusneuvosto", "sv": "Äldrerådet", "en": "Elderly council"},
        "contacts": ["agent-1"],
        "external_url": "",
        "learn": {
            "fi": (
                "Vanhusneuvosto kokoaa ikäihmisten kokemuksia asiointiliikenteen "
                "reiteistä, aikatauluista ja kyytiin pääsemisestä ennen kuin se antaa "
                "lausuntonsa joukkoliikenteen palvelutasosta."
            ),
            "sv": (
                "Äldrerådet samlar in äldres erfarenheter av servicetrafikens rutter, "
                "tidtabeller och av att komma ombord innan det ger sitt utlåtande om "
                "servicenivån i kollektivtrafiken."
            ),
            "en": (
                "The elderly council is gathering older people's experiences of the "
                "service transport's routes, timetables and boarding before it gives its "
                "statement on the level of public transport services."
            ),
        },
        "input_use": {
            "fi": (
                "Kuulemisen tulokset liitetään vanhusneuvoston lausuntoon. Lausunto "
                "perusteluineen julkaistaan tällä sivulla."
            ),
            "sv": (
                "Resultaten från hörandet fogas till äldrerådets utlåtande. Utlåtandet "
                "och motiveringarna publiceras på den här sidan."
            ),
            "en": (
                "The results of the hearing will be attached to the elderly council's "
                "statement. The statement and its reasoning will be published on this "
                "page."
            ),
        },
        "decision": {
            "fi": (
                "Joukkoliikenteen palvelutasosta päättää joukkoliikenteestä vastaava "
                "lautakunta, joka saa vanhusneuvoston lausunnon ennen päätöstä."
            ),
            "sv": (
                "Servicenivån i kollektivtrafiken fastställs av den nämnd som ansvarar "
                "för kollektivtrafiken, och nämnden får äldrerådets utlåtande före "
                "beslutet."
            ),
            "en": (
                "The level of public transport services is decided by the committee "
                "responsible for public transport, which receives the elderly council's "
                "statement before it decides."
            ),
        },
        "opens_day": 3,
        "closes_day": 25,
        "sessions": [
            {
                "day": 28,
                "start": "13:00",
                "end": "15:00",
                "venue": {
                    "fi": "Porin kaupunginkirjasto, kokoustila",
                    "sv": "Björneborgs stadsbibliotek, mötesrummet",
                    "en": "Pori City Library, meeting room",
                },
                "address": "Gallen-Kallelankatu 12, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti, ja kokoustilaan pääsee hissillä. "
                        "Tilassa on induktiosilmukka, ja esteetön WC on samassa kerroksessa. "
                        "Liikkumisesteisten pysäköintipaikat ovat lähellä pääovea."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång, och till mötesrummet kommer man med "
                        "hiss. I rummet finns en hörslinga, och en tillgänglig toalett finns på "
                        "samma våning. Parkeringsplatser för personer med rörelsehinder finns "
                        "nära huvudingången."
                    ),
                    "en": (
                        "The library has a step-free entrance, and there is a lift to the meeting "
                        "room. The room has an induction loop, and there is an accessible toilet "
                        "on the same floor. Accessible parking spaces are close to the main "
                        "entrance."
                    ),
                },
            },
            {
                "day": 30,
                "start": "13:00",
                "end": "14:30",
                "venue": {
                    "fi": "Noormarkun kirjasto",
                    "sv": "Norrmarks bibliotek",
                    "en": "Noormarkku library",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti pääovelta. Tilaisuustilassa on "
                        "induktiosilmukka, ja kirjastossa on esteetön WC."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång vid huvuddörren. I mötesrummet finns "
                        "en hörslinga, och i biblioteket finns en tillgänglig toalett."
                    ),
                    "en": (
                        "The library has a step-free main entrance. The meeting room has an "
                        "induction loop, and the library has an accessible toilet."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä vanhusneuvosto kysyy",
                    "sv": "Vad äldrerådet frågar",
                    "en": "What the elderly council is asking",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Pääsetkö asiointiliikenteen kyytiin helposti, ja saatko tarvittaessa "
                        "apua?</li>"
                        "<li>Sopivatko reitit ja aikataulut omiin asiointeihisi?</li>"
                        "<li>Mistä saat tietoa aikatauluista ja kyydin tilaamisesta?</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Är det lätt för dig att komma ombord på servicetrafiken, och får du "
                        "hjälp vid behov?</li>"
                        "<li>Passar rutterna och tidtabellerna för dina ärenden?</li>"
                        "<li>Var får du information om tidtabeller och om hur du beställer en "
                        "resa?</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Is it easy for you to board the service transport, and do you get "
                        "help when you need it?</li>"
                        "<li>Do the routes and timetables suit your errands?</li>"
                        "<li>Where do you find information about timetables and how to book a "
                        "ride?</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Osallistuminen", "sv": "Att delta", "en": "Taking part"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kuulemistilaisuuksiin voi tulla ilmoittautumatta. Jos et pääse "
                        "paikalle, voit kertoa kokemuksistasi osallisuusagentille puhelimessa. "
                        "Myös läheiset ja omaishoitajat ovat tervetulleita.</p>"
                    ),
                    "sv": (
                        "<p>Du kan komma till hörandena utan att anmäla dig. Om du inte kan komma "
                        "kan du berätta om dina erfarenheter för delaktighetsagenten per telefon. "
                        "Också anhöriga och närståendevårdare är välkomna.</p>"
                    ),
                    "en": (
                        "<p>You can come to the hearings without signing up. If you cannot come, "
                        "you can share your experiences with the participation agent by phone. "
                        "Family members and carers are also welcome.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Ongoing: sign-up has closed, the pilot is running
    # ------------------------------------------------------------------
    {
        "key": "quiet-hour-swimming",
        "slug": {
            "fi": "kokeilu-hiljainen-tunti-uimahallissa",
            "sv": "forsok-tyst-timme-i-simhallen",
            "en": "pilot-quiet-hour-swimming-hall",
        },
        "title": {
            "fi": "Kokeilu: hiljainen tunti uimahallissa",
            "sv": "Försök: tyst timme i simhallen",
            "en": "Pilot: quiet hour at the swimming hall",
        },
        "intro": {
            "fi": (
                "Porin uimahallissa kokeillaan viikoittaista hiljaista tuntia, jolloin "
                "musiikki ja kuulutukset ovat pois päältä ja asiakasmäärää on rajattu. "
                "Kokeilu on tarkoitettu erityisesti aistiherkille ja heidän perheilleen."
            ),
            "sv": (
                "I Björneborgs simhall prövas en tyst timme varje vecka, då musik och "
                "utrop är avstängda och antalet besökare är begränsat. Försöket är "
                "särskilt avsett för personer med sensorisk känslighet och deras "
                "familjer."
            ),
            "en": (
                "Pori swimming hall is trying out a weekly quiet hour with no music or "
                "announcements and a limited number of swimmers. The pilot is especially "
                "for people with sensory sensitivities and their families."
            ),
        },
        "search_description": {
            "fi": (
                "Hiljaisen tunnin kokeilu Porin uimahallissa: ei musiikkia eikä "
                "kuulutuksia, rajattu asiakasmäärä. Anna palautetta kokeilusta."
            ),
            "sv": (
                "Försök med tyst timme i Björneborgs simhall: ingen musik, inga utrop och "
                "ett begränsat antal besökare. Ge respons på försöket."
            ),
            "en": (
                "Quiet hour pilot at Pori swimming hall: no music or announcements and a "
                "limited number of swimmers. Give feedback on the pilot."
            ),
        },
        "method": "pilot",
        "topics": ["accessibility-and-inclusion", "sports-and-outdoors", "wellbeing-and-health"],
        "areas": ["koko-pori"],
        "audiences": ["people-with-disabilities", "families-with-children"],
        "organiser": {"fi": "Liikuntapalvelut", "sv": "Idrottstjänsterna", "en": "Sports services"},
        "contacts": ["agent-2"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa selvittää, tarvitaanko hiljaista tuntia pysyvästi, mihin "
                "aikaan se palvelisi parhaiten ja mitä muuta uimahallissa pitäisi "
                "muuttaa, jotta aistiherkät voivat käydä siellä."
            ),
            "sv": (
                "Staden vill ta reda på om det behövs en permanent tyst timme, vilken tid "
                "den skulle passa bäst och vad mer som borde ändras i simhallen för att "
                "personer med sensorisk känslighet ska kunna besöka den."
            ),
            "en": (
                "The city wants to find out whether a permanent quiet hour is needed, "
                "what time would suit people best and what else should change at the "
                "swimming hall so that people with sensory sensitivities can use it."
            ),
        },
        "input_use": {
            "fi": (
                "Kokeiluun valitut perheet antavat palautetta jokaisen käynnin jälkeen, "
                "ja muut kävijät voivat vastata lyhyeen kyselyyn. Kokeilun lopuksi "
                "palautteesta tehdään yhteenveto, joka julkaistaan tässä palvelussa."
            ),
            "sv": (
                "Familjerna som valdes till försöket ger respons efter varje besök, och "
                "andra besökare kan svara på en kort enkät. När försöket är slut görs ett "
                "sammandrag av responsen som publiceras i den här tjänsten."
            ),
            "en": (
                "The families chosen for the pilot give feedback after each visit, and "
                "other swimmers can answer a short survey. At the end of the pilot the "
                "feedback is summarised and published in this service."
            ),
        },
        "decision": {
            "fi": (
                "Liikuntapalvelut päättää kokeilun jatkosta, kun palaute on koottu. "
                "Päätös kerrotaan tällä sivulla."
            ),
            "sv": (
                "Idrottstjänsterna beslutar om en fortsättning när responsen har "
                "sammanställts. Beslutet meddelas på den här sidan."
            ),
            "en": (
                "Sports services will decide whether to continue once the feedback has "
                "been compiled. The decision will be announced on this page."
            ),
        },
        "opens_day": -30,
        "closes_day": -12,
        "sessions": [
            {
                "day": -10,
                "end_day": 30,
                "start": "16:00",
                "end": "17:00",
                "venue": {
                    "fi": "Porin uimahalli",
                    "sv": "Björneborgs simhall",
                    "en": "Pori swimming hall",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Uimahalliin on esteetön sisäänkäynti. Käytössä on esteetön pukuhuone, ja "
                        "altaaseen pääsee nostolaitteella. Avustaja pääsee halliin maksutta."
                    ),
                    "sv": (
                        "Simhallen har en steglös ingång. Det finns ett tillgängligt "
                        "omklädningsrum, och man kan ta sig ner i bassängen med en lyft. En "
                        "assistent kommer in gratis."
                    ),
                    "en": (
                        "The swimming hall has a step-free entrance. There is an accessible "
                        "changing room, and a hoist for getting into the pool. An assistant gets "
                        "in free of charge."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Miten kokeilu toimii",
                    "sv": "Hur försöket fungerar",
                    "en": "How the pilot works",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kokeilun aikana uimahallissa on kerran viikossa hiljainen tunti. "
                        "Silloin musiikki ja kuulutukset ovat pois päältä, ja asiakasmäärää on "
                        "rajattu, jotta hallissa on rauhallisempaa. Hiljaiselle tunnille pääsee "
                        "tavallisella uimalipulla.</p>"
                    ),
                    "sv": (
                        "<p>Under försöket har simhallen en tyst timme en gång i veckan. Då är "
                        "musik och utrop avstängda, och antalet besökare är begränsat så att det "
                        "är lugnare i hallen. Till den tysta timmen kommer man in med en vanlig "
                        "simbiljett.</p>"
                    ),
                    "en": (
                        "<p>During the pilot, the swimming hall has a quiet hour once a week. "
                        "There is no music or announcements, and the number of swimmers is "
                        "limited so that the hall is calmer. An ordinary swimming ticket gets you "
                        "in.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Anna palautetta", "sv": "Ge respons", "en": "Give feedback"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kokeiluperheiden haku on päättynyt, mutta kuka tahansa hiljaisella "
                        "tunnilla käyvä voi antaa palautetta. Palautelomakkeen saa uimahallin "
                        "kassalta, ja palautetta voi lähettää myös osallisuusagentille.</p>"
                    ),
                    "sv": (
                        "<p>Ansökningstiden för försöksfamiljerna har gått ut, men alla som "
                        "besöker den tysta timmen kan ge respons. Responsblanketten får du i "
                        "simhallens kassa, och du kan också skicka respons till "
                        "delaktighetsagenten.</p>"
                    ),
                    "en": (
                        "<p>Applications to be a pilot family have closed, but anyone who comes "
                        "to the quiet hour can give feedback. You can get a feedback form at the "
                        "swimming hall's reception desk or send feedback to the participation "
                        "agent.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "youth-sports-nights",
        "slug": {
            "fi": "kokeilu-nuorten-liikuntaillat",
            "sv": "forsok-idrottskvallar-for-unga",
            "en": "pilot-sports-nights-for-young-people",
        },
        "title": {
            "fi": "Kokeilu: nuorten avoimet liikuntaillat Länsi-Porissa",
            "sv": "Försök: öppna idrottskvällar för unga i Västra Björneborg",
            "en": "Pilot: open sports nights for young people in West Pori",
        },
        "intro": {
            "fi": (
                "Koulun liikuntasali on kokeilun ajan auki nuorille perjantai-iltaisin. "
                "Lajit valittiin nuorten äänestyksessä, ja paikalla on aina "
                "nuorisotyöntekijä."
            ),
            "sv": (
                "Under försöket är skolans gymnastiksal öppen för unga på fredagskvällar. "
                "Grenarna valdes i en omröstning bland de unga, och en ungdomsarbetare är "
                "alltid på plats."
            ),
            "en": (
                "During the pilot, a school sports hall is open to young people on Friday "
                "evenings. The activities were chosen in a vote by young people, and a "
                "youth worker is always there."
            ),
        },
        "search_description": {
            "fi": (
                "Maksuttomat liikuntaillat 13–18-vuotiaille Länsi-Porissa perjantaisin "
                "kokeilun ajan. Lajit valittiin nuorten äänestyksessä."
            ),
            "sv": (
                "Avgiftsfria idrottskvällar för 13–18-åringar i Västra Björneborg på "
                "fredagar under försöket. Grenarna valdes av de unga."
            ),
            "en": (
                "Free Friday sports nights for 13 to 18-year-olds in West Pori during the "
                "pilot. The activities were chosen by young people."
            ),
        },
        "method": "pilot",
        "topics": ["children-and-youth", "sports-and-outdoors", "wellbeing-and-health"],
        "areas": ["lansi-pori"],
        "audiences": ["young-people"],
        "organiser": {"fi": "Nuorisopalvelut", "sv": "Ungdomstjänsterna", "en": "Youth services"},
        "contacts": ["agent-2"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki haluaa tietää, lisäävätkö maksuttomat ja ohjatut liikuntaillat "
                "nuorten liikkumista ja kohtaamisia Länsi-Porissa ja kannattaako "
                "toimintaa laajentaa muille alueille."
            ),
            "sv": (
                "Staden vill veta om avgiftsfria idrottskvällar med ledare får unga i "
                "Västra Björneborg att röra mer på sig och träffas oftare, och om "
                "verksamheten borde utvidgas till andra områden."
            ),
            "en": (
                "The city wants to know whether free, supervised sports nights help young "
                "people in West Pori to be more active and meet each other, and whether "
                "the activity should be extended to other areas."
            ),
        },
        "input_use": {
            "fi": (
                "Nuoret valitsivat äänestyksessä kokeilun lajit. Kokeilun aikana kerätään "
                "kävijämäärät ja nuorten palaute, ja nuorisovaltuusto osallistuu kokeilun "
                "arviointiin."
            ),
            "sv": (
                "De unga valde grenarna i en omröstning. Under försöket samlas "
                "besökarantal och de ungas respons in, och ungdomsfullmäktige deltar i "
                "utvärderingen av försöket."
            ),
            "en": (
                "Young people chose the activities in a vote. During the pilot we collect "
                "visitor numbers and young people's feedback, and the youth council takes "
                "part in evaluating the pilot."
            ),
        },
        "decision": {
            "fi": (
                "Nuorisopalvelut ja liikuntapalvelut päättävät jatkosta yhdessä kokeilun "
                "päätyttyä. Jos toimintaa laajennetaan, rahoituksesta päätetään "
                "talousarviossa."
            ),
            "sv": (
                "Ungdomstjänsterna och idrottstjänsterna beslutar tillsammans om en "
                "fortsättning när försöket är slut. Om verksamheten utvidgas beslutas "
                "finansieringen i budgeten."
            ),
            "en": (
                "Youth services and sports services will decide together whether to "
                "continue once the pilot has ended. If the activity is extended, funding "
                "will be decided in the budget."
            ),
        },
        "opens_day": -35,
        "closes_day": -15,
        "sessions": [
            {
                "day": -14,
                "end_day": 42,
                "start": "18:00",
                "end": "21:00",
                "venue": {
                    "fi": "Koulun liikuntasali, Länsi-Pori",
                    "sv": "Skolans gymnastiksal, Västra Björneborg",
                    "en": "School sports hall, West Pori",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Saliin pääsee pihan puolelta kynnyksettömästä ovesta. Pukuhuoneiden "
                        "yhteydessä on esteetön WC, mutta esteetöntä suihkutilaa ei ole."
                    ),
                    "sv": (
                        "Man kommer in i salen från gården genom en tröskelfri dörr. Vid "
                        "omklädningsrummen finns en tillgänglig toalett, men ingen tillgänglig "
                        "dusch."
                    ),
                    "en": (
                        "The hall can be entered from the yard through a door with no threshold. "
                        "There is an accessible toilet by the changing rooms, but no accessible "
                        "shower."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä illoissa tehdään",
                    "sv": "Vad vi gör på kvällarna",
                    "en": "What happens at the sports nights",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Nuorten äänestyksen perusteella illoissa pelataan salibandya ja "
                        "koripalloa, ja salin toisessa päässä on tilaa tanssille ja omalle "
                        "treenille. Välineet saa lainaksi paikan päältä. Mukaan ei tarvitse "
                        "ilmoittautua.</p>"
                    ),
                    "sv": (
                        "<p>Utifrån de ungas omröstning spelar vi innebandy och basket, och i "
                        "salens andra ände finns plats för dans och egen träning. Utrustning kan "
                        "lånas på plats. Du behöver inte anmäla dig.</p>"
                    ),
                    "en": (
                        "<p>Based on the young people's vote, we play floorball and basketball, "
                        "and the other end of the hall has space for dancing and your own "
                        "training. Equipment can be borrowed on site. You do not need to sign "
                        "up.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Kenelle", "sv": "För vem", "en": "Who it is for"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Illat on tarkoitettu 13–18-vuotiaille. Paikalla on aina "
                        "nuorisotyöntekijä, jolle voi jutella myös muista asioista.</p>"
                    ),
                    "sv": (
                        "<p>Kvällarna är avsedda för 13–18-åringar. En ungdomsarbetare är alltid "
                        "på plats, och med hen kan du också prata om annat.</p>"
                    ),
                    "en": (
                        "<p>The sports nights are for 13 to 18-year-olds. A youth worker is "
                        "always there, and you can talk to them about other things too.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Always open: a channel on another service
    # ------------------------------------------------------------------
    {
        "key": "residents-initiative",
        "slug": {"fi": "kuntalaisaloite", "sv": "invanarinitiativ", "en": "residents-initiative"},
        "title": {
            "fi": "Tee kuntalaisaloite",
            "sv": "Gör ett invånarinitiativ",
            "en": "Make a residents' initiative",
        },
        "intro": {
            "fi": (
                "Voit tehdä Porin kaupungille aloitteen mistä tahansa kaupungin toimintaa "
                "koskevasta asiasta. Aloitteen voi tehdä ja sitä voi kannattaa verkossa "
                "Kuntalaisaloite.fi-palvelussa."
            ),
            "sv": (
                "Du kan lämna ett initiativ till Björneborgs stad i alla frågor som "
                "gäller stadens verksamhet. Initiativet kan göras och understödas på "
                "webben i tjänsten Kuntalaisaloite.fi."
            ),
            "en": (
                "You can make an initiative to the City of Pori on any matter concerning "
                "the city's activities. Initiatives can be made and supported online in "
                "the Kuntalaisaloite.fi service."
            ),
        },
        "search_description": {
            "fi": (
                "Tee aloite Porin kaupungille Kuntalaisaloite.fi-palvelussa. Näin aloite "
                "käsitellään ja milloin kaupunginvaltuusto ottaa sen käsiteltäväksi."
            ),
            "sv": (
                "Lämna ett initiativ till Björneborgs stad i tjänsten Kuntalaisaloite.fi. "
                "Så här behandlas initiativet och när fullmäktige tar upp det."
            ),
            "en": (
                "Make an initiative to the City of Pori in the Kuntalaisaloite.fi "
                "service. How initiatives are handled and when the city council takes "
                "them up."
            ),
        },
        "method": "online-elsewhere",
        "topics": ["urban-planning", "wellbeing-and-health", "environment"],
        "areas": ["koko-pori"],
        "audiences": ["everyone", "associations", "young-people"],
        "organiser": {
            "fi": "Kaupungin hallintopalvelut",
            "sv": "Stadens förvaltningstjänster",
            "en": "City administration",
        },
        "contacts": ["agent-1"],
        "external_url": "https://www.kuntalaisaloite.fi/",
        "learn": {
            "fi": (
                "Aloitteiden kautta kaupunki saa tietää, mitä asukkaat haluavat muuttaa, "
                "vaikka asia ei olisi juuri nyt valmisteilla."
            ),
            "sv": (
                "Genom initiativen får staden veta vad invånarna vill förändra, också när "
                "frågan inte bereds just nu."
            ),
            "en": (
                "Through initiatives, the city learns what residents want to change, even "
                "when the matter is not currently being prepared."
            ),
        },
        "input_use": {
            "fi": (
                "Kaupunki käsittelee jokaisen aloitteen, ja aloitteen tekijälle "
                "kerrotaan, mihin toimenpiteisiin se on johtanut. Kaupunginvaltuustolle "
                "ilmoitetaan vähintään kerran vuodessa sen toimivaltaan kuuluvista "
                "aloitteista ja niiden johdosta tehdyistä toimenpiteistä."
            ),
            "sv": (
                "Staden behandlar varje initiativ, och den som har gjort initiativet får "
                "veta vilka åtgärder det har lett till. Minst en gång om året informeras "
                "stadsfullmäktige om de initiativ som hör till dess behörighet och om "
                "åtgärderna med anledning av dem."
            ),
            "en": (
                "The city handles every initiative, and the person who made it is told "
                "what action has been taken. At least once a year, the city council is "
                "informed of the initiatives within its powers and the action taken on "
                "them."
            ),
        },
        "decision": {
            "fi": (
                "Aloitteesta päättää se toimielin tai viranhaltija, jolle asia kuuluu. "
                "Jos aloitteen tekijöinä on vähintään kaksi prosenttia äänioikeutetuista "
                "porilaisista, kaupunginvaltuusto käsittelee asian kuuden kuukauden "
                "kuluessa."
            ),
            "sv": (
                "Initiativet avgörs av det organ eller den tjänsteinnehavare som frågan "
                "hör till. Om minst två procent av de röstberättigade invånarna står "
                "bakom initiativet behandlar stadsfullmäktige frågan inom sex månader."
            ),
            "en": (
                "The initiative is decided by the body or official responsible for the "
                "matter. If at least two per cent of Pori residents entitled to vote are "
                "behind the initiative, the city council takes up the matter within six "
                "months."
            ),
        },
        "opens_day": None,
        "closes_day": None,
        "sessions": [],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Näin teet aloitteen",
                    "sv": "Så här gör du ett initiativ",
                    "en": "How to make an initiative",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Aloitteen voi tehdä yksin tai yhdessä muiden kanssa. "
                        "Kuntalaisaloite.fi on oikeusministeriön ylläpitämä palvelu, jossa voit "
                        "kirjoittaa aloitteen, kerätä sille kannattajia ja lähettää sen "
                        "kaupungille.</p>"
                        "<p>"
                        '<a href="https://www.kuntalaisaloite.fi/">Siirry Kuntalaisaloite.fi-palveluun</a>'
                        "</p>"
                    ),
                    "sv": (
                        "<p>Du kan göra ett initiativ ensam eller tillsammans med andra. "
                        "Kuntalaisaloite.fi är en tjänst som upprätthålls av justitieministeriet. "
                        "Där kan du skriva initiativet, samla understöd för det och skicka det "
                        "till staden.</p>"
                        "<p>"
                        '<a href="https://www.kuntalaisaloite.fi/">Gå till tjänsten Kuntalaisaloite.fi</a>'
                        "</p>"
                    ),
                    "en": (
                        "<p>You can make an initiative on your own or together with others. "
                        "Kuntalaisaloite.fi is a service run by the Ministry of Justice where you "
                        "can write an initiative, gather support for it and send it to the "
                        "city.</p>"
                        "<p>"
                        '<a href="https://www.kuntalaisaloite.fi/">Go to the Kuntalaisaloite.fi service</a>'
                        "</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Oikeus tehdä aloite",
                    "sv": "Rätten att ta initiativ",
                    "en": "The right to make an initiative",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Oikeus tehdä aloitteita perustuu kuntalakiin (410/2015, 23 §). "
                        "Aloitteen voivat tehdä kunnan asukkaat sekä kunnassa toimivat yhteisöt "
                        "ja säätiöt. Palvelujen käyttäjät voivat tehdä aloitteita heitä "
                        "koskevista palveluista.</p>"
                    ),
                    "sv": (
                        "<p>Rätten att ta initiativ bygger på kommunallagen (410/2015, 23 §). "
                        "Initiativ kan tas av kommunens invånare och av sammanslutningar och "
                        "stiftelser som är verksamma i kommunen. De som använder tjänsterna kan "
                        "ta initiativ i frågor som gäller tjänster som berör dem.</p>"
                    ),
                    "en": (
                        "<p>The right to make initiatives is based on the Local Government Act "
                        "(410/2015, section 23). Initiatives can be made by the municipality's "
                        "residents and by communities and foundations operating in the "
                        "municipality. Service users can make initiatives about the services that "
                        "concern them.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Closed: see OUTCOMES
    # ------------------------------------------------------------------
    {
        "key": "brand-concept-co-design",
        "slug": {
            "fi": "brandikonseptin-yhteissuunnittelu",
            "sv": "samplanering-av-varumarkeskonceptet",
            "en": "brand-concept-co-design",
        },
        "title": {
            "fi": "Porin brändikonseptin yhteissuunnittelu",
            "sv": "Samplanering av Björneborgs varumärkeskoncept",
            "en": "Co-designing Pori's brand concept",
        },
        "intro": {
            "fi": (
                "Kaupunki suunnitteli brändikonseptinsa yhdessä porilaisten, yhteisöjen "
                "ja henkilöstön kanssa. Työ oli yksi osallisuusmallin ensimmäisistä "
                "kokeiluista."
            ),
            "sv": (
                "Staden planerade sitt varumärkeskoncept tillsammans med invånare, "
                "sammanslutningar och personal. Arbetet var ett av de första försöken med "
                "delaktighetsmodellen."
            ),
            "en": (
                "The city designed its brand concept together with residents, communities "
                "and staff. The work was one of the first pilots of the participation "
                "model."
            ),
        },
        "search_description": {
            "fi": (
                "Porin brändikonsepti suunniteltiin työpajoissa yhdessä asukkaiden, "
                "yhteisöjen ja henkilöstön kanssa osana osallisuusmallin kokeilua."
            ),
            "sv": (
                "Björneborgs varumärkeskoncept planerades i verkstäder med invånare, "
                "sammanslutningar och personal som ett försök med delaktighetsmodellen."
            ),
            "en": (
                "Pori's brand concept was designed in workshops with residents, "
                "communities and staff as a pilot of the participation model."
            ),
        },
        "method": "workshop",
        "topics": ["culture-and-events"],
        "areas": ["koko-pori"],
        "audiences": ["everyone", "associations", "event-organisers"],
        "organiser": {
            "fi": "Kaupungin viestintä",
            "sv": "Stadens kommunikation",
            "en": "City communications",
        },
        "contacts": [],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki halusi selvittää, mikä tekee Porista porilaisten mielestä "
                "omanlaisensa ja miten kaupunkia kannattaa kuvata asukkaille, yrityksille "
                "ja matkailijoille."
            ),
            "sv": (
                "Staden ville ta reda på vad som enligt björneborgarna gör staden unik "
                "och hur den borde beskrivas för invånare, företag och turister."
            ),
            "en": (
                "The city wanted to find out what makes Pori distinctive in the eyes of "
                "its residents and how the city should present itself to residents, "
                "businesses and visitors."
            ),
        },
        "input_use": {
            "fi": (
                "Työpajojen tulokset olivat brändikonseptin lähtökohta. Konseptia "
                "testattiin ja hiottiin osallistujilta saadun palautteen perusteella."
            ),
            "sv": (
                "Resultaten från verkstäderna var utgångspunkten för varumärkeskonceptet. "
                "Konceptet testades och finslipades utifrån deltagarnas respons."
            ),
            "en": (
                "The workshop results were the starting point for the brand concept. The "
                "concept was tested and refined based on participants' feedback."
            ),
        },
        "decision": {
            "fi": (
                "Brändikonsepti viimeisteltiin osana kaupungin uudistustyötä, ja kaupunki "
                "otti sen käyttöön, kun se oli valmis."
            ),
            "sv": (
                "Varumärkeskonceptet slutfördes som en del av stadens förnyelsearbete, "
                "och staden tog det i bruk när det var färdigt."
            ),
            "en": (
                "The brand concept was finalised as part of the city's wider renewal, and "
                "the city put it into use once it was complete."
            ),
        },
        "opens_day": -3360,
        "closes_day": -3320,
        "sessions": [
            {
                "day": -3315,
                "start": "17:00",
                "end": "20:00",
                "venue": {
                    "fi": "Porin kaupunginkirjasto, kokoustila",
                    "sv": "Björneborgs stadsbibliotek, mötesrummet",
                    "en": "Pori City Library, meeting room",
                },
                "address": "Gallen-Kallelankatu 12, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti, ja kokoustilaan pääsee hissillä. "
                        "Tilassa on induktiosilmukka, ja esteetön WC on samassa kerroksessa. "
                        "Liikkumisesteisten pysäköintipaikat ovat lähellä pääovea."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång, och till mötesrummet kommer man med "
                        "hiss. I rummet finns en hörslinga, och en tillgänglig toalett finns på "
                        "samma våning. Parkeringsplatser för personer med rörelsehinder finns "
                        "nära huvudingången."
                    ),
                    "en": (
                        "The library has a step-free entrance, and there is a lift to the meeting "
                        "room. The room has an induction loop, and there is an accessible toilet "
                        "on the same floor. Accessible parking spaces are close to the main "
                        "entrance."
                    ),
                },
            },
            {
                "day": -3305,
                "start": "17:00",
                "end": "20:00",
                "venue": {
                    "fi": "Porin kaupunginkirjasto, kokoustila",
                    "sv": "Björneborgs stadsbibliotek, mötesrummet",
                    "en": "Pori City Library, meeting room",
                },
                "address": "Gallen-Kallelankatu 12, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti, ja kokoustilaan pääsee hissillä. "
                        "Tilassa on induktiosilmukka, ja esteetön WC on samassa kerroksessa. "
                        "Liikkumisesteisten pysäköintipaikat ovat lähellä pääovea."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång, och till mötesrummet kommer man med "
                        "hiss. I rummet finns en hörslinga, och en tillgänglig toalett finns på "
                        "samma våning. Parkeringsplatser för personer med rörelsehinder finns "
                        "nära huvudingången."
                    ),
                    "en": (
                        "The library has a step-free entrance, and there is a lift to the meeting "
                        "room. The room has an induction loop, and there is an accessible toilet "
                        "on the same floor. Accessible parking spaces are close to the main "
                        "entrance."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {"fi": "Mitä tehtiin", "sv": "Vad som gjordes", "en": "What was done"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Brändikonseptin suunnittelu oli Kirjurinluodon kehittämishankkeen "
                        "ohella ensimmäinen paikka, jossa osallisuusmallia kokeiltiin "
                        "käytännössä. Työpajoissa asukkaat, yhteisöt ja kaupungin henkilöstö "
                        "kuvasivat, millainen Pori on ja millaiseksi sen halutaan kehittyvän.</p>"
                    ),
                    "sv": (
                        "<p>Planeringen av varumärkeskonceptet var, vid sidan av "
                        "utvecklingsprojektet för Kirjurinluoto, det första stället där "
                        "delaktighetsmodellen prövades i praktiken. I verkstäderna beskrev "
                        "invånare, sammanslutningar och stadens personal hurdant Björneborg är "
                        "och hur de vill att staden ska utvecklas.</p>"
                    ),
                    "en": (
                        "<p>Alongside the Kirjurinluoto development project, designing the brand "
                        "concept was the first place where the participation model was tried out "
                        "in practice. In the workshops, residents, communities and city staff "
                        "described what Pori is like and how they want it to develop.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä opimme", "sv": "Vad vi lärde oss", "en": "What we learned"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Avoimet työpajat toivat esiin näkökulmia, jotka olisivat muuten "
                        "jääneet huomaamatta. Samalla huomasimme, että osallistujille pitää "
                        "kertoa selvästi, mihin he voivat vaikuttaa. Kokemuksia käytettiin, kun "
                        "osallisuusmallia viimeisteltiin.</p>"
                    ),
                    "sv": (
                        "<p>De öppna verkstäderna lyfte fram synvinklar som annars inte skulle ha "
                        "uppmärksammats. Samtidigt märkte vi att deltagarna måste få veta tydligt "
                        "vad de kan påverka. Erfarenheterna användes när delaktighetsmodellen "
                        "slutfördes.</p>"
                    ),
                    "en": (
                        "<p>The open workshops brought out points of view that would otherwise "
                        "have been missed. We also saw that participants need to be told clearly "
                        "what they can influence. These lessons were used when the participation "
                        "model was finalised.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "noormarkku-residents-evening",
        "slug": {
            "fi": "asukasilta-noormarkku",
            "sv": "invanarkvall-norrmark",
            "en": "residents-evening-noormarkku",
        },
        "title": {
            "fi": "Asukasilta Noormarkussa: turvalliset kävely- ja pyöräreitit",
            "sv": "Invånarkväll i Norrmark: trygga gång- och cykelvägar",
            "en": "Residents' evening in Noormarkku: safe walking and cycling routes",
        },
        "intro": {
            "fi": (
                "Noormarkkulaiset kertoivat, missä kävely ja pyöräily tuntuvat "
                "turvattomilta ja mitä reiteille pitäisi tehdä."
            ),
            "sv": (
                "Invånarna i Norrmark berättade var det känns otryggt att gå och cykla "
                "och vad som borde göras med vägarna."
            ),
            "en": (
                "Noormarkku residents told us where walking and cycling feel unsafe and "
                "what should be done about the routes."
            ),
        },
        "search_description": {
            "fi": (
                "Noormarkun asukasilta kävely- ja pyöräreittien turvallisuudesta: mitä "
                "asukkaat kertoivat ja mitä siitä seurasi."
            ),
            "sv": (
                "Invånarkväll i Norrmark om tryggheten på gång- och cykelvägarna: vad "
                "invånarna berättade och vad det ledde till."
            ),
            "en": (
                "Residents' evening in Noormarkku on the safety of walking and cycling "
                "routes: what residents told us and what came of it."
            ),
        },
        "method": "resident-evening",
        "topics": ["urban-planning", "sports-and-outdoors", "children-and-youth"],
        "areas": ["noormarkku"],
        "audiences": ["everyone", "families-with-children", "seniors"],
        "organiser": {"fi": "Kuntatekniikka", "sv": "Kommunaltekniken", "en": "Municipal engineering"},
        "contacts": ["agent-1"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki halusi tietää, mitkä kohdat Noormarkun kävely- ja "
                "pyöräreiteillä tuntuvat vaarallisilta, erityisesti koululaisten ja "
                "ikäihmisten kannalta."
            ),
            "sv": (
                "Staden ville veta vilka ställen på gång- och cykelvägarna i Norrmark som "
                "känns farliga, särskilt för skolbarn och äldre."
            ),
            "en": (
                "The city wanted to know which spots on Noormarkku's walking and cycling "
                "routes feel dangerous, especially for schoolchildren and older people."
            ),
        },
        "input_use": {
            "fi": (
                "Asukkaiden merkitsemät kohdat koottiin kartalle, ja kuntatekniikka "
                "arvioi niiden korjaustarpeen ja kustannukset."
            ),
            "sv": (
                "De ställen som invånarna märkte ut samlades på en karta, och "
                "kommunaltekniken bedömde behovet av åtgärder och kostnaderna."
            ),
            "en": (
                "The spots residents marked were collected on a map, and municipal "
                "engineering assessed what each needed and what it would cost."
            ),
        },
        "decision": {
            "fi": (
                "Kaupungin omien katujen korjauksista päätti kuntatekniikka osana "
                "kunnossapito-ohjelmaa. Valtion teitä koskevat ehdotukset välitettiin "
                "tienpitäjälle."
            ),
            "sv": (
                "Om åtgärderna på stadens egna gator beslutade kommunaltekniken inom "
                "ramen för underhållsprogrammet. Förslag som gällde statliga vägar "
                "skickades vidare till väghållaren."
            ),
            "en": (
                "Municipal engineering decided on repairs to the city's own streets as "
                "part of its maintenance programme. Proposals concerning state roads were "
                "passed on to the road authority."
            ),
        },
        "opens_day": -130,
        "closes_day": -100,
        "sessions": [
            {
                "day": -98,
                "start": "18:00",
                "end": "20:00",
                "venue": {
                    "fi": "Noormarkun kirjasto",
                    "sv": "Norrmarks bibliotek",
                    "en": "Noormarkku library",
                },
                "address": "",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kirjastoon on esteetön sisäänkäynti pääovelta. Tilaisuustilassa on "
                        "induktiosilmukka, ja kirjastossa on esteetön WC."
                    ),
                    "sv": (
                        "Biblioteket har en steglös ingång vid huvuddörren. I mötesrummet finns "
                        "en hörslinga, och i biblioteket finns en tillgänglig toalett."
                    ),
                    "en": (
                        "The library has a step-free main entrance. The meeting room has an "
                        "induction loop, and the library has an accessible toilet."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä illassa tehtiin",
                    "sv": "Vad vi gjorde under kvällen",
                    "en": "What happened at the evening",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Illassa kuultiin kaupungin katsaus Noormarkun katu- ja "
                        "tiehankkeisiin. Sen jälkeen osallistujat merkitsivät kartalle paikkoja, "
                        "joissa kävely tai pyöräily tuntuu turvattomalta, ja kertoivat, mitä "
                        "niille pitäisi tehdä.</p>"
                    ),
                    "sv": (
                        "<p>Under kvällen gav staden en översikt över gatu- och vägprojekten i "
                        "Norrmark. Därefter märkte deltagarna ut platser på en karta där det "
                        "känns otryggt att gå eller cykla och berättade vad som borde göras.</p>"
                    ),
                    "en": (
                        "<p>The evening began with the city's overview of street and road "
                        "projects in Noormarkku. Participants then marked places on a map where "
                        "walking or cycling feels unsafe and said what should be done about "
                        "them.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä seurasi", "sv": "Vad som följde", "en": "What happened next"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kerromme, mitä kuulimme ja mitä siitä seurasi, osiossa Mitä kuulimme, "
                        "mitä teimme.</p>"
                    ),
                    "sv": (
                        "<p>Vad vi hörde och vad det ledde till berättar vi i avsnittet Vad vi "
                        "hörde, vad vi gjorde.</p>"
                    ),
                    "en": (
                        "<p>We report what we heard and what came of it in the section What we "
                        "heard, what we did.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "city-centre-accessibility-walk",
        "slug": {
            "fi": "esteettomyyskavely-keskusta",
            "sv": "tillganglighetsvandring-centrum",
            "en": "accessibility-walk-city-centre",
        },
        "title": {
            "fi": "Esteettömyyskävely keskustassa vammaisneuvoston kanssa",
            "sv": "Tillgänglighetsvandring i centrum med rådet för personer med funktionsnedsättning",
            "en": "Accessibility walk in the city centre with the disability council",
        },
        "intro": {
            "fi": (
                "Kävelimme keskustassa yhdessä vammaisneuvoston, asukkaiden ja kaupungin "
                "suunnittelijoiden kanssa ja kirjasimme esteet, jotka vaikeuttavat "
                "liikkumista."
            ),
            "sv": (
                "Vi gick runt i centrum tillsammans med rådet för personer med "
                "funktionsnedsättning, invånare och stadens planerare och antecknade de "
                "hinder som försvårar framkomligheten."
            ),
            "en": (
                "We walked around the city centre with the disability council, residents "
                "and city planners and recorded the barriers that make getting around "
                "difficult."
            ),
        },
        "search_description": {
            "fi": (
                "Esteettömyyskävely Porin keskustassa: vammaisneuvosto, asukkaat ja "
                "suunnittelijat kirjasivat liikkumisen esteet. Katso tulokset."
            ),
            "sv": (
                "Tillgänglighetsvandring i Björneborgs centrum: rådet, invånare och "
                "planerare antecknade hindren för framkomligheten."
            ),
            "en": (
                "Accessibility walk in Pori city centre: the disability council, "
                "residents and planners recorded barriers to getting around. See the "
                "results."
            ),
        },
        "method": "workshop",
        "topics": ["accessibility-and-inclusion", "urban-planning"],
        "areas": ["keskusta"],
        "audiences": ["people-with-disabilities", "seniors", "families-with-children"],
        "organiser": {
            "fi": "Vammaisneuvosto ja kaupunkisuunnittelu",
            "sv": "Rådet för personer med funktionsnedsättning och stadsplaneringen",
            "en": "Disability council and urban planning",
        },
        "contacts": ["agent-1"],
        "external_url": "",
        "learn": {
            "fi": (
                "Kaupunki halusi tietää, mitkä kohdat keskustan kaduilla, toreilla ja "
                "julkisten rakennusten sisäänkäynneillä ovat hankalia pyörätuolin, "
                "rollaattorin, lastenvaunujen tai valkoisen kepin kanssa."
            ),
            "sv": (
                "Staden ville veta vilka ställen på gatorna och torgen i centrum och vid "
                "ingångarna till offentliga byggnader som är svåra att ta sig fram på med "
                "rullstol, rollator, barnvagn eller vit käpp."
            ),
            "en": (
                "The city wanted to know which spots on the centre's streets and squares "
                "and at the entrances of public buildings are difficult with a "
                "wheelchair, a rollator, a pushchair or a white cane."
            ),
        },
        "input_use": {
            "fi": (
                "Havainnot koottiin esteettömyysraportiksi, joka on pohjana keskustan "
                "katujen korjaussuunnitelmalle."
            ),
            "sv": (
                "Iakttagelserna sammanställdes i en tillgänglighetsrapport som ligger "
                "till grund för en åtgärdsplan för gatorna i centrum."
            ),
            "en": (
                "The findings were compiled into an accessibility report, which is the "
                "basis for a plan to repair the streets in the city centre."
            ),
        },
        "decision": {
            "fi": (
                "Kaupunkisuunnittelu ja kuntatekniikka valmistelevat korjaussuunnitelman. "
                "Korjausten rahoituksesta päättää kaupunginvaltuusto talousarvion "
                "yhteydessä."
            ),
            "sv": (
                "Stadsplaneringen och kommunaltekniken bereder åtgärdsplanen. "
                "Stadsfullmäktige beslutar om finansieringen av åtgärderna i samband med "
                "budgeten."
            ),
            "en": (
                "Urban planning and municipal engineering are preparing the repair plan. "
                "The city council decides on funding for the repairs as part of the "
                "budget."
            ),
        },
        "opens_day": -80,
        "closes_day": -60,
        "sessions": [
            {
                "day": -55,
                "start": "13:00",
                "end": "16:00",
                "venue": {
                    "fi": "Lähtö Porin kauppatorilta",
                    "sv": "Start vid Björneborgs salutorg",
                    "en": "Starting from Pori market square",
                },
                "address": "Kauppatori, Pori",
                "online_url": "",
                "accessibility": {
                    "fi": (
                        "Kävelyreitti on noin kaksi kilometriä pitkä ja kulkee katuja pitkin. "
                        "Reitillä pidetään taukoja, ja mukana kulkee avustajia. Lopuksi "
                        "kokoonnutaan kaupunginkirjastoon, jossa on esteetön WC ja "
                        "induktiosilmukka."
                    ),
                    "sv": (
                        "Rutten är cirka två kilometer lång och går längs gatorna. Vi tar pauser "
                        "längs vägen, och assistenter följer med. Till sist samlas vi i "
                        "stadsbiblioteket, där det finns en tillgänglig toalett och en hörslinga."
                    ),
                    "en": (
                        "The route is about two kilometres long and follows the streets. There "
                        "are breaks along the way, and assistants come along. At the end we "
                        "gather at the city library, which has an accessible toilet and an "
                        "induction loop."
                    ),
                },
            },
        ],
        "featured": False,
        "body": [
            (
                "heading",
                {
                    "fi": "Miten kävely toteutettiin",
                    "sv": "Hur vandringen genomfördes",
                    "en": "How the walk was done",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kävelyyn osallistui vammaisneuvoston jäseniä, asukkaita sekä "
                        "kaupunkisuunnittelun ja kuntatekniikan työntekijöitä. Osallistujat "
                        "kulkivat pyörätuolilla, rollaattorilla, lastenvaunujen tai valkoisen "
                        "kepin kanssa, ja kukin kirjasi reitin varrella havaitsemansa esteet.</p>"
                    ),
                    "sv": (
                        "<p>I vandringen deltog medlemmar i rådet för personer med "
                        "funktionsnedsättning, invånare och anställda inom stadsplaneringen och "
                        "kommunaltekniken. Deltagarna tog sig fram med rullstol, rollator, "
                        "barnvagn eller vit käpp, och var och en antecknade de hinder hen såg "
                        "längs rutten.</p>"
                    ),
                    "en": (
                        "<p>Members of the disability council, residents and staff from urban "
                        "planning and municipal engineering took part in the walk. Participants "
                        "got around with a wheelchair, a rollator, a pushchair or a white cane, "
                        "and each recorded the barriers they noticed along the route.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä seurasi", "sv": "Vad som följde", "en": "What happened next"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kerromme, mitä kuulimme ja mitä siitä seurasi, osiossa Mitä kuulimme, "
                        "mitä teimme.</p>"
                    ),
                    "sv": (
                        "<p>Vad vi hörde och vad det ledde till berättar vi i avsnittet Vad vi "
                        "hörde, vad vi gjorde.</p>"
                    ),
                    "en": (
                        "<p>We report what we heard and what came of it in the section What we "
                        "heard, what we did.</p>"
                    ),
                },
            ),
        ],
    },
]

OUTCOMES_INDEX = {
    "slug": {
        "fi": "mita-kuulimme-mita-teimme",
        "sv": "vad-vi-horde-vad-vi-gjorde",
        "en": "what-we-heard-what-we-did",
    },
    "title": {
        "fi": "Mitä kuulimme, mitä teimme",
        "sv": "Vad vi hörde, vad vi gjorde",
        "en": "What we heard, what we did",
    },
    "intro": {
        "fi": (
            "Kerromme, mitä asukkaat sanoivat päättyneissä osallistumisissa, mitä "
            "siitä päätettiin ja missä vaiheessa asia on nyt. Kun ehdotusta ei voitu "
            "toteuttaa, kerromme myös miksi."
        ),
        "sv": (
            "Vi berättar vad invånarna sa när de deltog, vad som beslutades och var "
            "ärendet står nu. När ett förslag inte kunde genomföras berättar vi också "
            "varför."
        ),
        "en": (
            "We report what residents said when they took part, what was decided and "
            "where things stand now. When a proposal could not be carried out, we "
            "also explain why."
        ),
    },
    "search_description": {
        "fi": (
            "Mitä porilaisten osallistumisesta seurasi: mitä kuulimme, mitä "
            "päätettiin, mikä toteutui ja mikä ei ja miksi."
        ),
        "sv": (
            "Vad deltagandet i Björneborg ledde till: vad vi hörde, vad som "
            "beslutades, vad som genomfördes och vad som inte gjorde det och varför."
        ),
        "en": (
            "What came of taking part in Pori: what we heard, what was decided, what "
            "was done, and what was not and why."
        ),
    },
}

OUTCOMES = [
    {
        "key": "brand-concept",
        "slug": {
            "fi": "brandikonsepti-syntyi-yhdessa",
            "sv": "varumarkeskonceptet-togs-fram-tillsammans",
            "en": "brand-concept-created-together",
        },
        "title": {
            "fi": "Brändikonsepti syntyi yhdessä porilaisten kanssa",
            "sv": "Varumärkeskonceptet togs fram tillsammans med björneborgarna",
            "en": "The brand concept was created together with people in Pori",
        },
        "intro": {
            "fi": (
                "Työpajoissa porilaiset kertoivat, mikä tekee kaupungista omanlaisensa. "
                "Näkemykset muovasivat brändikonseptia, joka otettiin käyttöön kaupungin "
                "viestinnässä."
            ),
            "sv": (
                "I verkstäderna berättade björneborgarna vad som gör staden unik. "
                "Synpunkterna formade varumärkeskonceptet, som togs i bruk i stadens "
                "kommunikation."
            ),
            "en": (
                "In the workshops, people in Pori described what makes the city "
                "distinctive. Their views shaped the brand concept, which the city now "
                "uses in its communications."
            ),
        },
        "search_description": {
            "fi": (
                "Mitä Porin brändikonseptin työpajoissa kuultiin ja miten asukkaiden "
                "näkemykset näkyvät valmiissa konseptissa."
            ),
            "sv": (
                "Vad som kom fram i verkstäderna om Björneborgs varumärkeskoncept och hur "
                "invånarnas synpunkter syns i det färdiga konceptet."
            ),
            "en": (
                "What we heard in the workshops on Pori's brand concept and how "
                "residents' views show in the finished concept."
            ),
        },
        "opportunities": ["brand-concept-co-design"],
        "participants": 140,
        "heard": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Osallistujat nostivat esiin meren ja joen, vahvan tapahtuma- ja "
                        "musiikkikulttuurin sekä porilaisten suoran ja lämpimän tavan olla. Moni "
                        "toivoi, että kaupunkia kuvattaisiin rehellisesti ja ilman "
                        "liioittelua.</p>"
                    ),
                    "sv": (
                        "<p>Deltagarna lyfte fram havet och älven, den starka evenemangs- och "
                        "musikkulturen och björneborgarnas raka och varma sätt att vara. Många "
                        "önskade att staden skulle beskrivas ärligt och utan överdrifter.</p>"
                    ),
                    "en": (
                        "<p>Participants highlighted the sea and the river, the strong event and "
                        "music culture, and the direct and warm way people in Pori have. Many "
                        "hoped the city would be described honestly and without exaggeration.</p>"
                    ),
                },
            ),
        ],
        "decided": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Työpajojen tuloksista koottiin brändikonseptin perusta, jota hiottiin "
                        "osallistujien palautteen perusteella. Konsepti otettiin käyttöön "
                        "kaupungin viestinnässä ja markkinoinnissa.</p>"
                        "<p>Kokeilusta opittiin myös, että osallistujille on kerrottava selvästi, "
                        "mihin he voivat vaikuttaa. Tämä otettiin huomioon "
                        "osallisuusmallissa.</p>"
                    ),
                    "sv": (
                        "<p>Resultaten från verkstäderna blev grunden för varumärkeskonceptet, "
                        "som finslipades utifrån deltagarnas respons. Konceptet togs i bruk i "
                        "stadens kommunikation och marknadsföring.</p>"
                        "<p>Försöket lärde oss också att deltagarna måste få veta tydligt vad de "
                        "kan påverka. Det beaktades i delaktighetsmodellen.</p>"
                    ),
                    "en": (
                        "<p>The workshop results became the basis of the brand concept, which was "
                        "refined based on participants' feedback. The concept was put into use in "
                        "the city's communications and marketing.</p>"
                        "<p>The pilot also taught us that participants must be told clearly what "
                        "they can influence. This was taken into account in the participation "
                        "model.</p>"
                    ),
                },
            ),
        ],
        "decision_maker": {"fi": "Porin kaupunki", "sv": "Björneborgs stad", "en": "City of Pori"},
        "decision_url": "https://www.pori.fi/",
        "status": "implemented",
        "status_reason": {"fi": "", "sv": "", "en": ""},
        "timeline": [
            {
                "day": -3305,
                "text": {
                    "fi": "Toinen työpaja pidettiin, ja työpajojen tulokset koottiin yhteen.",
                    "sv": ("Den andra verkstaden hölls, och resultaten från verkstäderna sammanställdes."),
                    "en": ("The second workshop was held, and the results of the workshops were compiled."),
                },
            },
            {
                "day": -3220,
                "text": {
                    "fi": "Brändikonsepti valmistui osallistujien palautteen perusteella.",
                    "sv": "Varumärkeskonceptet blev färdigt utifrån deltagarnas respons.",
                    "en": "The brand concept was completed based on participants' feedback.",
                },
            },
            {
                "day": -3150,
                "text": {
                    "fi": "Konsepti otettiin käyttöön kaupungin viestinnässä ja markkinoinnissa.",
                    "sv": "Konceptet togs i bruk i stadens kommunikation och marknadsföring.",
                    "en": "The concept was put into use in the city's communications and marketing.",
                },
            },
        ],
    },
    {
        "key": "wellbeing-fund-themes",
        "slug": {
            "fi": "hyvinvointirahan-teemat-valittiin",
            "sv": "valmaendepengarnas-teman-valdes",
            "en": "wellbeing-money-themes-chosen",
        },
        "title": {
            "fi": "Vuoden 2026 hyvinvointirahan teemat valittiin äänestyksessä",
            "sv": "Teman för välmåendepengarna 2026 valdes genom omröstning",
            "en": "The themes of the 2026 wellbeing money were chosen by vote",
        },
        "intro": {
            "fi": (
                "Porilaiset päättivät äänestämällä, mihin vuoden 2026 hyvinvointiraha "
                "suunnattiin. Haku avattiin neljän valitun teeman pohjalta, ja rahoitetut "
                "hankkeet on nyt toteutettu."
            ),
            "sv": (
                "Björneborgarna bestämde genom omröstning vart välmåendepengarna 2026 "
                "skulle riktas. Ansökan öppnades utifrån de fyra valda temana, och de "
                "finansierade projekten har nu genomförts."
            ),
            "en": (
                "People in Pori voted on where the 2026 wellbeing money should go. The "
                "call for applications opened on the basis of the four chosen themes, and "
                "the funded projects have now been carried out."
            ),
        },
        "search_description": {
            "fi": (
                "Vuoden 2026 hyvinvointirahan teemaäänestyksen tulokset: mitkä teemat "
                "valittiin ja miten ne ohjasivat hakemusten arviointia."
            ),
            "sv": (
                "Resultatet av omröstningen om teman för välmåendepengarna 2026: vilka "
                "teman som valdes och hur de styrde bedömningen av ansökningarna."
            ),
            "en": (
                "Results of the 2026 wellbeing money theme vote: which themes were chosen "
                "and how they guided the assessment of applications."
            ),
        },
        # The round's spec, votes and results are in demo.wellbeing (key "2026").
        "opportunities": ["wellbeing-money-2026"],
        "participants": 1260,
        "heard": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Äänestykseen osallistui 1 260 porilaista, ja kukin sai valita "
                        "enintään kolme teemaa viidestä. Eniten ääniä saivat yksinäisyyden "
                        "vähentäminen (833 ääntä), lasten ja nuorten harrastukset (764), "
                        "liikkumaan kannustaminen (620) sekä lähiluonto ja oma asuinalue "
                        "(540). Kulttuuria kaikille sai 352 ääntä.</p>"
                        "<p>Jokainen ääni vahvistettiin sähköpostiin lähetetyllä linkillä, "
                        "joten kukin äänestäjä on laskettu vain kerran.</p>"
                    ),
                    "sv": (
                        "<p>I omröstningen deltog 1 260 björneborgare, och var och en fick "
                        "välja högst tre av fem teman. Flest röster fick att minska ensamheten "
                        "(833 röster), fritidsintressen för barn och unga (764), att uppmuntra "
                        "till motion (620) samt närnaturen och det egna bostadsområdet (540). "
                        "Kultur för alla fick 352 röster.</p>"
                        "<p>Varje röst bekräftades med en länk som skickades per e-post, så "
                        "varje röstande har räknats bara en gång.</p>"
                    ),
                    "en": (
                        "<p>1,260 people in Pori took part in the vote, and each could choose "
                        "up to three of the five themes. The themes with the most votes were "
                        "reducing loneliness (833 votes), hobbies for children and young people "
                        "(764), encouraging people to be more active (620), and local nature "
                        "and your own neighbourhood (540). Culture for everyone received 352 "
                        "votes.</p>"
                        "<p>Every vote was confirmed with a link sent by email, so each voter "
                        "was counted only once.</p>"
                    ),
                },
            ),
        ],
        "decided": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Neljä eniten ääniä saanutta teemaa valittiin vuoden 2026 "
                        "hyvinvointirahan teemoiksi. Haku avattiin niiden pohjalta, ja "
                        "kaupungin työryhmä arvioi hakemukset teemojen mukaan.</p>"
                        "<p>Kaupunginhallitus päätti rahoituksesta työryhmän esityksestä. "
                        "Rahoitetut hankkeet ja niiden raportit löydät Hyvinvointiraha 2026 "
                        "-sivulta.</p>"
                    ),
                    "sv": (
                        "<p>De fyra teman som fick flest röster valdes till teman för "
                        "välmåendepengarna 2026. Ansökan öppnades utifrån dem, och stadens "
                        "arbetsgrupp bedömde ansökningarna enligt temana.</p>"
                        "<p>Stadsstyrelsen beslutade om finansieringen på arbetsgruppens "
                        "förslag. De finansierade projekten och deras rapporter hittar du på "
                        "sidan Välmåendepengar 2026.</p>"
                    ),
                    "en": (
                        "<p>The four themes with the most votes became the themes of the 2026 "
                        "wellbeing money. The call for applications was opened on that basis, "
                        "and a city working group assessed the applications against the "
                        "themes.</p>"
                        "<p>The city board decided on the funding on the working group's "
                        "proposal. You can find the funded projects and their reports on the "
                        "Wellbeing money 2026 page.</p>"
                    ),
                },
            ),
        ],
        "decision_maker": {
            "fi": "Kaupunginhallitus hyvinvointirahan työryhmän esityksestä",
            "sv": "Stadsstyrelsen på förslag av arbetsgruppen för välmåendepengarna",
            "en": "The city board, on the proposal of the wellbeing money working group",
        },
        "decision_url": "",
        "status": "implemented",
        "status_reason": {"fi": "", "sv": "", "en": ""},
        # The days of the 2026 round in demo.wellbeing.
        "timeline": [
            {
                "day": -330,
                "text": {
                    "fi": "Teemaäänestys avautui.",
                    "sv": "Omröstningen om teman öppnades.",
                    "en": "The theme vote opened.",
                },
            },
            {
                "day": -310,
                "text": {
                    "fi": "Äänestys päättyi, ja neljä teemaa valittiin.",
                    "sv": "Omröstningen avslutades, och fyra teman valdes.",
                    "en": "The vote closed, and four themes were chosen.",
                },
            },
            {
                "day": -300,
                "text": {
                    "fi": "Hyvinvointirahan haku avautui valittujen teemojen pohjalta.",
                    "sv": "Ansökan om välmåendepengar öppnades utifrån de valda temana.",
                    "en": "Applications for wellbeing money opened on the basis of the chosen themes.",
                },
            },
            {
                "day": -215,
                "text": {
                    "fi": "Kaupunginhallitus päätti rahoitettavista hankkeista.",
                    "sv": "Stadsstyrelsen beslutade vilka projekt som får pengar.",
                    "en": "The city board decided which projects to fund.",
                },
            },
            {
                "day": -10,
                "text": {
                    "fi": "Hankkeiden toteutusaika päättyi, ja hakijat alkoivat raportoida tuloksistaan.",
                    "sv": (
                        "Tiden för att genomföra projekten gick ut, och de sökande började "
                        "rapportera om resultaten."
                    ),
                    "en": (
                        "The time for carrying out the projects ended, and the applicants began "
                        "to report on their results."
                    ),
                },
            },
        ],
    },
    {
        "key": "noormarkku-routes",
        "slug": {
            "fi": "noormarkun-reitit",
            "sv": "norrmarks-gang-och-cykelvagar",
            "en": "noormarkku-walking-and-cycling-routes",
        },
        "title": {
            "fi": "Noormarkun kävely- ja pyöräreitit: maantien valaistus ei toteutunut",
            "sv": "Gång- och cykelvägarna i Norrmark: belysningen längs landsvägen blev inte av",
            "en": ("Walking and cycling routes in Noormarkku: lighting along the main road did not go ahead"),
        },
        "intro": {
            "fi": (
                "Kaupunki korjasi omilla kaduillaan asukkaiden osoittamia kohtia. "
                "Tärkeimmäksi koettu toive, valaistus ja kevyen liikenteen väylä maantien "
                "varteen, ei toteutunut, koska tie ei ole kaupungin."
            ),
            "sv": (
                "Staden åtgärdade de ställen som invånarna pekade ut på sina egna gator. "
                "Den viktigaste önskan, belysning och en gång- och cykelväg längs "
                "landsvägen, blev inte av eftersom vägen inte är stadens."
            ),
            "en": (
                "The city fixed the spots residents pointed out on its own streets. The "
                "most important wish, lighting and a walking and cycling path along the "
                "main road, did not go ahead because the road is not the city's."
            ),
        },
        "search_description": {
            "fi": (
                "Mitä Noormarkun asukasillasta seurasi: mitä korjattiin ja miksi maantien "
                "valaistus ja kevyen liikenteen väylä eivät toteutuneet."
            ),
            "sv": (
                "Vad invånarkvällen i Norrmark ledde till: vad som åtgärdades och varför "
                "belysningen och gång- och cykelvägen inte blev av."
            ),
            "en": (
                "What came of the Noormarkku residents' evening: what was fixed and why "
                "lighting and a path along the main road did not go ahead."
            ),
        },
        "opportunities": ["noormarkku-residents-evening"],
        "participants": 46,
        "heard": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Eniten huolta herätti koulumatka maantien vartta pitkin, jossa ei ole "
                        "valaistusta eikä erillistä kevyen liikenteen väylää. Lisäksi "
                        "osallistujat mainitsivat näkemäesteitä suojateiden kohdalla ja liukkaita "
                        "kohtia keskustan reiteillä.</p>"
                    ),
                    "sv": (
                        "<p>Mest oro väckte skolvägen längs landsvägen, där det varken finns "
                        "belysning eller en separat gång- och cykelväg. Deltagarna nämnde också "
                        "skymd sikt vid övergångsställen och hala ställen på vägarna i "
                        "centrum.</p>"
                    ),
                    "en": (
                        "<p>The biggest concern was the route to school along the main road, "
                        "which has no lighting and no separate walking and cycling path. "
                        "Participants also mentioned poor visibility at pedestrian crossings and "
                        "slippery spots on routes in the village centre.</p>"
                    ),
                },
            ),
        ],
        "decided": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kaupunki raivasi näkemäesteet omien katujensa suojateiltä ja lisäsi "
                        "liukkaudentorjuntaa keskustan reiteillä. Ehdotus maantien valaistuksesta "
                        "ja kevyen liikenteen väylästä välitettiin valtion tienpitäjälle.</p>"
                    ),
                    "sv": (
                        "<p>Staden röjde bort det som skymde sikten vid övergångsställena på sina "
                        "egna gator och ökade halkbekämpningen på vägarna i centrum. Förslaget om "
                        "belysning och en gång- och cykelväg längs landsvägen skickades vidare "
                        "till den statliga väghållaren.</p>"
                    ),
                    "en": (
                        "<p>The city cleared obstructions to visibility at crossings on its own "
                        "streets and stepped up gritting on routes in the village centre. The "
                        "proposal for lighting and a walking and cycling path along the main road "
                        "was passed on to the state road authority.</p>"
                    ),
                },
            ),
        ],
        "decision_maker": {
            "fi": "Kuntatekniikka",
            "sv": "Kommunaltekniken",
            "en": "Municipal engineering",
        },
        "decision_url": "",
        "status": "not-implemented",
        "status_reason": {
            "fi": (
                "Maantie on valtion tie, joten sen valaistuksesta ja kevyen liikenteen "
                "väylästä päättää valtion tienpitäjä, ei kaupunki. Tienpitäjä vastasi, "
                "ettei hanke ole sen lähivuosien suunnitelmissa. Kaupunki ottaa asian "
                "uudelleen esiin, kun tienpitäjän suunnitelmia seuraavan kerran "
                "päivitetään."
            ),
            "sv": (
                "Landsvägen är en statlig väg, och därför beslutar den statliga "
                "väghållaren, inte staden, om belysning och gång- och cykelväg längs den. "
                "Väghållaren svarade att projektet inte finns med i dess planer för de "
                "närmaste åren. Staden tar upp frågan igen nästa gång väghållarens planer "
                "uppdateras."
            ),
            "en": (
                "The main road is a state road, so decisions on its lighting and on a "
                "walking and cycling path along it are made by the state road authority, "
                "not the city. The road authority replied that the project is not in its "
                "plans for the next few years. The city will raise the matter again the "
                "next time the road authority updates its plans."
            ),
        },
        "timeline": [
            {
                "day": -98,
                "text": {
                    "fi": "Asukasilta pidettiin Noormarkun kirjastossa.",
                    "sv": "Invånarkvällen hölls i Norrmarks bibliotek.",
                    "en": "The residents' evening was held at Noormarkku library.",
                },
            },
            {
                "day": -70,
                "text": {
                    "fi": "Kuntatekniikka arvioi asukkaiden merkitsemät kohdat.",
                    "sv": "Kommunaltekniken bedömde de ställen som invånarna hade märkt ut.",
                    "en": "Municipal engineering assessed the spots residents had marked.",
                },
            },
            {
                "day": -40,
                "text": {
                    "fi": (
                        "Näkemäesteet raivattiin, ja maantietä koskeva ehdotus välitettiin tienpitäjälle."
                    ),
                    "sv": (
                        "Det som skymde sikten röjdes bort, och förslaget om landsvägen skickades "
                        "till väghållaren."
                    ),
                    "en": (
                        "Visibility obstructions were cleared, and the proposal concerning the "
                        "main road was passed on to the road authority."
                    ),
                },
            },
            {
                "day": -15,
                "text": {
                    "fi": "Tienpitäjä vastasi, ettei valaistus ja väylä ole sen suunnitelmissa.",
                    "sv": "Väghållaren svarade att belysningen och vägen inte finns med i dess planer.",
                    "en": "The road authority replied that the lighting and path are not in its plans.",
                },
            },
        ],
    },
    {
        "key": "city-centre-accessibility",
        "slug": {
            "fi": "keskustan-esteettomyys",
            "sv": "tillganglighet-i-centrum",
            "en": "city-centre-accessibility",
        },
        "title": {
            "fi": "Keskustan esteettömyys: korjaussuunnitelma valmisteilla",
            "sv": "Tillgängligheten i centrum: en åtgärdsplan bereds",
            "en": "City centre accessibility: a repair plan is being prepared",
        },
        "intro": {
            "fi": (
                "Esteettömyyskävelyllä kirjattiin kymmeniä esteitä, jotka vaikeuttavat "
                "liikkumista keskustassa. Havaintojen pohjalta valmistellaan nyt "
                "korjaussuunnitelmaa."
            ),
            "sv": (
                "Under tillgänglighetsvandringen antecknades tiotals hinder som försvårar "
                "framkomligheten i centrum. Utifrån iakttagelserna bereds nu en "
                "åtgärdsplan."
            ),
            "en": (
                "The accessibility walk recorded dozens of barriers that make it hard to "
                "get around the city centre. A repair plan is now being prepared on the "
                "basis of the findings."
            ),
        },
        "search_description": {
            "fi": (
                "Mitä keskustan esteettömyyskävelyllä havaittiin ja miten "
                "korjaussuunnitelman valmistelu etenee."
            ),
            "sv": (
                "Vad tillgänglighetsvandringen i centrum visade och hur beredningen av "
                "åtgärdsplanen framskrider."
            ),
            "en": (
                "What the accessibility walk in the city centre found and how the repair plan is progressing."
            ),
        },
        "opportunities": ["city-centre-accessibility-walk"],
        "participants": 24,
        "heard": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kävelyllä kirjattiin yli 40 estettä. Suurimpia ongelmia olivat "
                        "korkeat reunakivet suojateillä, kapeat kohdat terassien ja "
                        "mainostelineiden kohdalla sekä julkisten rakennusten raskaat ovet.</p>"
                        "<p>Näkövammaiset osallistujat toivoivat lisää huomiolaattoja suojateiden "
                        "eteen.</p>"
                    ),
                    "sv": (
                        "<p>Under vandringen antecknades över 40 hinder. De största problemen var "
                        "höga kantstenar vid övergångsställen, smala passager vid uteserveringar "
                        "och reklamställ samt tunga dörrar i offentliga byggnader.</p>"
                        "<p>Synskadade deltagare önskade fler kännbara varningsytor framför "
                        "övergångsställena.</p>"
                    ),
                    "en": (
                        "<p>More than 40 barriers were recorded during the walk. The biggest "
                        "problems were high kerbs at crossings, narrow passages by café terraces "
                        "and advertising stands, and heavy doors in public buildings.</p>"
                        "<p>Participants with visual impairments asked for more tactile paving in "
                        "front of crossings.</p>"
                    ),
                },
            ),
        ],
        "decided": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Havainnoista on koottu esteettömyysraportti, jonka pohjalta "
                        "kaupunkisuunnittelu ja kuntatekniikka valmistelevat korjaussuunnitelmaa. "
                        "Vammaisneuvosto kommentoi suunnitelman luonnosta ennen kuin se viedään "
                        "päätettäväksi.</p>"
                    ),
                    "sv": (
                        "<p>Iakttagelserna har sammanställts i en tillgänglighetsrapport, och "
                        "utifrån den bereder stadsplaneringen och kommunaltekniken en "
                        "åtgärdsplan. Rådet för personer med funktionsnedsättning kommenterar "
                        "utkastet innan planen förs fram för beslut.</p>"
                    ),
                    "en": (
                        "<p>The findings have been compiled into an accessibility report, and "
                        "urban planning and municipal engineering are using it to prepare a "
                        "repair plan. The disability council will comment on the draft before the "
                        "plan goes forward for a decision.</p>"
                    ),
                },
            ),
        ],
        "decision_maker": {
            "fi": "Kaupunginvaltuusto (korjausten rahoitus)",
            "sv": "Stadsfullmäktige (finansieringen av åtgärderna)",
            "en": "City council (funding for the repairs)",
        },
        "decision_url": "",
        "status": "processing",
        "status_reason": {
            "fi": "Korjaussuunnitelman luonnos on vammaisneuvoston kommentoitavana.",
            "sv": ("Utkastet till åtgärdsplan kommenteras av rådet för personer med funktionsnedsättning."),
            "en": "The draft repair plan is with the disability council for comments.",
        },
        "timeline": [
            {
                "day": -55,
                "text": {
                    "fi": "Esteettömyyskävely tehtiin keskustassa.",
                    "sv": "Tillgänglighetsvandringen gjordes i centrum.",
                    "en": "The accessibility walk took place in the city centre.",
                },
            },
            {
                "day": -30,
                "text": {
                    "fi": "Esteettömyysraportti valmistui.",
                    "sv": "Tillgänglighetsrapporten blev färdig.",
                    "en": "The accessibility report was completed.",
                },
            },
            {
                "day": -5,
                "text": {
                    "fi": ("Korjaussuunnitelman luonnos lähetettiin vammaisneuvostolle kommentoitavaksi."),
                    "sv": (
                        "Utkastet till åtgärdsplan skickades till rådet för personer med "
                        "funktionsnedsättning för kommentarer."
                    ),
                    "en": "The draft repair plan was sent to the disability council for comments.",
                },
            },
        ],
    },
]


# Sign-up for the demo sessions, by opportunity key: places, waitlist places,
# the largest group one person may sign up, and any extra questions. Drop-in
# events (the pop-up) and past sessions take no sign-up.
SIGNUP = {
    "kirjurinluoto-event-organisers": {"capacity": 25, "waitlist": 10, "max_group": 2},
    "belonging-dialogue": {
        "capacity": 16,
        "waitlist": 6,
        "max_group": 1,
        "questions": [
            {
                "label": {
                    "fi": "Mikä saa sinut tuntemaan itsesi porilaiseksi?",
                    "sv": "Vad får dig att känna dig som björneborgare?",
                    "en": "What makes you feel you belong in Pori?",
                },
                "help_text": {
                    "fi": "Vapaaehtoinen. Vastauksesi auttaa meitä valmistelemaan keskustelua.",
                    "sv": "Frivilligt. Ditt svar hjälper oss att förbereda samtalet.",
                    "en": "Optional. Your answer helps us prepare the conversation.",
                },
                "field_type": "multiline",
                "required": False,
            }
        ],
    },
    "kirjurinluoto-young-people": {"capacity": 30, "waitlist": 0, "max_group": 4},
    "reposaari-residents-evening": {"capacity": 60, "waitlist": 0, "max_group": 4},
    "yyteri-local-plan-hearing": {"capacity": 50, "waitlist": 10, "max_group": 2},
    "elderly-council-service-transport": {"capacity": 40, "waitlist": 10, "max_group": 2},
}


# ----------------------------------------------------------------------
# The councils' own calls and statements, published under each council's
# network page. A call's "state" is how the loader leaves it: "live"
# (published and translated; a call whose deadline is in the past is live
# too), "draft" (saved, never published) or "moderation" (submitted to the
# council's approval workflow by the council's editor, waiting for
# communications). Drafts and calls in moderation stay in Finnish until they
# are published. A call's "signup" gives its sessions' places as in SIGNUP.
# ----------------------------------------------------------------------

_LIBRARY_MEETING_ROOM = {
    "venue": {
        "fi": "Porin kaupunginkirjasto, kokoustila",
        "sv": "Björneborgs stadsbibliotek, mötesrummet",
        "en": "Pori City Library, meeting room",
    },
    "address": "Gallen-Kallelankatu 12, Pori",
    "online_url": "",
    "accessibility": {
        "fi": (
            "Kirjastoon on esteetön sisäänkäynti, ja kokoustilaan pääsee hissillä. "
            "Tilassa on induktiosilmukka, ja esteetön WC on samassa kerroksessa. "
            "Liikkumisesteisten pysäköintipaikat ovat lähellä pääovea."
        ),
        "sv": (
            "Biblioteket har en steglös ingång, och till mötesrummet kommer man med "
            "hiss. I rummet finns en hörslinga, och en tillgänglig toalett finns på "
            "samma våning. Parkeringsplatser för personer med rörelsehinder finns "
            "nära huvudingången."
        ),
        "en": (
            "The library has a step-free entrance, and there is a lift to the meeting "
            "room. The room has an induction loop, and there is an accessible toilet "
            "on the same floor. Accessible parking spaces are close to the main "
            "entrance."
        ),
    },
}

_YOUTH_COUNCIL = {"fi": "Nuorisovaltuusto", "sv": "Ungdomsfullmäktige", "en": "Youth council"}
_ELDERLY_COUNCIL = {"fi": "Vanhusneuvosto", "sv": "Äldrerådet", "en": "Elderly council"}
_DISABILITY_COUNCIL = {
    "fi": "Vammaisneuvosto",
    "sv": "Rådet för personer med funktionsnedsättning",
    "en": "Disability council",
}

COUNCIL_CALLS = [
    # ------------------------------------------------------------------
    # Youth council
    # ------------------------------------------------------------------
    {
        "key": "youth-kirjurinluoto-ideas",
        "council": "youth",
        "state": "live",
        "slug": {
            "fi": "kirjurinluoto-nuorten-ideat",
            "sv": "kirjurinluoto-ungas-ideer",
            "en": "kirjurinluoto-ideas-from-young-people",
        },
        "title": {
            "fi": "Kerro, mitä nuoret tarvitsevat Kirjurinluotoon",
            "sv": "Berätta vad unga behöver på Kirjurinluoto",
            "en": "Tell us what young people need on Kirjurinluoto",
        },
        "intro": {
            "fi": (
                "Nuorisovaltuusto kerää nuorten ideoita Kirjurinluodon kehittämiseen. "
                "Mitä siellä pitäisi olla, jotta viihtyisit siellä kavereidesi kanssa?"
            ),
            "sv": (
                "Ungdomsfullmäktige samlar in ungas idéer för utvecklingen av "
                "Kirjurinluoto. Vad borde finnas där för att du och dina kompisar ska "
                "trivas?"
            ),
            "en": (
                "The youth council is collecting young people's ideas for developing "
                "Kirjurinluoto. What should be there to make it a place where you and "
                "your friends like to be?"
            ),
        },
        "search_description": {
            "fi": (
                "Nuorisovaltuusto kysyy nuorilta, mitä Kirjurinluotoon tarvitaan. Vastaa "
                "lyhyellä lomakkeella ilman kirjautumista."
            ),
            "sv": (
                "Ungdomsfullmäktige frågar unga vad som behövs på Kirjurinluoto. Svara på "
                "en kort blankett utan att logga in."
            ),
            "en": (
                "The youth council asks young people what Kirjurinluoto needs. Answer a "
                "short form without signing in."
            ),
        },
        "asks_for": "ideas",
        "response_method": "form",
        "response_url": "",
        "response_email": "",
        "topics": ["children-and-youth", "urban-planning"],
        "areas": ["kirjurinluoto"],
        "audiences": ["young-people"],
        "organiser": _YOUTH_COUNCIL,
        "contacts": ["agent-2"],
        "opens_day": -5,
        "closes_day": 21,
        "sessions": [],
        "signup": {},
        "questions": [
            {
                "label": {
                    "fi": "Mitä Kirjurinluodossa pitäisi olla nuorille?",
                    "sv": "Vad borde finnas på Kirjurinluoto för unga?",
                    "en": "What should Kirjurinluoto have for young people?",
                },
                "help_text": {
                    "fi": "Esimerkiksi paikka istua kavereiden kanssa, jotain tekemistä tai jokin tapahtuma.",
                    "sv": "Till exempel en plats att sitta med kompisar, något att göra eller ett evenemang.",
                    "en": "For example a place to sit with friends, something to do or an event.",
                },
                "field_type": "multiline",
                "required": True,
            },
            {
                "label": {
                    "fi": "Milloin viettäisit aikaa Kirjurinluodossa?",
                    "sv": "När skulle du vara på Kirjurinluoto?",
                    "en": "When would you spend time on Kirjurinluoto?",
                },
                "help_text": {
                    "fi": "Valitse kaikki sopivat.",
                    "sv": "Välj alla som passar.",
                    "en": "Choose all that apply.",
                },
                "field_type": "checkboxes",
                "required": False,
                "choices": {
                    "fi": "Koulupäivän jälkeen\nIltaisin\nViikonloppuisin\nKesälomalla",
                    "sv": "Efter skoldagen\nPå kvällarna\nPå veckosluten\nUnder sommarlovet",
                    "en": "After school\nIn the evening\nAt weekends\nDuring the summer holidays",
                },
            },
            {
                "label": {
                    "fi": "Mikä nyt estää sinua viettämästä aikaa Kirjurinluodossa?",
                    "sv": "Vad hindrar dig i dag från att vara på Kirjurinluoto?",
                    "en": "What stops you from spending time on Kirjurinluoto now?",
                },
                "help_text": {
                    "fi": (
                        "Vapaaehtoinen. Se voi olla vaikka pitkä matka, pimeys tai se, ettei "
                        "siellä ole muita nuoria."
                    ),
                    "sv": (
                        "Frivilligt. Det kan till exempel vara den långa vägen dit, mörkret "
                        "eller att det inte finns andra unga där."
                    ),
                    "en": (
                        "Optional. It might be the long way there, the dark, or that there "
                        "are no other young people around."
                    ),
                },
                "field_type": "multiline",
                "required": False,
            },
        ],
        "body": [
            (
                "heading",
                {"fi": "Miksi kysymme", "sv": "Varför vi frågar", "en": "Why we are asking"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kaupunki tekee Kirjurinluodolle kehittämissuunnitelmaa. Moni nuori "
                        "käy alueella, mutta leikkipuistot on tehty pienemmille lapsille, ja "
                        "isot tapahtumat ovat vain muutamana viikonloppuna vuodessa. "
                        "Nuorisovaltuusto haluaa, että suunnitelmassa on paikkoja myös "
                        "nuorille.</p>"
                        "<p>Kokoamme vastaukset yhteen ja viemme ne kaupungin nuorten "
                        "työpajaan. Niiden pohjalta annamme myös lausunnon suunnitelman "
                        "luonnoksesta.</p>"
                    ),
                    "sv": (
                        "<p>Staden utarbetar en utvecklingsplan för Kirjurinluoto. Många unga "
                        "rör sig i området, men lekparkerna är gjorda för mindre barn, och de "
                        "stora evenemangen ordnas bara några veckoslut om året. "
                        "Ungdomsfullmäktige vill att planen också ska ha platser för unga.</p>"
                        "<p>Vi sammanställer svaren och tar med dem till stadens verkstad för "
                        "unga. Vi bygger också vårt utlåtande om utkastet till planen på "
                        "dem.</p>"
                    ),
                    "en": (
                        "<p>The city is preparing a development plan for Kirjurinluoto. Many "
                        "young people spend time in the area, but the playgrounds are made for "
                        "younger children, and the big events only take place on a few "
                        "weekends a year. The youth council wants the plan to include places "
                        "for young people too.</p>"
                        "<p>We will put the answers together and take them to the city's "
                        "workshop for young people. They will also be the basis of our "
                        "statement on the draft plan.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Näin vastaat", "sv": "Så här svarar du", "en": "How to answer"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Vastaaminen vie noin viisi minuuttia.</li>"
                        "<li>Et tarvitse käyttäjätiliä, emmekä kysy nimeäsi.</li>"
                        "<li>Voit vastata, jos olet noin 12–20-vuotias ja käyt "
                        "Kirjurinluodossa tai haluaisit käydä siellä.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Det tar ungefär fem minuter att svara.</li>"
                        "<li>Du behöver inget konto, och vi frågar inte efter ditt namn.</li>"
                        "<li>Du kan svara om du är cirka 12–20 år och brukar vara på "
                        "Kirjurinluoto eller skulle vilja vara där.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Answering takes about five minutes.</li>"
                        "<li>You do not need an account, and we do not ask for your name.</li>"
                        "<li>You can answer if you are roughly 12 to 20 and spend time on "
                        "Kirjurinluoto or would like to.</li>"
                        "</ul>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "youth-new-members",
        "council": "youth",
        "state": "live",
        "slug": {
            "fi": "nuorisovaltuusto-hakee-jasenia",
            "sv": "ungdomsfullmaktige-soker-ledamoter",
            "en": "youth-council-is-looking-for-members",
        },
        "title": {
            "fi": "Nuorisovaltuusto hakee uusia jäseniä",
            "sv": "Ungdomsfullmäktige söker nya ledamöter",
            "en": "The youth council is looking for new members",
        },
        "intro": {
            "fi": (
                "Haluatko vaikuttaa siihen, miten Pori ottaa nuoret huomioon? Hae mukaan "
                "nuorisovaltuustoon seuraavalle toimikaudelle."
            ),
            "sv": (
                "Vill du påverka hur Björneborg tar hänsyn till unga? Sök till "
                "ungdomsfullmäktige för nästa mandatperiod."
            ),
            "en": (
                "Do you want a say in how Pori takes young people into account? Apply to "
                "join the youth council for its next term."
            ),
        },
        "search_description": {
            "fi": (
                "Nuorisovaltuuston jäsenhaku 13–20-vuotiaille porilaisille: kuka voi "
                "hakea, mitä jäsenet tekevät ja miten haetaan."
            ),
            "sv": (
                "Ungdomsfullmäktige söker ledamöter bland unga i Björneborg i åldern "
                "13–20 år: vem kan söka, vad ledamöterna gör och hur man söker."
            ),
            "en": (
                "The youth council is recruiting members aged 13 to 20 from Pori: who can "
                "apply, what members do and how to apply."
            ),
        },
        "asks_for": "members",
        "response_method": "email",
        "response_url": "",
        "response_email": "nuorisovaltuusto@example.fi",
        "topics": ["children-and-youth"],
        "areas": ["koko-pori"],
        "audiences": ["young-people"],
        "organiser": _YOUTH_COUNCIL,
        "contacts": ["agent-2"],
        "opens_day": -45,
        "closes_day": -7,
        "sessions": [],
        "signup": {},
        "questions": [],
        "body": [
            (
                "heading",
                {"fi": "Kuka voi hakea", "sv": "Vem kan söka", "en": "Who can apply"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Voit hakea, jos asut Porissa ja olet 13–20-vuotias. Aiempaa "
                        "kokemusta ei tarvita. Tärkeintä on, että haluat kuunnella muita "
                        "nuoria ja viedä heidän asioitaan eteenpäin.</p>"
                    ),
                    "sv": (
                        "<p>Du kan söka om du bor i Björneborg och är 13–20 år. Du behöver "
                        "ingen tidigare erfarenhet. Det viktigaste är att du vill lyssna på "
                        "andra unga och driva deras frågor vidare.</p>"
                    ),
                    "en": (
                        "<p>You can apply if you live in Pori and are aged 13 to 20. You do "
                        "not need any previous experience. What matters most is that you want "
                        "to listen to other young people and take their issues forward.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä jäsenet tekevät", "sv": "Vad ledamöterna gör", "en": "What members do"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Nuorisovaltuusto kokoontuu noin kerran kuukaudessa.</li>"
                        "<li>Jäsenet edustavat nuoria kaupungin lautakunnissa.</li>"
                        "<li>Valtuusto tekee aloitteita ja antaa lausuntoja nuoria koskevista "
                        "asioista.</li>"
                        "<li>Toimikausi kestää vuoden.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Ungdomsfullmäktige sammanträder ungefär en gång i månaden.</li>"
                        "<li>Ledamöterna företräder de unga i stadens nämnder.</li>"
                        "<li>Fullmäktige lämnar initiativ och ger utlåtanden i frågor som "
                        "gäller unga.</li>"
                        "<li>Mandatperioden är ett år.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>The youth council meets about once a month.</li>"
                        "<li>Members represent young people on the city's committees.</li>"
                        "<li>The council makes proposals and gives statements on matters that "
                        "affect young people.</li>"
                        "<li>The term lasts one year.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Näin haet", "sv": "Så här söker du", "en": "How to apply"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Lähetä meille sähköpostia ja kerro lyhyesti, kuka olet, minkä "
                        "ikäinen olet ja mihin asioihin haluaisit Porissa vaikuttaa. Hakemuksen "
                        "ei tarvitse olla pitkä.</p>"
                        "<p>Nuorisovaltuusto ja nuorisopalvelut käyvät hakemukset läpi yhdessä, "
                        "ja jokainen hakija saa vastauksen sähköpostiin.</p>"
                    ),
                    "sv": (
                        "<p>Skicka e-post till oss och berätta kort vem du är, hur gammal du är "
                        "och vad du skulle vilja påverka i Björneborg. Ansökan behöver inte "
                        "vara lång.</p>"
                        "<p>Ungdomsfullmäktige och ungdomstjänsterna går igenom ansökningarna "
                        "tillsammans, och alla som söker får svar per e-post.</p>"
                    ),
                    "en": (
                        "<p>Send us an email and tell us briefly who you are, how old you are "
                        "and what you would like to change in Pori. Your application does not "
                        "need to be long.</p>"
                        "<p>The youth council and youth services go through the applications "
                        "together, and everyone who applies gets an answer by email.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "youth-safe-school-journeys",
        "council": "youth",
        "state": "draft",
        "slug": {
            "fi": "turvallinen-koulumatka",
            "sv": "trygg-skolvag",
            "en": "safe-journey-to-school",
        },
        "title": {
            "fi": "Missä koulumatkasi tuntuu turvattomalta?",
            "sv": "Var känns din skolväg otrygg?",
            "en": "Where does your journey to school feel unsafe?",
        },
        "intro": {
            "fi": (
                "Nuorisovaltuusto kokoaa tietoa koulumatkojen vaarallisista kohdista, kuten "
                "risteyksistä, pimeistä reiteistä ja bussipysäkeistä. Vastausten pohjalta "
                "teemme kaupungille aloitteen."
            ),
            "sv": (
                "Ungdomsfullmäktige samlar in uppgifter om farliga ställen på skolvägarna, "
                "till exempel korsningar, mörka vägar och busshållplatser. Utifrån svaren "
                "lämnar vi ett initiativ till staden."
            ),
            "en": (
                "The youth council is gathering information about dangerous spots on the "
                "way to school, such as crossings, dark paths and bus stops. We will base a "
                "proposal to the city on the answers."
            ),
        },
        "search_description": {
            "fi": (
                "Nuorisovaltuusto kysyy nuorilta koulumatkojen turvattomista kohdista "
                "ennen aloitteen tekemistä."
            ),
            "sv": (
                "Ungdomsfullmäktige frågar unga om otrygga ställen på skolvägen innan det "
                "lämnar ett initiativ."
            ),
            "en": (
                "The youth council asks young people about unsafe spots on the way to "
                "school before making a proposal."
            ),
        },
        "asks_for": "opinions",
        "response_method": "form",
        "response_url": "",
        "response_email": "",
        "topics": ["children-and-youth", "urban-planning"],
        "areas": ["koko-pori"],
        "audiences": ["young-people", "families-with-children"],
        "organiser": _YOUTH_COUNCIL,
        "contacts": ["agent-2"],
        "opens_day": 10,
        "closes_day": 40,
        "sessions": [],
        "signup": {},
        "questions": [
            {
                "label": {
                    "fi": "Missä kohdassa koulumatkasi tuntuu turvattomalta, ja miksi?",
                    "sv": "Var på skolvägen känns det otryggt, och varför?",
                    "en": "Where on your way to school do you feel unsafe, and why?",
                },
                "help_text": {
                    "fi": "Kerro paikka niin tarkasti kuin osaat, esimerkiksi kadun nimi tai lähin risteys.",
                    "sv": "Beskriv platsen så noga du kan, till exempel gatans namn eller närmaste korsning.",
                    "en": (
                        "Describe the place as exactly as you can, for example the street or "
                        "the nearest crossing."
                    ),
                },
                "field_type": "multiline",
                "required": True,
            },
            {
                "label": {
                    "fi": "Miten kuljet koulumatkasi yleensä?",
                    "sv": "Hur tar du dig vanligen till skolan?",
                    "en": "How do you usually get to school?",
                },
                "help_text": {"fi": "", "sv": "", "en": ""},
                "field_type": "radio",
                "required": False,
                "choices": {
                    "fi": "Kävellen\nPyörällä\nBussilla\nAutokyydillä\nJotenkin muuten",
                    "sv": "Till fots\nMed cykel\nMed buss\nMed bil\nPå annat sätt",
                    "en": "On foot\nBy bike\nBy bus\nBy car\nSome other way",
                },
            },
        ],
        "body": [
            (
                "heading",
                {"fi": "Mitä kysely koskee", "sv": "Vad enkäten gäller", "en": "What this is about"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Moni nuori kulkee kouluun kävellen tai pyörällä, usein pimeällä. "
                        "Nuorisovaltuusto haluaa selvittää, missä kohdissa matka tuntuu "
                        "vaaralliselta, ja viedä tiedon kaupungin liikennesuunnittelijoille.</p>"
                        "<p>Voit vastata, vaikka koulumatkasi olisi lyhyt. Myös huoltajien ja "
                        "opettajien havainnot ovat tervetulleita.</p>"
                    ),
                    "sv": (
                        "<p>Många unga går eller cyklar till skolan, ofta när det är mörkt. "
                        "Ungdomsfullmäktige vill ta reda på var vägen känns farlig och föra "
                        "informationen vidare till stadens trafikplanerare.</p>"
                        "<p>Du kan svara även om du har en kort skolväg. Också vårdnadshavares "
                        "och lärares iakttagelser är välkomna.</p>"
                    ),
                    "en": (
                        "<p>Many young people walk or cycle to school, often in the dark. The "
                        "youth council wants to find out where the journey feels dangerous and "
                        "pass this on to the city's traffic planners.</p>"
                        "<p>You can answer even if your journey is short. Observations from "
                        "parents and teachers are welcome too.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Elderly council
    # ------------------------------------------------------------------
    {
        "key": "elderly-open-meeting",
        "council": "elderly",
        "state": "live",
        "slug": {
            "fi": "vanhusneuvoston-avoin-kokous",
            "sv": "aldreradets-oppna-mote",
            "en": "elderly-council-open-meeting",
        },
        "title": {
            "fi": "Tule vanhusneuvoston avoimeen kokoukseen",
            "sv": "Kom till äldrerådets öppna möte",
            "en": "Come to the elderly council's open meeting",
        },
        "intro": {
            "fi": (
                "Vanhusneuvosto kutsuu ikääntyneet porilaiset ja heidän läheisensä avoimeen "
                "kokoukseen. Aiheena on kaupungilla liikkuminen: kävelyreitit, "
                "levähdyspaikat ja reittien kunnossapito."
            ),
            "sv": (
                "Äldrerådet bjuder in äldre björneborgare och deras närstående till ett "
                "öppet möte. Temat är att ta sig fram i staden: gångvägar, viloplatser och "
                "underhållet av vägarna."
            ),
            "en": (
                "The elderly council invites older people in Pori and their families to an "
                "open meeting. The theme is getting around the city: footpaths, places to "
                "rest and how routes are maintained."
            ),
        },
        "search_description": {
            "fi": (
                "Vanhusneuvoston avoin kokous kaupunginkirjastossa: kävelyreitit, "
                "levähdyspaikat ja kunnossapito. Ilmoittaudu, paikkoja on rajoitetusti."
            ),
            "sv": (
                "Äldrerådets öppna möte på stadsbiblioteket: gångvägar, viloplatser och "
                "underhåll. Anmäl dig, antalet platser är begränsat."
            ),
            "en": (
                "The elderly council's open meeting at the city library: footpaths, places "
                "to rest and maintenance. Sign up, places are limited."
            ),
        },
        "asks_for": "participants",
        "response_method": "email",
        "response_url": "",
        "response_email": "vanhusneuvosto@example.fi",
        "topics": ["services-for-seniors", "urban-planning"],
        "areas": ["koko-pori"],
        "audiences": ["seniors"],
        "organiser": _ELDERLY_COUNCIL,
        "contacts": ["agent-1"],
        "opens_day": -4,
        "closes_day": 16,
        "sessions": [{"day": 18, "start": "13:00", "end": "15:00", **_LIBRARY_MEETING_ROOM}],
        "signup": {"capacity": 40, "waitlist": 10, "max_group": 2},
        "questions": [],
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä kokouksessa tehdään",
                    "sv": "Vad som händer på mötet",
                    "en": "What happens at the meeting",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Aluksi kaupungin katujen ja viheralueiden kunnossapidon "
                        "asiantuntija kertoo, miten kävelyreittejä hoidetaan ja mihin uusia "
                        "penkkejä on suunniteltu. Sen jälkeen vanhusneuvoston jäsenet "
                        "kuuntelevat osallistujien kokemuksia ja ehdotuksia.</p>"
                        "<p>Kokous on maksuton, ja tarjolla on kahvia.</p>"
                    ),
                    "sv": (
                        "<p>Först berättar en sakkunnig inom stadens underhåll av gator och "
                        "grönområden hur gångvägarna sköts och var nya bänkar planeras. Sedan "
                        "lyssnar äldrerådets medlemmar på deltagarnas erfarenheter och "
                        "förslag.</p>"
                        "<p>Mötet är avgiftsfritt, och vi bjuder på kaffe.</p>"
                    ),
                    "en": (
                        "<p>First, an expert from the city's street and green space "
                        "maintenance explains how footpaths are looked after and where new "
                        "benches are planned. Then the members of the elderly council listen "
                        "to participants' experiences and suggestions.</p>"
                        "<p>The meeting is free of charge, and coffee is served.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Ilmoittautuminen ja kysymykset",
                    "sv": "Anmälan och frågor",
                    "en": "Signing up and questions",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Ilmoittaudu kokoukseen alta, jotta osaamme varata riittävästi "
                        "tuoleja ja kahvia. Voit ottaa mukaan läheisen tai avustajan. Jos et "
                        "pääse paikalle, voit lähettää kysymyksesi tai kokemuksesi etukäteen "
                        "sähköpostilla.</p>"
                    ),
                    "sv": (
                        "<p>Anmäl dig till mötet nedan, så att vi kan ordna tillräckligt med "
                        "stolar och kaffe. Du kan ta med en närstående eller en assistent. Om "
                        "du inte kan komma kan du skicka dina frågor eller erfarenheter per "
                        "e-post i förväg.</p>"
                    ),
                    "en": (
                        "<p>Sign up for the meeting below so that we can arrange enough chairs "
                        "and coffee. You are welcome to bring a family member or an assistant. "
                        "If you cannot come, you can send your questions or experiences by "
                        "email in advance.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "elderly-city-information",
        "council": "elderly",
        "state": "moderation",
        "slug": {
            "fi": "miten-kaupungin-tieto-tavoittaa-sinut",
            "sv": "hur-nar-stadens-information-dig",
            "en": "how-does-news-from-the-city-reach-you",
        },
        "title": {
            "fi": "Miten kaupungin tiedotteet tavoittavat sinut?",
            "sv": "Hur når stadens information dig?",
            "en": "How does news from the city reach you?",
        },
        "intro": {
            "fi": (
                "Vanhusneuvosto selvittää, mistä ikääntyneet saavat tietoa kaupungin "
                "palveluista ja tapahtumista. Kerro, mikä tapa toimii sinulle ja mistä "
                "tieto jää saamatta."
            ),
            "sv": (
                "Äldrerådet tar reda på var äldre får information om stadens tjänster och "
                "evenemang. Berätta vilket sätt som fungerar för dig och vad du går miste "
                "om."
            ),
            "en": (
                "The elderly council is finding out where older people get information "
                "about the city's services and events. Tell us what works for you and what "
                "you miss out on."
            ),
        },
        "search_description": {
            "fi": (
                "Vanhusneuvosto kysyy, mistä ikääntyneet saavat tietoa kaupungin palveluista ja tapahtumista."
            ),
            "sv": ("Äldrerådet frågar var äldre får information om stadens tjänster och evenemang."),
            "en": (
                "The elderly council asks where older people get information about the "
                "city's services and events."
            ),
        },
        "asks_for": "opinions",
        "response_method": "form",
        "response_url": "",
        "response_email": "",
        "topics": ["services-for-seniors"],
        "areas": ["koko-pori"],
        "audiences": ["seniors"],
        "organiser": _ELDERLY_COUNCIL,
        "contacts": ["agent-1"],
        "opens_day": 7,
        "closes_day": 35,
        "sessions": [],
        "signup": {},
        "questions": [
            {
                "label": {
                    "fi": "Mistä saat tietoa kaupungin palveluista ja tapahtumista?",
                    "sv": "Var får du information om stadens tjänster och evenemang?",
                    "en": "Where do you get information about the city's services and events?",
                },
                "help_text": {
                    "fi": "Valitse kaikki sopivat.",
                    "sv": "Välj alla som passar.",
                    "en": "Choose all that apply.",
                },
                "field_type": "checkboxes",
                "required": True,
                "choices": {
                    "fi": (
                        "Paikallislehdestä\nKaupungin verkkosivuilta\nSosiaalisesta mediasta\n"
                        "Kirjastosta tai palvelupisteestä\nLäheisiltä tai ystäviltä"
                    ),
                    "sv": (
                        "Från lokaltidningen\nFrån stadens webbplats\nFrån sociala medier\n"
                        "På biblioteket eller ett serviceställe\nAv närstående eller vänner"
                    ),
                    "en": (
                        "The local newspaper\nThe city's website\nSocial media\n"
                        "The library or a service point\nFamily or friends"
                    ),
                },
            },
            {
                "label": {
                    "fi": "Mistä asiasta olisit halunnut kuulla aiemmin?",
                    "sv": "Vad skulle du ha velat höra om tidigare?",
                    "en": "What would you have liked to hear about sooner?",
                },
                "help_text": {
                    "fi": "Vapaaehtoinen. Kerro myös, miten tieto olisi parhaiten tavoittanut sinut.",
                    "sv": "Frivilligt. Berätta också hur informationen bäst hade nått dig.",
                    "en": "Optional. Tell us also how the information would best have reached you.",
                },
                "field_type": "multiline",
                "required": False,
            },
        ],
        "body": [
            (
                "heading",
                {"fi": "Miksi kysymme", "sv": "Varför vi frågar", "en": "Why we are asking"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Yhä useampi kaupungin tiedote julkaistaan vain verkossa. "
                        "Vanhusneuvosto haluaa tietää, tavoittaako tieto myös ne, jotka eivät "
                        "käytä internetiä tai käyttävät sitä vain vähän. Vastausten pohjalta "
                        "neuvosto tekee ehdotuksia kaupungin viestinnälle.</p>"
                        "<p>Voit vastata myös paperilomakkeella, jota saa kaupunginkirjastosta. "
                        "Läheinen voi auttaa vastaamisessa.</p>"
                    ),
                    "sv": (
                        "<p>Allt fler meddelanden från staden publiceras bara på nätet. "
                        "Äldrerådet vill veta om informationen också når dem som inte använder "
                        "internet eller använder det bara lite. Utifrån svaren lämnar rådet "
                        "förslag till stadens kommunikation.</p>"
                        "<p>Du kan också svara på en pappersblankett som finns på "
                        "stadsbiblioteket. En närstående kan hjälpa dig att svara.</p>"
                    ),
                    "en": (
                        "<p>More and more of the city's news is published only online. The "
                        "elderly council wants to know whether the information also reaches "
                        "people who do not use the internet, or use it only a little. Based on "
                        "the answers, the council will make suggestions to the city's "
                        "communications team.</p>"
                        "<p>You can also answer on a paper form, available at the city library. "
                        "A family member can help you answer.</p>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Disability council
    # ------------------------------------------------------------------
    {
        "key": "disability-online-services",
        "council": "disability",
        "state": "live",
        "slug": {
            "fi": "verkkoasioinnin-saavutettavuus",
            "sv": "tillganglighet-i-e-tjansterna",
            "en": "accessibility-of-online-services",
        },
        "title": {
            "fi": "Kerro, miten kaupungin verkkoasiointi toimii sinulle",
            "sv": "Berätta hur stadens e-tjänster fungerar för dig",
            "en": "Tell us how the city's online services work for you",
        },
        "intro": {
            "fi": (
                "Vammaisneuvosto kerää kokemuksia kaupungin sähköisistä palveluista, kuten "
                "tilavarauksista ja kirjaston verkkopalvelusta. Toimivatko ne "
                "ruudunlukijalla, suurennettuina tai pelkällä näppäimistöllä?"
            ),
            "sv": (
                "Rådet för personer med funktionsnedsättning samlar in erfarenheter av "
                "stadens e-tjänster, till exempel lokalbokningen och bibliotekets "
                "webbtjänst. Fungerar de med skärmläsare, med förstoring eller med enbart "
                "tangentbord?"
            ),
            "en": (
                "The disability council is collecting experiences of the city's online "
                "services, such as booking facilities and the library's online service. "
                "Do they work with a screen reader, with magnification or with a keyboard "
                "alone?"
            ),
        },
        "search_description": {
            "fi": (
                "Vammaisneuvoston kysely kaupungin verkkoasioinnin saavutettavuudesta. "
                "Vastaa Otakantaa.fi-palvelussa tai kerro kokemuksesi puhelimessa."
            ),
            "sv": (
                "Rådets enkät om tillgängligheten i stadens e-tjänster. Svara i "
                "Otakantaa.fi eller berätta om dina erfarenheter per telefon."
            ),
            "en": (
                "The disability council's survey on the accessibility of the city's online "
                "services. Answer on Otakantaa.fi or share your experience by phone."
            ),
        },
        "asks_for": "opinions",
        "response_method": "link",
        "response_url": "https://www.otakantaa.fi/",
        "response_email": "",
        "topics": ["accessibility-and-inclusion"],
        "areas": ["koko-pori"],
        "audiences": ["people-with-disabilities", "everyone"],
        "organiser": _DISABILITY_COUNCIL,
        "contacts": ["agent-1"],
        "opens_day": -6,
        "closes_day": 14,
        "sessions": [],
        "signup": {},
        "questions": [],
        "body": [
            (
                "heading",
                {"fi": "Mitä kysymme", "sv": "Vad vi frågar", "en": "What we are asking"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Mitä kaupungin verkkopalveluja käytät ja mihin?</li>"
                        "<li>Missä kohdassa asiointi katkeaa tai vaatii toisen ihmisen "
                        "apua?</li>"
                        "<li>Mitä apuvälineitä tai asetuksia käytät, kun asioit verkossa?</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Vilka av stadens webbtjänster använder du, och till vad?</li>"
                        "<li>Var stannar ärendet upp eller kräver hjälp av en annan "
                        "person?</li>"
                        "<li>Vilka hjälpmedel eller inställningar använder du när du uträttar "
                        "ärenden på nätet?</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Which of the city's online services do you use, and for what?</li>"
                        "<li>Where do you get stuck, or need someone else's help?</li>"
                        "<li>What assistive technology or settings do you use online?</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Miten vastaat", "sv": "Så här svarar du", "en": "How to respond"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kysely on Otakantaa.fi-palvelussa, ja siihen voi vastata "
                        "nimettömänä. Jos vastaaminen verkossa ei onnistu, voit kertoa "
                        "kokemuksesi osallisuusagentille puhelimessa. Sekin on neuvostolle "
                        "tärkeää tietoa.</p>"
                        "<p>Julkisen sektorin verkkopalvelujen on oltava saavutettavia "
                        "digipalvelulain (306/2019) mukaan. Vammaisneuvosto kokoaa vastaukset "
                        "lausunnoksi kaupungin sähköisten palvelujen kehittämisestä, ja "
                        "lausunto julkaistaan neuvoston sivulla.</p>"
                    ),
                    "sv": (
                        "<p>Enkäten finns i tjänsten Otakantaa.fi, och du kan svara anonymt. "
                        "Om det inte går att svara på nätet kan du berätta om dina "
                        "erfarenheter för delaktighetsagenten per telefon. Också det är viktig "
                        "information för rådet.</p>"
                        "<p>Enligt lagen om tillhandahållande av digitala tjänster (306/2019) "
                        "ska den offentliga sektorns webbtjänster vara tillgängliga. Rådet "
                        "sammanställer svaren till ett utlåtande om utvecklingen av stadens "
                        "e-tjänster, och utlåtandet publiceras på rådets sida.</p>"
                    ),
                    "en": (
                        "<p>The survey is on Otakantaa.fi, and you can answer anonymously. If "
                        "answering online does not work for you, you can tell the "
                        "participation agent about your experience by phone. That is valuable "
                        "information for the council too.</p>"
                        "<p>Under the Act on the Provision of Digital Services (306/2019), "
                        "public sector online services must be accessible. The disability "
                        "council will turn the answers into a statement on developing the "
                        "city's online services, and the statement will be published on the "
                        "council's page.</p>"
                    ),
                },
            ),
        ],
    },
]

COUNCIL_STATEMENTS = [
    {
        "key": "youth-services-plan-statement",
        "council": "youth",
        "kind": "statement",
        "day": -20,
        "addressee": {"fi": "Nuorisopalvelut", "sv": "Ungdomstjänsterna", "en": "Youth services"},
        "slug": {
            "fi": "lausunto-nuorisopalvelujen-toimintasuunnitelmasta",
            "sv": "utlatande-om-ungdomstjansternas-verksamhetsplan",
            "en": "statement-on-the-youth-services-plan",
        },
        "title": {
            "fi": "Lausunto nuorisopalvelujen toimintasuunnitelmasta",
            "sv": "Utlåtande om ungdomstjänsternas verksamhetsplan",
            "en": "Statement on the youth services plan",
        },
        "intro": {
            "fi": (
                "Nuorisovaltuusto pitää suunnitelman suuntaa hyvänä. Se toivoo "
                "nuorisotiloille iltaisin pidempiä aukioloaikoja ja enemmän toimintaa "
                "keskustan ulkopuolelle."
            ),
            "sv": (
                "Ungdomsfullmäktige anser att planen går i rätt riktning. Det önskar "
                "längre öppettider på kvällarna för ungdomslokalerna och mer verksamhet "
                "utanför centrum."
            ),
            "en": (
                "The youth council thinks the plan is heading in the right direction. It "
                "asks for youth centres to stay open later in the evening and for more "
                "activities outside the city centre."
            ),
        },
        "search_description": {
            "fi": "Nuorisovaltuuston lausunto nuorisopalvelujen toimintasuunnitelmasta.",
            "sv": "Ungdomsfullmäktiges utlåtande om ungdomstjänsternas verksamhetsplan.",
            "en": "The youth council's statement on the youth services plan.",
        },
        "body": [
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Nuorisovaltuusto kiittää mahdollisuudesta lausua nuorisopalvelujen "
                        "toimintasuunnitelmasta. Suunnitelmassa on paljon hyvää: nuorten oma "
                        "ääni näkyy siinä aiempaa vahvemmin, ja nuorten avoimista "
                        "liikuntailloista saadut kokemukset on otettu huomioon.</p>"
                    ),
                    "sv": (
                        "<p>Ungdomsfullmäktige tackar för möjligheten att ge ett utlåtande om "
                        "ungdomstjänsternas verksamhetsplan. Planen har mycket gott i sig: de "
                        "ungas egen röst hörs tydligare än tidigare, och erfarenheterna från "
                        "de öppna idrottskvällarna för unga har beaktats.</p>"
                    ),
                    "en": (
                        "<p>The youth council thanks youth services for the opportunity to "
                        "comment on the plan. There is a lot that is good in it: young "
                        "people's own voice comes through more strongly than before, and the "
                        "lessons from the open sports nights for young people have been taken "
                        "into account.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä toivomme", "sv": "Vad vi önskar", "en": "What we ask for"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Nuorisotilat olisivat auki myös perjantai- ja lauantai-iltaisin, "
                        "jolloin nuorilla on eniten vapaa-aikaa.</li>"
                        "<li>Toimintaa järjestettäisiin myös keskustan ulkopuolella, "
                        "esimerkiksi Noormarkussa ja Reposaaressa.</li>"
                        "<li>Nuoret pääsisivät suunnittelemaan kesän toimintaa jo "
                        "keväällä.</li>"
                        "</ul>"
                        "<p>Nuorisovaltuusto seuraa suunnitelman toteutumista ja pyytää "
                        "nuorisopalveluja kertomaan puolen vuoden kuluttua, miten toiveet on "
                        "otettu huomioon.</p>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Ungdomslokalerna skulle vara öppna också på fredags- och "
                        "lördagskvällar, när de unga har mest fritid.</li>"
                        "<li>Verksamhet skulle ordnas också utanför centrum, till exempel i "
                        "Norrmark och på Räfsö.</li>"
                        "<li>De unga skulle få vara med och planera sommarens verksamhet "
                        "redan på våren.</li>"
                        "</ul>"
                        "<p>Ungdomsfullmäktige följer hur planen genomförs och ber "
                        "ungdomstjänsterna berätta om ett halvt år hur önskemålen har "
                        "beaktats.</p>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Youth centres should also be open on Friday and Saturday "
                        "evenings, when young people have the most free time.</li>"
                        "<li>Activities should also be organised outside the city centre, for "
                        "example in Noormarkku and Reposaari.</li>"
                        "<li>Young people should be able to help plan the summer's activities "
                        "already in the spring.</li>"
                        "</ul>"
                        "<p>The youth council will follow how the plan is carried out and asks "
                        "youth services to report in six months' time on how these wishes "
                        "have been taken into account.</p>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "elderly-benches-initiative",
        "council": "elderly",
        "kind": "initiative",
        "day": -35,
        "addressee": {"fi": "Kaupunginhallitus", "sv": "Stadsstyrelsen", "en": "City board"},
        "slug": {
            "fi": "aloite-levahdyspenkit-kavelyreiteille",
            "sv": "initiativ-vilobankar-langs-gangvagarna",
            "en": "initiative-benches-along-footpaths",
        },
        "title": {
            "fi": "Aloite: levähdyspenkkejä kävelyreittien varrelle",
            "sv": "Initiativ: vilobänkar längs gångvägarna",
            "en": "Initiative: benches to rest on along footpaths",
        },
        "intro": {
            "fi": (
                "Vanhusneuvosto esittää, että keskustan ja asuinalueiden tärkeimmille "
                "kävelyreiteille lisätään penkkejä muutaman sadan metrin välein."
            ),
            "sv": (
                "Äldrerådet föreslår att det ställs ut bänkar med några hundra meters "
                "mellanrum längs de viktigaste gångvägarna i centrum och i "
                "bostadsområdena."
            ),
            "en": (
                "The elderly council proposes adding benches every few hundred metres "
                "along the main footpaths in the city centre and residential areas."
            ),
        },
        "search_description": {
            "fi": "Vanhusneuvoston aloite levähdyspenkeistä kävelyreittien varrelle.",
            "sv": "Äldrerådets initiativ om vilobänkar längs gångvägarna.",
            "en": "The elderly council's initiative on benches along footpaths.",
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Miksi penkkejä tarvitaan",
                    "sv": "Varför bänkar behövs",
                    "en": "Why benches are needed",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Moni ikääntynyt jättää käynnin lähikaupassa tai kirjastossa "
                        "väliin, koska matkalla ei ole paikkaa levätä. Penkit muutaman sadan "
                        "metrin välein tekisivät lyhyistäkin matkoista helpompia ja "
                        "rohkaisisivat liikkumaan.</p>"
                    ),
                    "sv": (
                        "<p>Många äldre låter bli att gå till närbutiken eller biblioteket "
                        "eftersom det inte finns någonstans att vila på vägen. Bänkar med "
                        "några hundra meters mellanrum skulle göra också korta sträckor "
                        "lättare och uppmuntra till att röra på sig.</p>"
                    ),
                    "en": (
                        "<p>Many older people skip a trip to the local shop or the library "
                        "because there is nowhere to rest on the way. Benches every few "
                        "hundred metres would make even short trips easier and encourage "
                        "people to get out and about.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Mitä esitämme", "sv": "Vad vi föreslår", "en": "What we propose"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Kaupunki kartoittaa yhdessä vanhusneuvoston kanssa reitit, joille "
                        "penkkejä tarvitaan eniten.</li>"
                        "<li>Uusissa penkeissä on selkänoja ja käsinojat, joiden avulla on "
                        "helppo nousta.</li>"
                        "<li>Penkkien ympäristö pidetään kulkukelpoisena myös talvella.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Staden kartlägger tillsammans med äldrerådet de vägar där bänkar "
                        "behövs mest.</li>"
                        "<li>De nya bänkarna har ryggstöd och armstöd som gör det lätt att "
                        "resa sig.</li>"
                        "<li>Området kring bänkarna hålls framkomligt också på vintern.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>The city and the elderly council map together the routes that "
                        "need benches most.</li>"
                        "<li>New benches have a backrest and armrests that make it easy to "
                        "stand up.</li>"
                        "<li>The ground around the benches is kept clear in winter too.</li>"
                        "</ul>"
                    ),
                },
            ),
        ],
    },
    {
        "key": "disability-meeting-notes",
        "council": "disability",
        "kind": "meeting-notes",
        "day": -10,
        "addressee": {"fi": "", "sv": "", "en": ""},
        "slug": {
            "fi": "vammaisneuvoston-kokouksen-muistio",
            "sv": "minnesanteckningar-fran-radets-mote",
            "en": "disability-council-meeting-notes",
        },
        "title": {
            "fi": "Vammaisneuvoston kokouksen muistio",
            "sv": "Minnesanteckningar från rådets möte",
            "en": "Notes from the disability council's meeting",
        },
        "intro": {
            "fi": (
                "Kokouksessa käsiteltiin keskustan esteettömyyskävelyn jatkotoimia ja "
                "kaupungin verkkoasioinnin saavutettavuutta."
            ),
            "sv": (
                "På mötet behandlades uppföljningen av tillgänglighetsvandringen i centrum "
                "och tillgängligheten i stadens e-tjänster."
            ),
            "en": (
                "The meeting discussed the follow-up to the accessibility walk in the city "
                "centre and the accessibility of the city's online services."
            ),
        },
        "search_description": {
            "fi": "Vammaisneuvoston kokouksen muistio: esteettömyyskävelyn jatkotoimet ja verkkoasiointi.",
            "sv": (
                "Minnesanteckningar från rådets möte: uppföljningen av "
                "tillgänglighetsvandringen och e-tjänsterna."
            ),
            "en": (
                "Notes from the disability council's meeting: the accessibility walk "
                "follow-up and online services."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Esteettömyyskävelyn jatkotoimet",
                    "sv": "Uppföljningen av tillgänglighetsvandringen",
                    "en": "Following up the accessibility walk",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kaupungin edustaja kertoi, että keskustan korjaussuunnitelman "
                        "luonnos on valmisteilla. Neuvosto pyysi, että luonnokseen tulee "
                        "aikataulu ja että suojateiden korkeat reunakivet korjataan "
                        "ensimmäisinä.</p>"
                    ),
                    "sv": (
                        "<p>Stadens representant berättade att utkastet till åtgärdsplan för "
                        "centrum håller på att utarbetas. Rådet bad att utkastet ska innehålla "
                        "en tidtabell och att de höga kantstenarna vid övergångsställena ska "
                        "åtgärdas först.</p>"
                    ),
                    "en": (
                        "<p>The city's representative reported that the draft repair plan for "
                        "the city centre is being prepared. The council asked for the draft to "
                        "include a timetable and for the high kerbs at pedestrian crossings to "
                        "be fixed first.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Verkkoasioinnin saavutettavuus",
                    "sv": "Tillgängligheten i e-tjänsterna",
                    "en": "Accessibility of online services",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Neuvosto päätti kerätä asukkaiden kokemuksia kaupungin "
                        "verkkoasioinnista kyselyllä. Kyselyyn voi vastata verkossa tai "
                        "puhelimessa osallisuusagentin avustamana.</p>"
                    ),
                    "sv": (
                        "<p>Rådet beslutade att samla in invånarnas erfarenheter av stadens "
                        "e-tjänster med en enkät. Man kan svara på enkäten på nätet eller per "
                        "telefon med hjälp av delaktighetsagenten.</p>"
                    ),
                    "en": (
                        "<p>The council decided to gather residents' experiences of the city's "
                        "online services with a survey. People can answer online, or by phone "
                        "with help from the participation agent.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"fi": "Seuraava kokous", "sv": "Nästa möte", "en": "Next meeting"},
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Seuraavassa kokouksessa neuvosto valmistelee lausunnon kyselyn "
                        "tuloksista. Kokousajat julkaistaan neuvoston sivulla.</p>"
                    ),
                    "sv": (
                        "<p>På nästa möte bereder rådet ett utlåtande om enkätens resultat. "
                        "Mötestiderna publiceras på rådets sida.</p>"
                    ),
                    "en": (
                        "<p>At its next meeting, the council will prepare a statement on the "
                        "survey results. Meeting times are published on the council's "
                        "page.</p>"
                    ),
                },
            ),
        ],
    },
]
