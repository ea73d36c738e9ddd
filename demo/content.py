"""Demo content for Osallistu Pori in Finnish, Swedish and English.

Texts for the home page and the standard pages (about, accessibility
statement, privacy notice) of the City of Pori's resident participation
site. Finnish is the source language: the Finnish pages are created first,
and the Swedish and English texts are loaded as wagtail-localize
translations of them, paired segment by segment, so every language keeps
the same block structure.
"""

HOME_PAGE = {
    "slug": {"fi": "etusivu", "sv": "startsida", "en": "home"},
    "title": {
        "fi": "Osallistu Pori",
        "sv": "Delta i Björneborg",
        "en": "Take part in Pori",
    },
    "intro": {
        "fi": (
            "Tervetuloa! Tästä palvelusta löydät tavat vaikuttaa Porin asioihin "
            "ja palveluihin. Näet myös, mitä osallistumisesta on seurannut."
        ),
        "sv": (
            "Välkommen! Här hittar du sätt att påverka frågor och tjänster i "
            "Björneborg. Du kan också se vad deltagandet har lett till."
        ),
        "en": (
            "Welcome! Here you can find ways to influence matters and services "
            "in Pori. You can also see what has come of taking part."
        ),
    },
    "search_description": {
        "fi": (
            "Porin kaupungin osallistumispalvelu: työpajat, dialogit, kyselyt, "
            "kokeilut ja neuvostojen kutsut. Ilmoittautumiseen ei tarvita tiliä."
        ),
        "sv": (
            "Björneborgs stads tjänst för delaktighet: verkstäder, dialoger, "
            "enkäter, försök och rådens inbjudningar. Inget konto behövs för anmälan."
        ),
        "en": (
            "The City of Pori's participation service: workshops, dialogues, "
            "surveys, pilots and council calls. No account needed to sign up."
        ),
    },
    "body": [
        (
            "heading",
            {
                "fi": "Löydä oma tapasi osallistua",
                "sv": "Hitta ditt sätt att delta",
                "en": "Find your way to take part",
            },
        ),
        (
            "paragraph",
            {
                "fi": "<p>Kokoamme tähän Porin kaupungin osallistumismahdollisuudet yhteen paikkaan:</p>",
                "sv": "<p>Här samlar vi Björneborgs stads möjligheter att delta på ett ställe:</p>",
                "en": (
                    "<p>We bring together the City of Pori's opportunities to take part in one place:</p>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<ul>"
                    "<li>työpajat ja dialogit</li>"
                    "<li>kyselyt</li>"
                    "<li>kokeilut</li>"
                    "<li>nuorisovaltuuston, vanhusneuvoston ja "
                    "vammaisneuvoston kutsut</li>"
                    "</ul>"
                ),
                "sv": (
                    "<ul>"
                    "<li>verkstäder och dialoger</li>"
                    "<li>enkäter</li>"
                    "<li>försök</li>"
                    "<li>inbjudningar från ungdomsfullmäktige, äldrerådet och "
                    "rådet för personer med funktionsnedsättning</li>"
                    "</ul>"
                ),
                "en": (
                    "<ul>"
                    "<li>workshops and dialogues</li>"
                    "<li>surveys</li>"
                    "<li>pilots</li>"
                    "<li>calls from the youth council, the elderly council and "
                    "the disability council</li>"
                    "</ul>"
                ),
            },
        ),
        (
            "paragraph",
            {
                "fi": "<p>Ilmoittautumiseen ei tarvita käyttäjätiliä.</p>",
                "sv": "<p>Du behöver inget konto för att anmäla dig.</p>",
                "en": "<p>You do not need an account to sign up.</p>",
            },
        ),
        (
            "heading",
            {
                "fi": "Te sanoitte, me teimme",
                "sv": "Ni sa, vi gjorde",
                "en": "You said, we did",
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<p>Osallistuminen kannattaa, kun sen tulokset näkyvät. "
                    "Kerromme avoimesti, mitä asukkaiden ehdotuksista ja "
                    "palautteesta on seurannut ja miten asiat etenevät.</p>"
                ),
                "sv": (
                    "<p>Det lönar sig att delta när resultaten syns. Vi "
                    "berättar öppet vad invånarnas förslag och respons har "
                    "lett till och hur ärendena går vidare.</p>"
                ),
                "en": (
                    "<p>Taking part is worthwhile when you can see the results. "
                    "We report openly on what has come of residents' ideas and "
                    "feedback and how things are moving forward.</p>"
                ),
            },
        ),
        (
            "heading",
            {
                "fi": "Taustalla kaupungin osallisuusmalli",
                "sv": "Stadens delaktighetsmodell ligger i grunden",
                "en": "Built on the city's participation model",
            },
        ),
        (
            "paragraph",
            {
                "fi": (
                    "<p>Palvelu perustuu Porin osallisuus- ja "
                    "vuorovaikutusmalliin. Sen mukaan asukkaat ja palvelujen "
                    "käyttäjät voivat osallistua asioiden, päätösten ja "
                    "palvelujen valmisteluun ja vaikuttaa siihen. Kaupunginhallitus "
                    "hyväksyi mallin vuonna 2018, ja se valmisteltiin yhdessä "
                    "asukkaiden, yhteisöjen, henkilöstön ja päättäjien kanssa.</p>"
                ),
                "sv": (
                    "<p>Tjänsten bygger på Björneborgs modell för delaktighet "
                    "och växelverkan. Enligt modellen kan invånarna och de som "
                    "använder tjänsterna delta i och påverka beredningen av "
                    "ärenden, beslut och tjänster. Stadsstyrelsen godkände "
                    "modellen 2018. Den togs fram tillsammans med invånare, "
                    "sammanslutningar, personal och beslutsfattare.</p>"
                ),
                "en": (
                    "<p>The service builds on Pori's participation and "
                    "interaction model. Under the model, residents and service "
                    "users can take part in and influence how matters, "
                    "decisions and services are prepared. The city board "
                    "approved the model in 2018. It was prepared together with "
                    "residents, communities, staff and decision-makers.</p>"
                ),
            },
        ),
    ],
}


STANDARD_PAGES = [
    # ------------------------------------------------------------------
    # About this service
    # ------------------------------------------------------------------
    {
        "key": "about",
        "slug": {
            "fi": "tietoa-palvelusta",
            "sv": "om-tjansten",
            "en": "about-this-service",
        },
        "title": {
            "fi": "Tietoa palvelusta",
            "sv": "Om tjänsten",
            "en": "About this service",
        },
        "intro": {
            "fi": (
                "Osallistu Pori on Porin kaupungin verkkopalvelu, jossa asukkaat "
                "löytävät tavat osallistua ja näkevät, mitä osallistumisesta on "
                "seurannut."
            ),
            "sv": (
                "Delta i Björneborg är Björneborgs stads webbtjänst där "
                "invånarna hittar sätt att delta och kan se vad deltagandet "
                "har lett till."
            ),
            "en": (
                "Take part in Pori is the City of Pori's online service where "
                "residents can find ways to take part and see what has come of "
                "it."
            ),
        },
        "search_description": {
            "fi": (
                "Mikä Osallistu Pori on, kuka palvelua ylläpitää ja miten Porin "
                "osallisuus- ja vuorovaikutusmalli ohjaa kaupungin toimintaa."
            ),
            "sv": (
                "Vad Delta i Björneborg är, vem som driver tjänsten och hur "
                "stadens modell för delaktighet och växelverkan styr arbetet."
            ),
            "en": (
                "What Take part in Pori is, who runs it, and how the city's "
                "participation and interaction model guides its work."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Mikä palvelu on",
                    "sv": "Vad tjänsten är",
                    "en": "What the service is",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelua ylläpitää Porin kaupunki. Kokoamme tänne "
                        "kaupungin työpajat, dialogit, kyselyt, kokeilut ja "
                        "neuvostojen kutsut. Ilmoittautumiseen ei tarvita "
                        "käyttäjätiliä. Kerromme myös, miten asukkaiden "
                        "näkemyksiä on käytetty. Palvelu on tarkoitettu kaikille "
                        "porilaisille ja kaupungin palvelujen käyttäjille.</p>"
                    ),
                    "sv": (
                        "<p>Tjänsten drivs av Björneborgs stad. Här samlar vi "
                        "stadens verkstäder, dialoger, enkäter, försök och "
                        "rådens inbjudningar. Du behöver inget konto för att anmäla dig. Vi "
                        "berättar också hur invånarnas synpunkter har använts. "
                        "Tjänsten är avsedd för alla invånare i Björneborg och "
                        "för alla som använder stadens tjänster.</p>"
                    ),
                    "en": (
                        "<p>The service is run by the City of Pori. We bring "
                        "together the city's workshops, dialogues, surveys, "
                        "pilots and council calls. You do not need an account "
                        "to sign up. We also report on how residents' views have "
                        "been used. The service is for everyone who lives in "
                        "Pori or uses the city's services.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Osallisuus- ja vuorovaikutusmalli",
                    "sv": "Modellen för delaktighet och växelverkan",
                    "en": "The participation and interaction model",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelu perustuu Porin osallisuus- ja "
                        "vuorovaikutusmalliin, jonka kaupunginhallitus hyväksyi "
                        "19.3.2018. Malli valmisteltiin yhdessä asukkaiden, "
                        "yhteisöjen, kaupungin henkilöstön ja päättäjien "
                        "kanssa. Mallia kokeiltiin ensin Kirjurinluodon "
                        "kehittämishankkeessa ja kaupungin brändikonseptin "
                        "suunnittelussa.</p>"
                        "<p>Henkilöstölle ja päättäjille malli on ohje ja "
                        "työkalu. Asukkaille se kertoo, miten kaupungin asioihin "
                        "voi osallistua, ja antaa keinon arvioida, miten "
                        "tavoitteet toteutuvat. Malli lupaa, että asukkaat ja "
                        "palvelujen käyttäjät voivat osallistua asioiden, "
                        "päätösten ja palvelujen valmisteluun ja vaikuttaa "
                        "siihen.</p>"
                    ),
                    "sv": (
                        "<p>Tjänsten bygger på Björneborgs modell för "
                        "delaktighet och växelverkan, som stadsstyrelsen "
                        "godkände den 19 mars 2018. Modellen togs fram "
                        "tillsammans med invånare, sammanslutningar, stadens "
                        "personal och beslutsfattare. Modellen prövades först "
                        "i utvecklingsprojektet för Kirjurinluoto och i "
                        "arbetet med stadens varumärkeskoncept.</p>"
                        "<p>För personalen och beslutsfattarna är modellen en "
                        "anvisning och ett verktyg. För invånarna visar den hur "
                        "man kan delta i stadens angelägenheter och ger ett sätt "
                        "att bedöma hur målen uppnås. Modellen lovar att "
                        "invånarna och de som använder tjänsterna kan delta i "
                        "och påverka beredningen av ärenden, beslut och "
                        "tjänster.</p>"
                    ),
                    "en": (
                        "<p>The service builds on Pori's participation and "
                        "interaction model, which the city board approved on "
                        "19 March 2018. The model was prepared together with "
                        "residents, communities, city staff and "
                        "decision-makers. It was first piloted in the "
                        "Kirjurinluoto development project and in the design "
                        "of the city's brand concept.</p>"
                        "<p>For staff and decision-makers, the model is a "
                        "guideline and a tool. For residents, it shows how to "
                        "take part in the city's affairs and gives a way to "
                        "assess how well its goals are met. The model promises "
                        "that residents and service users can take part in and "
                        "influence how matters, decisions and services are "
                        "prepared.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Viisi periaatetta",
                    "sv": "Fem principer",
                    "en": "Five principles",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Mallin pohjana on viisi periaatetta. Ne kuvaavat, "
                        "miten kaupunki toimii, kun se ottaa asukkaat mukaan "
                        "asioiden valmisteluun. Periaatteet esitellään "
                        "tarkemmin omalla sivullaan.</p>"
                    ),
                    "sv": (
                        "<p>Modellen vilar på fem principer. De beskriver hur "
                        "staden arbetar när den tar med invånarna i "
                        "beredningen av ärenden. Principerna presenteras "
                        "närmare på en egen sida.</p>"
                    ),
                    "en": (
                        "<p>The model rests on five principles. They describe "
                        "how the city works when it involves residents in "
                        "preparing matters. The principles are described in "
                        "more detail on a page of their own.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Yhteensovittaminen</li>"
                        "<li>Läpinäkyvyys</li>"
                        "<li>Vastuullisuus</li>"
                        "<li>Kehittäminen</li>"
                        "<li>Toimintamahdollisuudet</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Samordning</li>"
                        "<li>Öppenhet</li>"
                        "<li>Ansvarsfullhet</li>"
                        "<li>Utveckling</li>"
                        "<li>Handlingsmöjligheter</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Coordination</li>"
                        "<li>Transparency</li>"
                        "<li>Responsibility</li>"
                        "<li>Development</li>"
                        "<li>Opportunities to act</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Nuorisovaltuusto ja neuvostot",
                    "sv": "Ungdomsfullmäktige och råden",
                    "en": "The youth council and other councils",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Porissa toimivat kuntalain edellyttämät "
                        "nuorisovaltuusto, vanhusneuvosto ja vammaisneuvosto. "
                        "Ne tuovat nuorten, ikääntyneiden ja vammaisten "
                        "ihmisten näkökulman kaupungin päätöksentekoon. "
                        "Nuorisovaltuuston jäsenet ovat noin 13–20-vuotiaita, "
                        "heidän toimikautensa on vuoden mittainen, ja heillä on "
                        "edustajat myös lautakunnissa. Kaikki kolme "
                        "julkaisevat tässä palvelussa omia kutsujaan.</p>"
                    ),
                    "sv": (
                        "<p>I Björneborg finns ungdomsfullmäktige, äldrerådet "
                        "och rådet för personer med funktionsnedsättning, "
                        "såsom kommunallagen kräver. De för fram synpunkter "
                        "från unga, äldre och personer med "
                        "funktionsnedsättning i stadens beslutsfattande. "
                        "Ledamöterna i ungdomsfullmäktige är ungefär 13–20 år, "
                        "mandatperioden är ett år och de har representanter "
                        "också i nämnderna. Alla tre publicerar egna "
                        "inbjudningar i tjänsten.</p>"
                    ),
                    "en": (
                        "<p>Pori has a youth council, an elderly council and a "
                        "disability council, as the Local Government Act "
                        "requires. They bring the views of young people, older "
                        "people and disabled people into the city's decision-"
                        "making. Members of the youth council are roughly 13 "
                        "to 20 years old, serve a one-year term and also have "
                        "representatives on the city's committees. All three "
                        "councils post their own calls in this service.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Osallisuusagentit",
                    "sv": "Delaktighetsagenterna",
                    "en": "Participation agents",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Kaupungin osallisuustyötä tukee kaksi "
                        "osallisuusagenttia, joita kutsutaan nykyään myös "
                        "osallisuusasiantuntijoiksi. He valmentavat henkilöstöä "
                        "ja yhdistävät asukkaita ja viranhaltijoita. Lisäksi he "
                        "aktivoivat eri väestöryhmiä, vetävät dialogeja ja "
                        "koordinoivat osallisuushankkeita.</p>"
                    ),
                    "sv": (
                        "<p>Stadens arbete för delaktighet stöds av två "
                        "delaktighetsagenter, som numera också kallas "
                        "delaktighetsexperter. De coachar personalen och för "
                        "samman invånare och tjänstemän. De aktiverar också "
                        "olika befolkningsgrupper, leder dialoger och "
                        "samordnar projekt för delaktighet.</p>"
                    ),
                    "en": (
                        "<p>The city's participation work is supported by two "
                        "participation agents, now also called participation "
                        "experts. They coach staff and connect residents with "
                        "city officials. They also reach out to different "
                        "groups of residents, lead dialogues and coordinate "
                        "participation projects.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Kielet ja palaute",
                    "sv": "Språk och respons",
                    "en": "Languages and feedback",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelua voi käyttää suomeksi, ruotsiksi ja "
                        "englanniksi. Sisällöt laaditaan ensin suomeksi ja "
                        "käännetään sitten ruotsiksi ja englanniksi.</p>"
                        "<p>Palautteesi auttaa meitä kehittämään palvelua. "
                        "Lähetä se sähköpostilla osoitteeseen "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                    ),
                    "sv": (
                        "<p>Tjänsten finns på finska, svenska och engelska. "
                        "Innehållet skrivs först på finska och översätts sedan "
                        "till svenska och engelska.</p>"
                        "<p>Din respons hjälper oss att utveckla tjänsten. "
                        "Skicka den per e-post till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                    ),
                    "en": (
                        "<p>You can use the service in Finnish, Swedish and "
                        "English. Content is written in Finnish first and then "
                        "translated into Swedish and English.</p>"
                        "<p>Your feedback helps us improve the service. Please "
                        "send it by email to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Accessibility statement
    # ------------------------------------------------------------------
    {
        "key": "accessibility",
        "slug": {
            "fi": "saavutettavuusseloste",
            "sv": "tillganglighetsutlatande",
            "en": "accessibility-statement",
        },
        "title": {
            "fi": "Saavutettavuusseloste",
            "sv": "Tillgänglighetsutlåtande",
            "en": "Accessibility statement",
        },
        "intro": {
            "fi": (
                "Tässä selosteessa kerrotaan, miten saavutettava Osallistu Pori "
                "-palvelu on, miten asiaa on arvioitu ja miten voit antaa "
                "palautetta saavutettavuudesta."
            ),
            "sv": (
                "I det här utlåtandet berättar vi hur tillgänglig tjänsten "
                "Delta i Björneborg är, hur det har bedömts och hur du kan ge "
                "respons om tillgängligheten."
            ),
            "en": (
                "This statement explains how accessible the Take part in Pori "
                "service is, how this has been assessed and how you can give "
                "feedback on accessibility."
            ),
        },
        "search_description": {
            "fi": (
                "Osallistu Pori -palvelun saavutettavuusseloste: "
                "saavutettavuuden tila, tunnetut puutteet, palautteen antaminen ja "
                "valvontaviranomaisen yhteystiedot."
            ),
            "sv": (
                "Tillgänglighetsutlåtande för Delta i Björneborg: "
                "tillgänglighetsstatus, kända brister, hur du ger respons och "
                "tillsynsmyndighetens kontaktuppgifter."
            ),
            "en": (
                "Accessibility statement for Take part in Pori: compliance "
                "status, known problems, how to give feedback and how to contact the "
                "supervisory authority."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Mitä seloste koskee",
                    "sv": "Vad utlåtandet gäller",
                    "en": "What this statement covers",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Tämä seloste koskee Porin kaupungin Osallistu Pori "
                        "-verkkopalvelua sen kaikilla kielillä: suomeksi, "
                        "ruotsiksi ja englanniksi. Palveluun sovelletaan "
                        "digitaalisten palvelujen tarjoamisesta annettua lakia "
                        "(306/2019). Lain saavutettavuusvaatimukset perustuvat "
                        "standardiin EN 301 549 ja WCAG 2.1 -ohjeiston "
                        "AA-tasoon.</p>"
                        "<p>Saavutettavuus tarkoittaa, että mahdollisimman moni "
                        "voi käyttää palvelua, myös ruudunlukijan, näppäimistön "
                        "tai näytön suurennuksen avulla.</p>"
                    ),
                    "sv": (
                        "<p>Det här utlåtandet gäller Björneborgs stads "
                        "webbtjänst Delta i Björneborg på alla dess språk: "
                        "finska, svenska och engelska. På tjänsten tillämpas "
                        "lagen om tillhandahållande av digitala tjänster "
                        "(306/2019). Lagens tillgänglighetskrav bygger på "
                        "standarden EN 301 549 och nivå AA i riktlinjerna "
                        "WCAG 2.1.</p>"
                        "<p>Tillgänglighet betyder att så många som möjligt kan "
                        "använda tjänsten, också med skärmläsare, tangentbord "
                        "eller förstoring av skärmen.</p>"
                    ),
                    "en": (
                        "<p>This statement applies to the City of Pori's Take "
                        "part in Pori online service in all its languages: "
                        "Finnish, Swedish and English. The service is subject "
                        "to the Act on the Provision of Digital Services "
                        "(306/2019). The Act's accessibility requirements are "
                        "based on the standard EN 301 549 and level AA of the "
                        "WCAG 2.1 guidelines.</p>"
                        "<p>Accessibility means that as many people as "
                        "possible can use the service, including with a screen "
                        "reader, a keyboard or screen magnification.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Saavutettavuuden tila",
                    "sv": "Tillgänglighetsstatus",
                    "en": "Compliance status",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Osallistu Pori -palvelu on <b>osittain vaatimusten "
                        "mukainen</b>: se täyttää saavutettavuusvaatimukset "
                        "osittain. Puutteet ja niiden syyt kerrotaan alla.</p>"
                    ),
                    "sv": (
                        "<p>Delta i Björneborg är <b>delvis förenlig</b> med "
                        "kraven: tjänsten uppfyller tillgänglighetskraven "
                        "delvis. Bristerna och orsakerna till dem beskrivs "
                        "nedan.</p>"
                    ),
                    "en": (
                        "<p>Take part in Pori is <b>partially compliant</b>: "
                        "it meets the accessibility requirements in part. The "
                        "non-compliances and the reasons for them are listed "
                        "below.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Miten saavutettavuutta tarkistetaan",
                    "sv": "Hur tillgängligheten kontrolleras",
                    "en": "How accessibility is checked",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelun automaattiset testit ajetaan, kun palvelun "
                        "ohjelmakoodia muutetaan. Ne tarkistavat esimerkkisisällöllä "
                        "sivustokartan kaikki sivut kolmella kielellä, haku- ja "
                        "virhesivut, ilmoittautumislomakkeen sekä hyvinvointirahan "
                        "äänestys- ja hakulomakkeen, myös virheilmoituksineen. "
                        "Tarkistukset ovat:</p>"
                        "<ul>"
                        "<li>axe-core-tarkistin WCAG 2.0-, 2.1- ja 2.2-ohjeistojen "
                        "A- ja AA-tason säännöillä</li>"
                        "<li>HTML-koodin validointi Nu Html Checker "
                        "-validaattorilla</li>"
                        "<li>sivujen mukautuminen 320 CSS-pikselin levyiseen "
                        "näkymään ilman vaakavieritystä (WCAG 1.4.10)</li>"
                        "<li>näkyvä ohituslinkki, johon sarkainnäppäimen "
                        "ensimmäinen painallus vie.</li>"
                        "</ul>"
                        "<p>Tarkistukset koskevat palvelun sivupohjia ja "
                        "esimerkkisisältöä. Toimittajien julkaisemaa sisältöä ei "
                        "tarkisteta automaattisesti ennen julkaisua.</p>"
                        "<p>Automaattiset tarkistukset löytävät vain osan "
                        "saavutettavuuspuutteista. Palvelulle ei ole vielä tehty "
                        "asiantuntijan manuaalista saavutettavuusarviointia.</p>"
                    ),
                    "sv": (
                        "<p>Tjänstens automatiska tester körs när tjänstens "
                        "programkod ändras. Med exempelinnehåll kontrollerar de "
                        "alla sidor i webbplatskartan på tre språk, sök- och "
                        "felsidorna, anmälningsblanketten och blanketterna för "
                        "omröstning och ansökan om välmåendepengar, också med "
                        "felmeddelanden. Kontrollerna är:</p>"
                        "<ul>"
                        "<li>axe-core med reglerna för nivå A och AA i WCAG 2.0, "
                        "2.1 och 2.2</li>"
                        "<li>validering av HTML-koden med Nu Html Checker</li>"
                        "<li>att sidorna anpassar sig till en vy som är 320 "
                        "CSS-pixlar bred utan vågrät rullning (WCAG 1.4.10)</li>"
                        "<li>en synlig länk förbi menyn, som den första "
                        "tryckningen på tabbtangenten leder till.</li>"
                        "</ul>"
                        "<p>Kontrollerna gäller tjänstens sidmallar och "
                        "exempelinnehållet. Innehåll som redaktörerna publicerar "
                        "kontrolleras inte automatiskt före publiceringen.</p>"
                        "<p>Automatiska kontroller hittar bara en del av "
                        "bristerna. Tjänsten har ännu inte genomgått någon "
                        "manuell utvärdering av en sakkunnig.</p>"
                    ),
                    "en": (
                        "<p>The service's automated tests run whenever its code "
                        "is changed. Using example content, they check every "
                        "page in the sitemap in all three languages, the search "
                        "and error pages, the sign-up form and the wellbeing "
                        "money voting and application forms, including their "
                        "error messages. The checks are:</p>"
                        "<ul>"
                        "<li>axe-core with the WCAG 2.0, 2.1 and 2.2 level A and "
                        "AA rules</li>"
                        "<li>validation of the HTML with the Nu Html Checker</li>"
                        "<li>reflow to a view 320 CSS pixels wide without "
                        "horizontal scrolling (WCAG 1.4.10)</li>"
                        "<li>a visible skip link that the first press of the Tab "
                        "key reaches.</li>"
                        "</ul>"
                        "<p>The checks cover the service's page templates and the "
                        "example content. Content that editors publish is not "
                        "checked automatically before it is published.</p>"
                        "<p>Automated checks find only some accessibility "
                        "problems. No manual evaluation by an accessibility "
                        "expert has been carried out yet.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Sisältö, joka ei ole saavutettavaa",
                    "sv": "Innehåll som inte är tillgängligt",
                    "en": "Content that is not accessible",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li><b>Toimittajien julkaisema sisältö:</b> sivujen "
                        "tekstejä, kuvien tekstivastineita ja linkkitekstejä ei "
                        "tarkisteta automaattisesti, joten niissä voi olla "
                        "puutteita (WCAG 1.1.1, 2.4.4). Tekstieditorilla ei voi "
                        "merkitä tekstin sisällä olevan vieraskielisen ilmauksen "
                        "kieltä (WCAG 3.1.2).</li>"
                        "<li><b>Asiakirjat:</b> toimittajien lisäämät PDF- ja "
                        "muut asiakirjat eivät välttämättä ole saavutettavia. "
                        "Niistä voi puuttua esimerkiksi otsikkorakenne tai "
                        "kuvien tekstivastineet (WCAG 1.1.1, 1.3.1).</li>"
                        "<li><b>Kutsujen vastauslomakkeet:</b> neuvostojen "
                        "kutsujen vastauslomakkeita ei vielä tarkisteta "
                        "automaattisilla saavutettavuustesteillä, ja niiden "
                        "kysymykset ja ohjeet kirjoittaa neuvosto.</li>"
                        "</ul>"
                        "<p>Jos tarvitset sisällön toisessa muodossa, kerro siitä "
                        "meille alla olevalla tavalla.</p>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li><b>Innehåll som redaktörerna publicerar:</b> "
                        "sidornas texter, bildernas textalternativ och "
                        "länktexterna kontrolleras inte automatiskt, så de kan "
                        "ha brister (WCAG 1.1.1, 2.4.4). I textredigeraren går "
                        "det inte att ange språket för ett uttryck på ett annat "
                        "språk mitt i en text (WCAG 3.1.2).</li>"
                        "<li><b>Dokument:</b> pdf-filer och andra dokument som "
                        "redaktörerna lägger till är inte nödvändigtvis "
                        "tillgängliga. De kan till exempel sakna rubrikstruktur "
                        "eller textalternativ för bilder (WCAG 1.1.1, "
                        "1.3.1).</li>"
                        "<li><b>Svarsblanketter för inbjudningar:</b> rådens "
                        "svarsblanketter kontrolleras ännu inte med de "
                        "automatiska tillgänglighetstesterna, och frågorna och "
                        "anvisningarna skrivs av rådet.</li>"
                        "</ul>"
                        "<p>Om du behöver innehållet i en annan form, berätta "
                        "det för oss på det sätt som beskrivs nedan.</p>"
                    ),
                    "en": (
                        "<ul>"
                        "<li><b>Content that editors publish:</b> page texts, "
                        "text alternatives of images and link texts are not "
                        "checked automatically, so they may have problems (WCAG "
                        "1.1.1, 2.4.4). The text editor cannot mark the language "
                        "of a phrase in another language within a text (WCAG "
                        "3.1.2).</li>"
                        "<li><b>Documents:</b> PDF files and other documents "
                        "that editors add may not be accessible. They may lack, "
                        "for example, a heading structure or text alternatives "
                        "for images (WCAG 1.1.1, 1.3.1).</li>"
                        "<li><b>Response forms of calls:</b> the councils' "
                        "response forms are not yet checked by the automated "
                        "accessibility tests, and their questions and "
                        "instructions are written by the council.</li>"
                        "</ul>"
                        "<p>If you need content in another format, please tell "
                        "us as described below.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Mitä seloste ei koske",
                    "sv": "Vad utlåtandet inte gäller",
                    "en": "What this statement does not cover",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Ylläpitotyökalu (Wagtail), jolla kaupungin "
                        "henkilöstö ja neuvostojen toimittajat muokkaavat "
                        "sisältöä. Emme ole arvioineet sen saavutettavuutta. Jos "
                        "käytät työkalua ja kohtaat esteitä, ota yhteyttä.</li>"
                        "<li>Muiden verkkopalvelujen sisältö, johon palvelusta "
                        "linkitetään, kuten kaupungin päätösasiakirjat.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Redigeringsverktyget (Wagtail), där stadens "
                        "personal och rådens redaktörer redigerar innehållet. Vi "
                        "har inte bedömt dess tillgänglighet. Om du använder "
                        "verktyget och stöter på hinder, kontakta oss.</li>"
                        "<li>Innehåll i andra webbtjänster som tjänsten länkar "
                        "till, till exempel stadens beslutshandlingar.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>The editing tool (Wagtail) that city staff and the "
                        "councils' editors use to edit content. We have not "
                        "assessed its accessibility. If you use the tool and "
                        "meet barriers, please contact us.</li>"
                        "<li>Content on other online services that the service "
                        "links to, such as the city's decision documents.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Miten seloste on laadittu",
                    "sv": "Hur utlåtandet har utarbetats",
                    "en": "How this statement was prepared",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Seloste perustuu palvelun kehittäjien "
                        "itsearviointiin ja yllä kuvattuihin automaattisiin "
                        "tarkistuksiin. Seloste on laadittu 30.11.2026 ja "
                        "päivitetty 7.12.2026.</p>"
                    ),
                    "sv": (
                        "<p>Utlåtandet bygger på en självbedömning som "
                        "tjänstens utvecklare har gjort och på de automatiska "
                        "kontroller som beskrivs ovan. Utlåtandet har "
                        "utarbetats den 30 november 2026 och uppdaterats den "
                        "7 december 2026.</p>"
                    ),
                    "en": (
                        "<p>This statement is based on a self-assessment by "
                        "the service's developers and on the automated checks "
                        "described above. It was prepared on 30 November 2026 "
                        "and updated on 7 December 2026.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Palaute saavutettavuudesta",
                    "sv": "Respons om tillgängligheten",
                    "en": "Feedback on accessibility",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Huomasitko saavutettavuuspuutteen tai tarvitsetko "
                        "sisällön toisessa muodossa? Lähetä palautetta "
                        "sähköpostilla osoitteeseen "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                        "<p>Kerro viestissäsi, millä sivulla ongelma oli ja "
                        "mitä yritit tehdä. Näin pystymme selvittämään asian "
                        "nopeammin.</p>"
                        "<p>Palautteen käsittelee kaupungin osallisuustiimi. "
                        "Vastaamme <b>14 päivän kuluessa</b>.</p>"
                    ),
                    "sv": (
                        "<p>Har du upptäckt en brist i tillgängligheten, eller "
                        "behöver du innehållet i en annan form? Skicka respons "
                        "per e-post till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                        "<p>Berätta i ditt meddelande på vilken sida problemet "
                        "fanns och vad du försökte göra. Då kan vi reda ut "
                        "saken snabbare.</p>"
                        "<p>Responsen behandlas av stadens delaktighetsteam. Vi "
                        "svarar <b>inom 14 dagar</b>.</p>"
                    ),
                    "en": (
                        "<p>Have you found an accessibility problem, or do you "
                        "need content in another format? Please send feedback "
                        "by email to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                        "<p>Please tell us which page the problem was on and "
                        "what you were trying to do. This helps us look into "
                        "it faster.</p>"
                        "<p>Feedback is handled by the city's participation "
                        "team. We will reply <b>within 14 days</b>.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Valvontaviranomainen",
                    "sv": "Tillsynsmyndighet",
                    "en": "Supervisory authority",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Jos et ole tyytyväinen saamaasi vastaukseen tai et "
                        "saa vastausta 14 päivän kuluessa, voit tehdä ilmoituksen "
                        "valvontaviranomaiselle. Digitaalisten palvelujen "
                        "saavutettavuutta valvoo Liikenne- ja viestintävirasto "
                        "Traficom. Sen verkkosivustolla kerrotaan, miten "
                        "ilmoituksen voi tehdä ja miten asia käsitellään.</p>"
                    ),
                    "sv": (
                        "<p>Om du inte är nöjd med svaret eller inte får något "
                        "svar inom 14 dagar, kan du göra en anmälan till "
                        "tillsynsmyndigheten. Tillgängligheten i digitala "
                        "tjänster övervakas av Transport- och "
                        "kommunikationsverket Traficom. På dess webbplats "
                        "berättas hur du gör en anmälan och hur den "
                        "handläggs.</p>"
                    ),
                    "en": (
                        "<p>If you are not satisfied with the reply, or you do "
                        "not receive a reply within 14 days, you can notify "
                        "the supervisory authority. The accessibility of "
                        "digital services is supervised by the Finnish "
                        "Transport and Communications Agency Traficom. Its "
                        "website explains how to submit a notification and how "
                        "it is handled.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Liikenne- ja viestintävirasto Traficom, "
                        "Digitaalisen esteettömyyden ja saavutettavuuden "
                        "valvontayksikkö</li>"
                        "<li>Verkkosivusto: "
                        '<a href="https://www.saavutettavuusvaatimukset.fi">'
                        "www.saavutettavuusvaatimukset.fi</a></li>"
                        "<li>Sähköposti: "
                        '<a href="mailto:saavutettavuus@traficom.fi">'
                        "saavutettavuus@traficom.fi</a></li>"
                        "<li>Puhelinvaihde: 029 534 5000</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Transport- och kommunikationsverket Traficom, "
                        "enheten för tillsyn över digital tillgänglighet</li>"
                        "<li>Webbplats: "
                        '<a href="https://www.saavutettavuusvaatimukset.fi">'
                        "www.saavutettavuusvaatimukset.fi</a></li>"
                        "<li>E-post: "
                        '<a href="mailto:saavutettavuus@traficom.fi">'
                        "saavutettavuus@traficom.fi</a></li>"
                        "<li>Telefonväxel: 029 534 5000</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>Finnish Transport and Communications Agency "
                        "Traficom, Digital Accessibility Supervision Unit</li>"
                        "<li>Website: "
                        '<a href="https://www.saavutettavuusvaatimukset.fi">'
                        "www.saavutettavuusvaatimukset.fi</a></li>"
                        "<li>Email: "
                        '<a href="mailto:saavutettavuus@traficom.fi">'
                        "saavutettavuus@traficom.fi</a></li>"
                        "<li>Switchboard: +358 29 534 5000</li>"
                        "</ul>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Privacy notice (GDPR Article 13). Retention periods and cookies are
    # not written here: the "retention_periods" and "cookies" blocks render
    # them from the settings that rule them (core/privacy.py).
    # ------------------------------------------------------------------
    {
        "key": "privacy",
        "slug": {
            "fi": "tietosuojaseloste",
            "sv": "dataskyddsbeskrivning",
            "en": "privacy-notice",
        },
        "title": {
            "fi": "Tietosuojaseloste",
            "sv": "Dataskyddsbeskrivning",
            "en": "Privacy notice",
        },
        "intro": {
            "fi": (
                "Tässä selosteessa kerrotaan, mitä henkilötietoja Osallistu Pori "
                "-palvelussa käsitellään, mihin ja millä perusteella, kuinka kauan "
                "niitä säilytetään ja mitä oikeuksia sinulla on."
            ),
            "sv": (
                "Här beskriver vi vilka personuppgifter som behandlas i "
                "tjänsten Delta i Björneborg, för vilka ändamål och på vilken "
                "grund, hur länge de sparas och vilka rättigheter du har."
            ),
            "en": (
                "This notice explains what personal data the Take part in Pori "
                "service processes, for what purposes and on what legal basis, "
                "how long it is kept and what rights you have."
            ),
        },
        "search_description": {
            "fi": (
                "Osallistu Pori -palvelun tietosuojaseloste: mitä tietoja "
                "käsitellään ja miksi, säilytysajat, evästeet ja sinun oikeutesi."
            ),
            "sv": (
                "Dataskyddsbeskrivning för Delta i Björneborg: vilka uppgifter "
                "som behandlas och varför, lagringstider, kakor och dina "
                "rättigheter."
            ),
            "en": (
                "Privacy notice for Take part in Pori: what data is processed "
                "and why, how long it is kept, cookies and your rights."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Rekisterinpitäjä ja yhteystiedot",
                    "sv": "Personuppgiftsansvarig och kontaktuppgifter",
                    "en": "Controller and contact details",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Henkilötietojen rekisterinpitäjä on Porin kaupunki.</p>"
                        "<p>Tietosuojaa koskevat kysymykset ja pyynnöt voit "
                        "lähettää osoitteeseen "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                        "<p>Kaupungin tietosuojavastaavan tavoitat kaupungin "
                        "kirjaamon kautta. Voit myös kirjoittaa yllä olevaan "
                        "osoitteeseen, niin välitämme viestisi "
                        "tietosuojavastaavalle.</p>"
                    ),
                    "sv": (
                        "<p>Personuppgiftsansvarig är Björneborgs stad.</p>"
                        "<p>Frågor och begäranden om dataskydd kan du skicka "
                        "till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                        "<p>Stadens dataskyddsombud når du via stadens "
                        "registratorskontor. Du kan också skriva till adressen "
                        "ovan, så vidarebefordrar vi ditt meddelande till "
                        "dataskyddsombudet.</p>"
                    ),
                    "en": (
                        "<p>The controller of personal data is the City of Pori.</p>"
                        "<p>You can send questions and requests about data "
                        "protection to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                        "<p>You can reach the city's data protection officer "
                        "through the city's registry office. You can also write "
                        "to the address above and we will forward your message "
                        "to the data protection officer.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Palvelun selaaminen",
                    "sv": "Att besöka tjänsten",
                    "en": "Browsing the service",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelun selaaminen ei vaadi käyttäjätiliä, eikä "
                        "sivujen lukeminen tallenna selaimeesi evästeitä. Kieli "
                        "näkyy sivun osoitteessa (/fi/, /sv/, /en/), joten sitä ei "
                        "tallenneta selaimeesi. Emme käytä analytiikkaa tai "
                        "seurantaa emmekä lataa sisältöä muista palveluista.</p>"
                        "<p>Palvelin kirjaa jokaisesta pyynnöstä lokiin "
                        "IP-osoitteen, ajan ja sivun osoitteen ilman kysymysmerkin "
                        "jälkeistä osaa (esimerkiksi hakusanoja tai "
                        "sähköpostilinkkien tunnisteita). Lokia käytetään "
                        "palvelun tietoturvan ylläpitämiseen ja vikojen "
                        "selvittämiseen.</p>"
                        "<p>Peruste: kaupungin yleisen edun mukainen tehtävä "
                        "(EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan "
                        "e alakohta) ja velvollisuus huolehtia käsittelyn "
                        "turvallisuudesta (6 artiklan 1 kohdan c alakohta ja 32 "
                        "artikla).</p>"
                    ),
                    "sv": (
                        "<p>Du behöver inget konto för att besöka tjänsten, och "
                        "inga kakor sparas i din webbläsare när du läser sidorna. "
                        "Språket syns i sidans adress (/fi/, /sv/, /en/) och "
                        "sparas därför inte i din webbläsare. Vi använder ingen "
                        "analys eller spårning och hämtar inget innehåll från "
                        "andra tjänster.</p>"
                        "<p>Servern loggar IP-adressen, tidpunkten och sidans "
                        "adress för varje begäran, utan delen efter frågetecknet "
                        "(till exempel sökord eller koder i e-postlänkar). Loggen "
                        "används för att upprätthålla informationssäkerheten och "
                        "utreda fel.</p>"
                        "<p>Grund: stadens uppgift av allmänt intresse (artikel "
                        "6.1 e i EU:s allmänna dataskyddsförordning) och "
                        "skyldigheten att sörja för säkerheten i behandlingen "
                        "(artikel 6.1 c och artikel 32).</p>"
                    ),
                    "en": (
                        "<p>You do not need an account to browse the service, "
                        "and reading its pages stores no cookies in your browser. "
                        "The language is part of the page address (/fi/, /sv/, "
                        "/en/), so it is not stored in your browser. We use no "
                        "analytics or tracking and load no content from other "
                        "services.</p>"
                        "<p>For every request, the server logs the IP address, "
                        "the time and the page address without the part after "
                        "the question mark (such as search words or the codes in "
                        "email links). The log is used to keep the service secure "
                        "and to investigate faults.</p>"
                        "<p>Legal basis: the city's task in the public interest "
                        "(Article 6(1)(e) of the EU General Data Protection "
                        "Regulation, GDPR) and the obligation to ensure the "
                        "security of processing (Article 6(1)(c) and Article "
                        "32).</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Ilmoittautuminen tilaisuuksiin",
                    "sv": "Anmälan till tillfällen",
                    "en": "Signing up for sessions",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Kysymme nimen, sähköpostiosoitteen, viestiemme kielen ja "
                        "ryhmän koon. Puhelinnumeron voit antaa, jos haluat. Järjestäjä "
                        "voi lisätä lomakkeelle tilaisuutta koskevia kysymyksiä.</li>"
                        "<li>Käytämme tietoja tilaisuuden järjestämiseen: "
                        "paikkojen ja varasijojen jakamiseen "
                        "ilmoittautumisjärjestyksessä sekä vahvistuksen, "
                        "muistutuksen, muutosilmoitusten ja peruutuslinkin "
                        "lähettämiseen.</li>"
                        "<li>Tietoja näkevät vain tilaisuuden järjestäjät ja "
                        "tietopyyntöjä käsittelevät työntekijät. Jokainen "
                        "osallistujalistan katselu ja vienti kirjataan.</li>"
                        "<li>Saavutettavuustarpeet tallennamme vain, jos annat "
                        "niille erillisen suostumuksen. Niitä ei koskaan "
                        "kirjoiteta sähköposteihin.</li>"
                        "</ul>"
                        "<p>Peruste: asukkaiden osallistumis- ja "
                        "vaikuttamismahdollisuuksien edistäminen on kunnan "
                        "lakisääteinen tehtävä (kuntalaki 410/2015, 22 §), ja "
                        "käsittelemme tietoja tämän yleisen edun mukaisen "
                        "tehtävän hoitamiseksi (tietosuoja-asetuksen 6 artiklan 1 "
                        "kohdan e alakohta). Saavutettavuustarpeet voivat kertoa "
                        "terveydestäsi, joten käsittelemme niitä vain "
                        "nimenomaisella suostumuksellasi (9 artiklan 2 kohdan a "
                        "alakohta).</p>"
                        "<p>Voit perua suostumuksesi milloin tahansa: peru "
                        "ilmoittautuminen sähköpostissa olevalla linkillä ja "
                        "valitse, että tietosi poistetaan heti, tai pyydä "
                        "tarpeiden poistamista osoitteesta "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Peruminen ei vaikuta sitä ennen tehtyyn käsittelyyn.</p>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Vi frågar efter namn, e-postadress, språket i våra "
                        "meddelanden och gruppens storlek. Telefonnummer kan du lämna "
                        "om du vill. Arrangören kan lägga till frågor om tillfället "
                        "på blanketten.</li>"
                        "<li>Vi använder uppgifterna för att ordna tillfället: "
                        "för att fördela platser och reservplatser i den ordning "
                        "anmälningarna kommer in och för att skicka bekräftelse, "
                        "påminnelse, meddelanden om ändringar och en länk för "
                        "avbokning.</li>"
                        "<li>Bara tillfällets arrangörer och de anställda som "
                        "handlägger begäranden om uppgifter ser dem. Varje gång "
                        "deltagarlistan visas eller exporteras registreras "
                        "det.</li>"
                        "<li>Tillgänglighetsbehov sparar vi bara om du ger ett "
                        "separat samtycke till det. De skrivs aldrig in i "
                        "e-postmeddelanden.</li>"
                        "</ul>"
                        "<p>Grund: att främja invånarnas möjligheter att delta "
                        "och påverka är en lagstadgad uppgift för kommunen "
                        "(kommunallagen 410/2015, 22 §), och vi behandlar "
                        "uppgifterna för att utföra denna uppgift av allmänt "
                        "intresse (artikel 6.1 e i dataskyddsförordningen). "
                        "Tillgänglighetsbehov kan avslöja något om din hälsa, och "
                        "därför behandlar vi dem bara med ditt uttryckliga "
                        "samtycke (artikel 9.2 a).</p>"
                        "<p>Du kan när som helst återkalla ditt samtycke: avboka "
                        "anmälan med länken i e-postmeddelandet och välj att dina "
                        "uppgifter raderas genast, eller be oss radera behoven "
                        "genom att skriva till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Återkallelsen påverkar inte behandling som skett "
                        "innan.</p>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>We ask for your name, email address, the language of our "
                        "messages and the size of your group. You can give a phone "
                        "number if you wish. The organiser may add questions about "
                        "the session to the form.</li>"
                        "<li>We use the details to arrange the session: to give "
                        "out places and waitlist places in the order people sign "
                        "up, and to send a confirmation, a reminder, notices of "
                        "changes and a cancel link.</li>"
                        "<li>Only the session's organisers and the staff who "
                        "handle data requests see the details. Every time the "
                        "list of participants is viewed or exported, this is "
                        "recorded.</li>"
                        "<li>We store accessibility needs only if you give "
                        "separate consent for them. They are never written into "
                        "emails.</li>"
                        "</ul>"
                        "<p>Legal basis: promoting residents' opportunities to "
                        "take part and influence is a statutory task of the "
                        "municipality (Local Government Act 410/2015, section "
                        "22), and we process the data to carry out this task in "
                        "the public interest (Article 6(1)(e) GDPR). "
                        "Accessibility needs can reveal information about your "
                        "health, so we process them only with your explicit "
                        "consent (Article 9(2)(a)).</p>"
                        "<p>You can withdraw your consent at any time: cancel "
                        "your registration with the link in your email and "
                        "choose to have your details erased at once, or ask us to "
                        "delete your accessibility needs by writing to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Withdrawing consent does not affect processing that "
                        "took place before it.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Neuvostojen kutsut",
                    "sv": "Rådens inbjudningar",
                    "en": "The councils' calls",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Nuorisovaltuusto, vanhusneuvosto ja vammaisneuvosto "
                        "pyytävät kutsuillaan asukkaiden näkemyksiä. "
                        "Vastauslomakkeen kysymykset laatii neuvosto, ja niissä "
                        "voidaan kysyä myös yhteystietojasi. Vastauksesi näkevät "
                        "kutsun julkaissut neuvosto ja kaupungin viestintä.</p>"
                        "<p>Peruste: neuvostot ovat kuntalain (410/2015, 26–28 "
                        "§) edellyttämiä vaikuttamistoimielimiä, ja vastausten "
                        "käsittely on tarpeen tämän kunnan yleisen edun mukaisen "
                        "tehtävän hoitamiseksi (tietosuoja-asetuksen 6 artiklan "
                        "1 kohdan e alakohta).</p>"
                    ),
                    "sv": (
                        "<p>Ungdomsfullmäktige, äldrerådet och rådet för "
                        "personer med funktionsnedsättning ber om invånarnas "
                        "synpunkter med sina inbjudningar. Frågorna på "
                        "svarsblanketten skrivs av rådet, och de kan också gälla "
                        "dina kontaktuppgifter. Ditt svar ses av det råd som "
                        "publicerade inbjudan och av stadens kommunikation.</p>"
                        "<p>Grund: råden är påverkansorgan som kommunallagen "
                        "(410/2015, 26–28 §) kräver, och behandlingen av svaren "
                        "behövs för att utföra denna uppgift av allmänt intresse "
                        "för kommunen (artikel 6.1 e i "
                        "dataskyddsförordningen).</p>"
                    ),
                    "en": (
                        "<p>The youth council, the elderly council and the "
                        "disability council ask for residents' views with their "
                        "calls. The council writes the questions of the response "
                        "form, which may also ask for your contact details. Your "
                        "response is seen by the council that published the "
                        "call and by the city's communications staff.</p>"
                        "<p>Legal basis: the councils are advisory bodies that "
                        "the Local Government Act (410/2015, sections 26–28) "
                        "requires, and processing the responses is needed to "
                        "carry out this task of the municipality in the public "
                        "interest (Article 6(1)(e) GDPR).</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Hyvinvointiraha",
                    "sv": "Välmåendepengar",
                    "en": "Wellbeing money",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Teemaäänestyksessä kysymme sähköpostiosoitteen, "
                        "jotta voimme lähettää vahvistuslinkin ja laskea yhden "
                        "äänen kutakin sähköpostilaatikkoa kohden. Osoitteesta "
                        "tallennetaan myös tiiviste, jonka avulla saman osoitteen "
                        "eri kirjoitusasut tunnistetaan, sekä verkkotunnus, jonka "
                        "avulla työryhmä voi havaita epätavallisia äänirypäitä. "
                        "Osoite, tiiviste ja verkkotunnus poistetaan, kun "
                        "äänestys päättyy.</li>"
                        "<li>Hakemuksessa kysymme hakijan ja yhteyshenkilön "
                        "tiedot (nimi, sähköpostiosoite, puhelinnumero ja "
                        "tarvittaessa y-tunnus), hankkeen tiedot, talousarvion ja "
                        "liitteet. Hakemuksen yksityisen linkin kautta vastaat "
                        "myös työryhmän lisätietopyyntöihin ja raportoit "
                        "hankkeesta.</li>"
                        "<li>Hakemukset arvioi kaupungin työryhmä, ja "
                        "rahoituksesta päättää kaupunginhallitus. Liitteet näkee "
                        "vain työryhmä.</li>"
                        "<li>Rahoitetut hankkeet julkaistaan. Yhdistyksen, "
                        "ryhmän tai yrityksen nimi näytetään. Yksityishenkilönä "
                        "hakeneen nimi näytetään vain, jos hän on antanut siihen "
                        "suostumuksen hakemuksessa.</li>"
                        "</ul>"
                        "<p>Peruste: asukkaiden hyvinvoinnin sekä osallistumis- "
                        "ja vaikuttamismahdollisuuksien edistäminen on kunnan "
                        "lakisääteinen tehtävä (kuntalaki 410/2015, 1 ja 22 §), "
                        "ja käsittelemme tietoja tämän yleisen edun mukaisen "
                        "tehtävän hoitamiseksi (tietosuoja-asetuksen 6 artiklan 1 "
                        "kohdan e alakohta). Yksityishenkilön nimen julkaiseminen "
                        "perustuu suostumukseen (6 artiklan 1 kohdan a alakohta), "
                        "jonka voit perua kirjoittamalla osoitteeseen "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                    ),
                    "sv": (
                        "<ul>"
                        "<li>I omröstningen om teman frågar vi efter din "
                        "e-postadress, så att vi kan skicka en bekräftelselänk "
                        "och räkna en röst per e-postlåda. Av adressen sparas "
                        "också en hashkod, med vars hjälp olika stavningar av "
                        "samma adress känns igen, och domänen, med vars hjälp "
                        "arbetsgruppen kan upptäcka ovanliga grupper av röster. "
                        "Adressen, hashkoden och domänen raderas när omröstningen "
                        "avslutas.</li>"
                        "<li>I ansökan frågar vi efter uppgifter om sökanden och "
                        "kontaktpersonen (namn, e-postadress, telefonnummer och "
                        "vid behov FO-nummer), uppgifter om projektet, budgeten "
                        "och bilagor. Via ansökans privata länk svarar du också "
                        "på arbetsgruppens begäran om mer information och "
                        "rapporterar om projektet.</li>"
                        "<li>Ansökningarna bedöms av stadens arbetsgrupp, och "
                        "stadsstyrelsen beslutar om finansieringen. Bara "
                        "arbetsgruppen ser bilagorna.</li>"
                        "<li>De finansierade projekten publiceras. Namnet på en "
                        "förening, grupp eller ett företag visas. Namnet på en "
                        "privatperson som har sökt visas bara om hen har gett "
                        "sitt samtycke till det i ansökan.</li>"
                        "</ul>"
                        "<p>Grund: att främja invånarnas välbefinnande och deras "
                        "möjligheter att delta och påverka är en lagstadgad "
                        "uppgift för kommunen (kommunallagen 410/2015, 1 och "
                        "22 §), och vi behandlar uppgifterna för att utföra denna "
                        "uppgift av allmänt intresse (artikel 6.1 e i "
                        "dataskyddsförordningen). Att en privatpersons namn "
                        "publiceras grundar sig på samtycke (artikel 6.1 a), som "
                        "du kan återkalla genom att skriva till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                    ),
                    "en": (
                        "<ul>"
                        "<li>In the theme vote we ask for your email address, so "
                        "that we can send a confirmation link and count one vote "
                        "per mailbox. A hash of the address is also stored, so "
                        "that different spellings of the same address are "
                        "recognised, and its domain, so that the working group "
                        "can spot unusual groups of votes. The address, its hash "
                        "and its domain are deleted when the vote closes.</li>"
                        "<li>In an application we ask for details of the "
                        "applicant and the contact person (name, email address, "
                        "phone number and, where needed, business ID), the "
                        "project, its budget and attachments. Through the "
                        "application's private link you also answer the working "
                        "group's requests for more information and report on the "
                        "project.</li>"
                        "<li>Applications are evaluated by a city working group, "
                        "and the city board decides on funding. Only the working "
                        "group sees the attachments.</li>"
                        "<li>Funded projects are published. The name of an "
                        "association, group or company is shown. The name of a "
                        "private individual who applied is shown only if they "
                        "consented to it in the application.</li>"
                        "</ul>"
                        "<p>Legal basis: promoting residents' wellbeing and "
                        "their opportunities to take part and influence is a "
                        "statutory task of the municipality (Local Government "
                        "Act 410/2015, sections 1 and 22), and we process the "
                        "data to carry out this task in the public interest "
                        "(Article 6(1)(e) GDPR). Publishing a private "
                        "individual's name is based on consent (Article "
                        "6(1)(a)), which you can withdraw by writing to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>.</p>'
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Sähköpostit ja virheraportit",
                    "sv": "E-post och felrapporter",
                    "en": "Emails and error reports",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelun lähettämät sähköpostit kulkevat lähtevien "
                        "viestien jonon kautta. Jono säilyttää viestit jonkin "
                        "aikaa, jotta lähettämistä voidaan yrittää uudelleen, jos "
                        "postipalvelin ei vastaa.</p>"
                        "<p>Jos palvelussa tapahtuu virhe, siitä voidaan "
                        "lähettää virheraportti palvelun ylläpitäjille "
                        "sähköpostilla. Raportissa on sivun osoite ilman "
                        "kysymysmerkin jälkeistä osaa, selaimen tekniset tiedot, "
                        "IP-osoite ja kirjautuneen käyttäjän käyttäjätunnus, mutta "
                        "ei lomakkeisiin kirjoitettuja tietoja, evästeitä eikä "
                        "salasanoja.</p>"
                    ),
                    "sv": (
                        "<p>E-postmeddelanden som tjänsten skickar går via en kö "
                        "för utgående meddelanden. Kön sparar meddelandena en "
                        "tid, så att de kan skickas på nytt om e-postservern inte "
                        "svarar.</p>"
                        "<p>Om ett fel uppstår i tjänsten kan en felrapport "
                        "skickas per e-post till dem som underhåller tjänsten. "
                        "Rapporten innehåller sidans adress utan delen efter "
                        "frågetecknet, webbläsarens tekniska uppgifter, "
                        "IP-adressen och en inloggad användares användarnamn, men "
                        "inte uppgifter som skrivits i blanketter, kakor eller "
                        "lösenord.</p>"
                    ),
                    "en": (
                        "<p>Emails that the service sends go through an outbox. "
                        "The outbox keeps messages for a while, so that sending "
                        "can be retried if the mail server does not answer.</p>"
                        "<p>If an error occurs in the service, an error report "
                        "may be emailed to the people who maintain it. The report "
                        "contains the page address without the part after the "
                        "question mark, technical details of the browser, the IP "
                        "address and a signed-in user's username, but not what "
                        "was typed into forms, cookies or passwords.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Henkilöstön ja neuvostojen toimittajien tunnukset",
                    "sv": "Konton för personalen och rådens redaktörer",
                    "en": "Accounts of staff and council editors",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelun sisältöä muokataan ylläpitotyökalulla, "
                        "johon kirjaudutaan henkilökohtaisella tunnuksella ja "
                        "toisella tunnistautumisvaiheella. Käsittelemme käyttäjän "
                        "nimeä, sähköpostiosoitetta, käyttäjätunnusta, salasanan "
                        "tiivistettä, todennussovelluksen avainta ja "
                        "kertakäyttöisiä varakoodeja.</p>"
                        "<p>Tietoturvan vuoksi kirjaamme epäonnistuneet "
                        "kirjautumisyritykset (käyttäjätunnus, IP-osoite ja aika), "
                        "jotta toistuvat yritykset voidaan estää. Kirjaamme myös, "
                        "kuka on katsonut, vienyt tai poistanut asukkaiden "
                        "henkilötietoja ja milloin.</p>"
                        "<p>Peruste: kaupungin yleisen edun mukainen tehtävä "
                        "(tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta). "
                        "Kirjautumis- ja käsittelytiedot kirjataan myös, koska "
                        "tietosuoja-asetus velvoittaa huolehtimaan käsittelyn "
                        "turvallisuudesta (6 artiklan 1 kohdan c alakohta ja 32 "
                        "artikla).</p>"
                    ),
                    "sv": (
                        "<p>Innehållet i tjänsten redigeras i ett "
                        "redigeringsverktyg, där man loggar in med ett personligt "
                        "konto och ett andra identifieringssteg. Vi behandlar "
                        "användarens namn, e-postadress, användarnamn, lösenordets "
                        "hashkod, nyckeln till autentiseringsappen och "
                        "engångskoder för reservinloggning.</p>"
                        "<p>Av säkerhetsskäl registrerar vi misslyckade "
                        "inloggningsförsök (användarnamn, IP-adress och "
                        "tidpunkt), så att upprepade försök kan stoppas. Vi "
                        "registrerar också vem som har visat, exporterat eller "
                        "raderat invånarnas personuppgifter och när.</p>"
                        "<p>Grund: stadens uppgift av allmänt intresse (artikel "
                        "6.1 e i dataskyddsförordningen). Uppgifterna om "
                        "inloggning och behandling registreras också eftersom "
                        "dataskyddsförordningen förpliktar oss att sörja för "
                        "säkerheten i behandlingen (artikel 6.1 c och artikel "
                        "32).</p>"
                    ),
                    "en": (
                        "<p>The content of the service is edited in an editing "
                        "tool, where people sign in with a personal account and "
                        "a second step of authentication. We process the user's "
                        "name, email address, username, a hash of the password, "
                        "the key of their authenticator app and one-time "
                        "recovery codes.</p>"
                        "<p>For security, we record failed sign-in attempts "
                        "(username, IP address and time) so that repeated "
                        "attempts can be blocked. We also record who viewed, "
                        "exported or erased residents' personal data, and "
                        "when.</p>"
                        "<p>Legal basis: the city's task in the public interest "
                        "(Article 6(1)(e) GDPR). Sign-in and processing records "
                        "are also kept because the GDPR obliges us to ensure the "
                        "security of processing (Article 6(1)(c) and Article "
                        "32).</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Kuka tietoja käsittelee",
                    "sv": "Vem som behandlar uppgifterna",
                    "en": "Who processes the data",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Tietoja käsittelevät vain ne kaupungin työntekijät "
                        "ja neuvostojen jäsenet, jotka tarvitsevat niitä "
                        "tehtävässään, kuten yllä kerrotaan.</li>"
                        "<li>Palvelun palvelimista ja teknisestä ylläpidosta "
                        "huolehtii kaupungin tietotekniikkapalvelujen toimittaja, "
                        "ja sähköpostit toimittaa kaupungin sähköpostipalvelu. Ne "
                        "käsittelevät tietoja vain kaupungin lukuun ja sen "
                        "ohjeiden mukaan.</li>"
                        "<li>Emme luovuta tietoja muille, emme myy niitä emmekä "
                        "käytä niitä markkinointiin.</li>"
                        "<li>Tietoja ei siirretä Euroopan unionin tai Euroopan "
                        "talousalueen ulkopuolelle.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Uppgifterna behandlas bara av de anställda vid "
                        "staden och de medlemmar i råden som behöver dem i sitt "
                        "arbete, så som beskrivs ovan.</li>"
                        "<li>Tjänstens servrar och tekniska underhåll sköts av "
                        "stadens leverantör av IT-tjänster, och e-posten "
                        "levereras av stadens e-posttjänst. De behandlar "
                        "uppgifterna bara för stadens räkning och enligt stadens "
                        "anvisningar.</li>"
                        "<li>Vi lämnar inte ut uppgifterna till andra, säljer dem "
                        "inte och använder dem inte för marknadsföring.</li>"
                        "<li>Uppgifterna överförs inte till länder utanför "
                        "Europeiska unionen eller Europeiska ekonomiska "
                        "samarbetsområdet.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>The data is processed only by those city staff and "
                        "council members who need it for their tasks, as "
                        "described above.</li>"
                        "<li>The service's servers and technical maintenance are "
                        "looked after by the city's IT service provider, and "
                        "emails are delivered by the city's email service. They "
                        "process the data only on the city's behalf and on its "
                        "instructions.</li>"
                        "<li>We do not disclose the data to anyone else, sell it "
                        "or use it for marketing.</li>"
                        "<li>The data is not transferred outside the European "
                        "Union or the European Economic Area.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Onko tietojen antaminen pakollista",
                    "sv": "Måste du lämna uppgifter",
                    "en": "Do you have to give your data",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Tietojen antaminen on vapaaehtoista, eikä sinulla ole "
                        "lakiin tai sopimukseen perustuvaa velvollisuutta antaa "
                        "niitä. Ilman sähköpostiosoitetta et kuitenkaan voi "
                        "ilmoittautua, äänestää etkä hakea hyvinvointirahaa, "
                        "koska vahvistukset ja linkit lähetetään sähköpostilla. "
                        "Ilmoittautumisessa puhelinnumero ja "
                        "saavutettavuustarpeet ovat aina vapaaehtoisia.</p>"
                    ),
                    "sv": (
                        "<p>Det är frivilligt att lämna uppgifter, och du har "
                        "ingen skyldighet enligt lag eller avtal att lämna dem. "
                        "Utan e-postadress kan du ändå inte anmäla dig, rösta "
                        "eller söka välmåendepengar, eftersom bekräftelser och "
                        "länkar skickas per e-post. Vid anmälan är telefonnummer "
                        "och tillgänglighetsbehov alltid frivilliga.</p>"
                    ),
                    "en": (
                        "<p>Giving your data is voluntary, and you have no "
                        "statutory or contractual obligation to give it. Without "
                        "an email address, however, you cannot sign up, vote or "
                        "apply for wellbeing money, because confirmations and "
                        "links are sent by email. When you sign up, a phone "
                        "number and accessibility needs are always optional.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Automaattinen päätöksenteko",
                    "sv": "Automatiserat beslutsfattande",
                    "en": "Automated decision-making",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelu ei tee sinua koskevia automaattisia päätöksiä "
                        "eikä profiloi ketään. Paikat ja varasijat jaetaan "
                        "ilmoittautumisjärjestyksessä. Hyvinvointirahasta "
                        "päättävät ihmiset: työryhmä arvioi hakemukset ja "
                        "kaupunginhallitus päättää rahoituksesta.</p>"
                    ),
                    "sv": (
                        "<p>Tjänsten fattar inga automatiserade beslut om dig "
                        "och profilerar ingen. Platser och reservplatser fördelas "
                        "i den ordning anmälningarna kommer in. Om "
                        "välmåendepengarna beslutar människor: arbetsgruppen "
                        "bedömer ansökningarna och stadsstyrelsen beslutar om "
                        "finansieringen.</p>"
                    ),
                    "en": (
                        "<p>The service makes no automated decisions about you "
                        "and does not profile anyone. Places and waitlist places "
                        "are given in the order people sign up. Decisions on "
                        "wellbeing money are made by people: the working group "
                        "evaluates the applications and the city board decides "
                        "on funding.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Kuinka kauan tietoja säilytetään",
                    "sv": "Hur länge uppgifterna sparas",
                    "en": "How long data is kept",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Taulukoissa ovat palvelun tämänhetkiset "
                        "säilytysajat. Ne luetaan suoraan palvelun asetuksista, "
                        "joita myös tietoja poistavat automaattiset ajot "
                        "käyttävät.</p>"
                    ),
                    "sv": (
                        "<p>Tabellerna visar tjänstens nuvarande lagringstider. "
                        "De hämtas direkt från tjänstens inställningar, som också "
                        "de automatiska raderingarna använder.</p>"
                    ),
                    "en": (
                        "<p>The tables show the service's current retention "
                        "periods. They are read directly from the service's "
                        "settings, which the automatic deletions also use.</p>"
                    ),
                },
            ),
            ("retention_periods", None),
            (
                "heading",
                {
                    "fi": "Evästeet",
                    "sv": "Kakor",
                    "en": "Cookies",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Palvelun sivujen lukeminen ei tallenna selaimeesi "
                        "evästeitä. Kun avaat lomakkeen, joka lähettää tietoja "
                        "(ilmoittautuminen, kutsuun vastaaminen, äänestys tai "
                        "hakemus), selaimeesi tallennetaan yksi välttämätön "
                        "tietoturvaeväste. Kirjautuneille käyttäjille "
                        "ylläpitotyökalu asettaa lisäksi omat evästeensä. Emme "
                        "käytä analytiikka-, seuranta- tai mainosevästeitä, joten "
                        "emme kysy evästesuostumusta.</p>"
                    ),
                    "sv": (
                        "<p>Inga kakor sparas i din webbläsare när du läser "
                        "sidorna i tjänsten. När du öppnar en blankett som "
                        "skickar uppgifter (anmälan, svar på en inbjudan, "
                        "omröstning eller ansökan) sparas en nödvändig "
                        "säkerhetskaka i din webbläsare. För inloggade användare "
                        "sätter redigeringsverktyget dessutom egna kakor. Vi "
                        "använder inga kakor för analys, spårning eller reklam "
                        "och ber därför inte om samtycke till kakor.</p>"
                    ),
                    "en": (
                        "<p>Reading the service's pages stores no cookies in "
                        "your browser. When you open a form that sends data "
                        "(signing up, responding to a call, voting or applying), "
                        "one strictly necessary security cookie is stored in "
                        "your browser. For signed-in users, the editing tool also "
                        "sets cookies of its own. We use no analytics, tracking "
                        "or advertising cookies, so we do not ask for cookie "
                        "consent.</p>"
                    ),
                },
            ),
            ("cookies", None),
            (
                "heading",
                {
                    "fi": "Sinun oikeutesi",
                    "sv": "Dina rättigheter",
                    "en": "Your rights",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Sinulla on oikeus:</p>"
                        "<ul>"
                        "<li>saada tietää, mitä tietoja sinusta käsitellään, ja "
                        "saada niistä jäljennös</li>"
                        "<li>vaatia virheellisten tietojen korjaamista</li>"
                        "<li>pyytää tietojesi poistamista</li>"
                        "<li>pyytää käsittelyn rajoittamista</li>"
                        "<li>vastustaa tietojesi käsittelyä erityiseen "
                        "tilanteeseesi liittyvällä perusteella</li>"
                        "<li>saada suostumuksella antamasi tiedot "
                        "koneluettavassa muodossa ja siirtää ne toiselle "
                        "(siirto-oikeus koskee vain suostumukseen perustuvaa "
                        "käsittelyä)</li>"
                        "<li>perua antamasi suostumus milloin tahansa.</li>"
                        "</ul>"
                        "<p>Lähetä pyyntösi osoitteeseen "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Vastaamme kuukauden kuluessa. Voimme pyytää sinua "
                        "vahvistamaan henkilöllisyytesi ennen kuin luovutamme tai "
                        "poistamme tietoja.</p>"
                        "<p>Jos katsot, että tietojasi käsitellään lain "
                        "vastaisesti, voit tehdä valituksen valvontaviranomaiselle, "
                        "tietosuojavaltuutetun toimistolle: "
                        '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                        "<p>Seloste on päivitetty 7.12.2026.</p>"
                    ),
                    "sv": (
                        "<p>Du har rätt att:</p>"
                        "<ul>"
                        "<li>få veta vilka uppgifter om dig som behandlas och få "
                        "en kopia av dem</li>"
                        "<li>kräva att felaktiga uppgifter rättas</li>"
                        "<li>begära att dina uppgifter raderas</li>"
                        "<li>begära att behandlingen begränsas</li>"
                        "<li>invända mot behandlingen av dina uppgifter av skäl "
                        "som hänför sig till din särskilda situation</li>"
                        "<li>få de uppgifter som du har lämnat med samtycke i "
                        "maskinläsbar form och överföra dem till någon annan "
                        "(rätten gäller bara behandling som grundar sig på "
                        "samtycke)</li>"
                        "<li>när som helst återkalla ditt samtycke.</li>"
                        "</ul>"
                        "<p>Skicka din begäran till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Vi svarar inom en månad. Vi kan be dig bekräfta din "
                        "identitet innan vi lämnar ut eller raderar "
                        "uppgifter.</p>"
                        "<p>Om du anser att dina uppgifter behandlas i strid med "
                        "lagen kan du lämna in ett klagomål till "
                        "tillsynsmyndigheten, dataombudsmannens byrå: "
                        '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                        "<p>Beskrivningen uppdaterades den 7 december 2026.</p>"
                    ),
                    "en": (
                        "<p>You have the right to:</p>"
                        "<ul>"
                        "<li>know what data about you is processed and receive "
                        "a copy of it</li>"
                        "<li>have incorrect data corrected</li>"
                        "<li>ask for your data to be erased</li>"
                        "<li>ask for processing to be restricted</li>"
                        "<li>object to the processing of your data on grounds "
                        "relating to your particular situation</li>"
                        "<li>receive the data you gave with your consent in a "
                        "machine-readable format and transfer it to someone else "
                        "(this right applies only to processing based on "
                        "consent)</li>"
                        "<li>withdraw your consent at any time.</li>"
                        "</ul>"
                        "<p>Send your request to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "We reply within one month. We may ask you to confirm "
                        "your identity before we hand over or erase data.</p>"
                        "<p>If you think your data is being processed "
                        "unlawfully, you can lodge a complaint with the "
                        "supervisory authority, the Office of the Data Protection "
                        "Ombudsman: "
                        '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                        "<p>This notice was updated on 7 December 2026.</p>"
                    ),
                },
            ),
        ],
    },
]
