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
                "saavutettavuuden tila, palautteen antaminen ja "
                "valvontaviranomaisen yhteystiedot."
            ),
            "sv": (
                "Tillgänglighetsutlåtande för Delta i Björneborg: "
                "tillgänglighetsstatus, hur du ger respons och "
                "tillsynsmyndighetens kontaktuppgifter."
            ),
            "en": (
                "Accessibility statement for Take part in Pori: compliance "
                "status, how to give feedback and how to contact the "
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
                        "<p>Palvelu on rakennettu täyttämään WCAG 2.1 "
                        "-ohjeiston AA-tason vaatimukset. Jokainen julkaistava "
                        "sivu tarkistetaan ennen julkaisua automaattisesti axe-"
                        "saavutettavuustarkistimella ja Nu HTML "
                        "Checker -validaattorilla.</p>"
                        "<p>Palvelulle ei ole vielä tehty asiantuntijan "
                        "manuaalista saavutettavuusarviointia. Automaattiset "
                        "tarkistukset eivät löydä kaikkia puutteita, joten emme "
                        "vielä ilmoita, täyttääkö palvelu vaatimukset kaikilta "
                        "osin. Päivitämme selosteen, kun arviointi on tehty.</p>"
                    ),
                    "sv": (
                        "<p>Tjänsten har byggts för att uppfylla kraven på nivå "
                        "AA i WCAG 2.1. Varje sida kontrolleras automatiskt "
                        "före publiceringen med tillgänglighetsverktyget axe "
                        "och valideringsverktyget Nu HTML Checker.</p>"
                        "<p>Tjänsten har ännu inte genomgått någon manuell "
                        "utvärdering av en sakkunnig. Automatiska kontroller "
                        "hittar inte alla brister, och därför anger vi ännu "
                        "inte om tjänsten uppfyller kraven i alla delar. Vi "
                        "uppdaterar utlåtandet när utvärderingen har gjorts.</p>"
                    ),
                    "en": (
                        "<p>The service has been built to meet the "
                        "requirements of WCAG 2.1 level AA. Every page is "
                        "checked automatically before it is published, using "
                        "the axe accessibility checker and the Nu HTML "
                        "Checker.</p>"
                        "<p>No manual evaluation by an accessibility expert has "
                        "been carried out yet. Automated checks cannot find "
                        "every problem, so we do not yet state whether the "
                        "service meets the requirements in full. We will "
                        "update this statement once the evaluation has been "
                        "done.</p>"
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
                        "<p>Selosteen laatimishetkellä emme tiedä palvelussa "
                        "olevan sisältöä, joka ei olisi saavutettavaa. Jos "
                        "kuitenkin huomaat puutteen, kerro siitä meille alla "
                        "olevalla tavalla.</p>"
                    ),
                    "sv": (
                        "<p>När utlåtandet skrevs kände vi inte till något "
                        "innehåll i tjänsten som inte är tillgängligt. Om du "
                        "ändå upptäcker en brist, berätta det för oss på det "
                        "sätt som beskrivs nedan.</p>"
                    ),
                    "en": (
                        "<p>At the time of writing, we are not aware of any "
                        "content in the service that is not accessible. If you "
                        "do find a problem, please tell us as described "
                        "below.</p>"
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
                        "itsearviointiin, joka tehtiin marraskuussa 2026. "
                        "Seloste on laadittu 30.11.2026.</p>"
                    ),
                    "sv": (
                        "<p>Utlåtandet bygger på en självbedömning som "
                        "tjänstens utvecklare gjorde i november 2026. "
                        "Utlåtandet har utarbetats den 30 november 2026.</p>"
                    ),
                    "en": (
                        "<p>This statement is based on a self-assessment "
                        "carried out by the service's developers in November "
                        "2026. The statement was prepared on 30 November "
                        "2026.</p>"
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
                        "saa vastausta 14 päivän kuluessa, voit ottaa yhteyttä "
                        "valvontaviranomaiseen. Digitaalisten palvelujen "
                        "saavutettavuutta valvoo Liikenne- ja viestintävirasto "
                        "Traficom. Sen verkkosivustolla kerrotaan, miten "
                        "ilmoituksen voi tehdä.</p>"
                    ),
                    "sv": (
                        "<p>Om du inte är nöjd med svaret eller inte får något "
                        "svar inom 14 dagar, kan du kontakta "
                        "tillsynsmyndigheten. Tillgängligheten i digitala "
                        "tjänster övervakas av Transport- och "
                        "kommunikationsverket Traficom. På dess webbplats "
                        "berättas hur du kan göra en anmälan.</p>"
                    ),
                    "en": (
                        "<p>If you are not satisfied with the reply, or you do "
                        "not receive a reply within 14 days, you can contact "
                        "the supervisory authority. The accessibility of "
                        "digital services is supervised by the Finnish "
                        "Transport and Communications Agency Traficom. Its "
                        "website explains how to submit a report.</p>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Liikenne- ja viestintävirasto Traficom, "
                        "Digitaalisen esteettömyyden valvontayksikkö</li>"
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
                        "Traficom, Digital Accessibility Supervision unit</li>"
                        "<li>Website: "
                        '<a href="https://www.saavutettavuusvaatimukset.fi">'
                        "www.saavutettavuusvaatimukset.fi</a></li>"
                        "<li>Email: "
                        '<a href="mailto:saavutettavuus@traficom.fi">'
                        "saavutettavuus@traficom.fi</a></li>"
                        "<li>Switchboard: 029 534 5000</li>"
                        "</ul>"
                    ),
                },
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Privacy notice
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
                "-palvelussa käsitellään, miksi niitä käsitellään ja mitä "
                "oikeuksia sinulla on."
            ),
            "sv": (
                "Här beskriver vi vilka personuppgifter som behandlas i "
                "tjänsten Delta i Björneborg, varför de behandlas och vilka "
                "rättigheter du har."
            ),
            "en": (
                "This notice explains what personal data the Take part in Pori "
                "service processes, why it is processed and what rights you "
                "have."
            ),
        },
        "search_description": {
            "fi": (
                "Osallistu Pori -palvelun tietosuojaseloste: evästeet, "
                "ilmoittautumistiedot, käsittelyn peruste ja sinun oikeutesi."
            ),
            "sv": (
                "Dataskyddsbeskrivning för Delta i Björneborg: kakor, "
                "anmälningsuppgifter, grunden för behandlingen och dina "
                "rättigheter."
            ),
            "en": (
                "Privacy notice for Take part in Pori: cookies, sign-up "
                "details, the legal basis for processing and your rights."
            ),
        },
        "body": [
            (
                "heading",
                {
                    "fi": "Rekisterinpitäjä",
                    "sv": "Personuppgiftsansvarig",
                    "en": "Controller",
                },
            ),
            (
                "paragraph",
                {
                    "fi": "<p>Henkilötietojen rekisterinpitäjä on Porin kaupunki.</p>",
                    "sv": "<p>Personuppgiftsansvarig är Björneborgs stad.</p>",
                    "en": "<p>The controller of personal data is the City of Pori.</p>",
                },
            ),
            (
                "heading",
                {
                    "fi": "Mitä tietoja käsittelemme nyt",
                    "sv": "Vilka uppgifter vi behandlar nu",
                    "en": "What we process now",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>Palvelun selaaminen ei vaadi käyttäjätiliä. Emme "
                        "käytä seuranta- tai analytiikkaevästeitä.</li>"
                        "<li>Palvelu tallentaa selaimeesi teknisesti "
                        "välttämättömän evästeen, joka muistaa valitsemasi kielen.</li>"
                        "<li>Kirjautuneille kaupungin työntekijöille asetetaan "
                        "lisäksi istunto- ja tietoturvaevästeet. Asukkaille "
                        "niitä ei aseteta.</li>"
                        "<li>Palvelin tallentaa tietoturvan vuoksi lokitietoja, "
                        "kuten IP-osoitteen ja käynnin ajankohdan. Lokit "
                        "säilytetään vain lyhyen ajan.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Du behöver inget konto för att använda tjänsten. "
                        "Vi använder inga kakor för spårning eller "
                        "analys.</li>"
                        "<li>Tjänsten sparar en tekniskt nödvändig kaka i din "
                        "webbläsare som kommer ihåg vilket språk du har valt.</li>"
                        "<li>För inloggade anställda vid staden används dessutom "
                        "sessions- och säkerhetskakor. För invånarna används de "
                        "inte.</li>"
                        "<li>Servern sparar loggar av säkerhetsskäl, till "
                        "exempel IP-adress och tidpunkt för besöket. Loggarna "
                        "sparas bara en kort tid.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>You do not need an account to browse the service. "
                        "We do not use tracking or analytics cookies.</li>"
                        "<li>The service stores one strictly necessary cookie "
                        "in your browser that remembers the language you have chosen.</li>"
                        "<li>Signed-in city staff also receive session and "
                        "security cookies. These are not set for "
                        "residents.</li>"
                        "<li>For security, the server keeps logs such as IP "
                        "addresses and the time of each visit. Logs are kept "
                        "only for a short time.</li>"
                        "</ul>"
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
                        "<li>Saavutettavuustarpeet tallennamme vain, jos rastitat niitä "
                        "varten erillisen suostumuksen. Niitä näkevät vain tilaisuuden "
                        "järjestäjät, eikä niitä koskaan kirjoiteta sähköposteihin. "
                        "Ne poistetaan automaattisesti, kun tilaisuus päättyy.</li>"
                        "<li>Nimi, sähköpostiosoite, puhelinnumero ja vastaukset "
                        "anonymisoidaan automaattisesti 30 päivän kuluttua tilaisuuden "
                        "päättymisestä. Osallistujamäärä ja läsnäolo jäävät tilastoksi "
                        "ilman nimiä.</li>"
                        "<li>Lähettämämme viestit (vahvistus, muistutus, muutokset) "
                        "säilyvät lähtevien viestien jonossa 14 päivää, minkä jälkeen "
                        "ne poistetaan.</li>"
                        "<li>Osallistujalistaa näkevät vain tilaisuuden järjestäjät, ja "
                        "jokainen listan katselu ja vienti kirjataan.</li>"
                        "<li>Voit perua ilmoittautumisesi sähköpostin linkillä ja "
                        "poistaa samalla tietosi. Voit myös pyytää kaupunkia näyttämään "
                        "tai poistamaan kaikki ilmoittautumisesi.</li>"
                        "<li>Ilmoittautumislomake asettaa selaimeesi yhden "
                        "välttämättömän tietoturvaevästeen, joka suojaa lomaketta "
                        "väärennetyiltä lähetyksiltä.</li>"
                        "<li>Emme koskaan myy tietoja emmekä käytä niitä "
                        "markkinointiin.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>Vi frågar efter namn, e-postadress, språket i våra "
                        "meddelanden och gruppens storlek. Telefonnummer kan du lämna "
                        "om du vill. Arrangören kan lägga till frågor om tillfället "
                        "på blanketten.</li>"
                        "<li>Tillgänglighetsbehov sparar vi bara om du kryssar i ett "
                        "separat samtycke för dem. Bara tillfällets arrangörer ser "
                        "dem, och de skrivs aldrig in i e-postmeddelanden. De raderas "
                        "automatiskt när tillfället är slut.</li>"
                        "<li>Namn, e-postadress, telefonnummer och svar anonymiseras "
                        "automatiskt 30 dagar efter att tillfället har slutat. Antalet "
                        "deltagare och närvaron blir kvar som statistik utan "
                        "namn.</li>"
                        "<li>Meddelandena vi skickar (bekräftelse, påminnelse, "
                        "ändringar) sparas i kön för utgående meddelanden i 14 dagar "
                        "och raderas sedan.</li>"
                        "<li>Bara tillfällets arrangörer ser deltagarlistan, och varje "
                        "gång listan visas eller exporteras registreras det.</li>"
                        "<li>Du kan avboka din anmälan med länken i e-postmeddelandet "
                        "och samtidigt radera dina uppgifter. Du kan också be staden "
                        "visa eller radera alla dina anmälningar.</li>"
                        "<li>Anmälningsblanketten sparar en nödvändig säkerhetskaka i "
                        "din webbläsare. Den skyddar blanketten mot förfalskade "
                        "inskick.</li>"
                        "<li>Vi säljer aldrig uppgifterna och använder dem inte för "
                        "marknadsföring.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>We ask for your name, email address, the language of our "
                        "messages and the size of your group. You can give a phone "
                        "number if you wish. The organiser may add questions about "
                        "the session to the form.</li>"
                        "<li>We store accessibility needs only if you tick a separate "
                        "consent box for them. Only the session's organisers see "
                        "them, and they are never written into emails. They are "
                        "deleted automatically when the session ends.</li>"
                        "<li>Your name, email address, phone number and answers are "
                        "anonymised automatically 30 days after the session ends. The "
                        "number of participants and attendance remain as statistics "
                        "without names.</li>"
                        "<li>The messages we send (confirmation, reminder, changes) "
                        "stay in our outgoing mail queue for 14 days and are then "
                        "deleted.</li>"
                        "<li>Only the session's organisers see the list of "
                        "participants, and every time it is viewed or exported, this "
                        "is recorded.</li>"
                        "<li>You can cancel your registration with the link in your "
                        "email and erase your details at the same time. You can also "
                        "ask the city to show or erase all your registrations.</li>"
                        "<li>The sign-up form stores one strictly necessary security "
                        "cookie in your browser. It protects the form against forged "
                        "submissions.</li>"
                        "<li>We never sell the details or use them for "
                        "marketing.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Miksi saamme käsitellä tietoja",
                    "sv": "Varför vi får behandla uppgifterna",
                    "en": "Our legal basis",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Asukkaiden osallistumisen edistäminen on kunnan "
                        "lakisääteinen tehtävä (kuntalaki 410/2015, 22 §). "
                        "Käsittelemme tietoja, koska se on tarpeen tämän "
                        "yleisen edun mukaisen tehtävän hoitamiseksi.</p>"
                        "<p>Saavutettavuuteen liittyvät tarpeet voivat kertoa "
                        "terveydestäsi. Siksi käsittelemme niitä vain "
                        "nimenomaisella suostumuksellasi, jonka voit perua "
                        "milloin tahansa.</p>"
                    ),
                    "sv": (
                        "<p>Att främja invånarnas delaktighet är en lagstadgad "
                        "uppgift för kommunen (kommunallagen 410/2015, 22 §). "
                        "Vi behandlar uppgifterna eftersom det behövs för att "
                        "utföra denna uppgift av allmänt intresse.</p>"
                        "<p>Behov som gäller tillgänglighet kan avslöja något "
                        "om din hälsa. Därför behandlar vi dem bara med ditt "
                        "uttryckliga samtycke, som du kan återkalla när som "
                        "helst.</p>"
                    ),
                    "en": (
                        "<p>Promoting residents' participation is a statutory "
                        "task of the municipality (Local Government Act "
                        "410/2015, section 22). We process the data because it "
                        "is needed to carry out this task in the public "
                        "interest.</p>"
                        "<p>Accessibility needs can reveal information about "
                        "your health. That is why we process them only with "
                        "your explicit consent, which you can withdraw at any "
                        "time.</p>"
                    ),
                },
            ),
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
                    "fi": "<p>Sinulla on oikeus:</p>",
                    "sv": "<p>Du har rätt att:</p>",
                    "en": "<p>You have the right to:</p>",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<ul>"
                        "<li>saada tietää, mitä tietoja sinusta "
                        "käsitellään</li>"
                        "<li>vaatia virheellisten tietojen korjaamista</li>"
                        "<li>pyytää tietojesi poistamista</li>"
                        "<li>pyytää käsittelyn rajoittamista</li>"
                        "<li>vastustaa tietojesi käsittelyä.</li>"
                        "</ul>"
                    ),
                    "sv": (
                        "<ul>"
                        "<li>få veta vilka uppgifter om dig som behandlas</li>"
                        "<li>kräva att felaktiga uppgifter rättas</li>"
                        "<li>begära att dina uppgifter raderas</li>"
                        "<li>begära att behandlingen begränsas</li>"
                        "<li>invända mot behandlingen av dina uppgifter.</li>"
                        "</ul>"
                    ),
                    "en": (
                        "<ul>"
                        "<li>know what data about you is processed</li>"
                        "<li>have incorrect data corrected</li>"
                        "<li>ask for your data to be erased</li>"
                        "<li>ask for processing to be restricted</li>"
                        "<li>object to the processing of your data.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Jos katsot, että tietojasi käsitellään lain "
                        "vastaisesti, voit tehdä valituksen "
                        "Tietosuojavaltuutetun toimistolle: "
                        '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                    ),
                    "sv": (
                        "<p>Om du anser att dina uppgifter behandlas i strid "
                        "med lagen kan du lämna in ett klagomål till "
                        "Dataombudsmannens byrå: "
                        '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                    ),
                    "en": (
                        "<p>If you think your data is being processed "
                        "unlawfully, you can lodge a complaint with the Office "
                        "of the Data Protection Ombudsman: "
                        '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                    ),
                },
            ),
            (
                "heading",
                {
                    "fi": "Yhteydenotot",
                    "sv": "Kontakt",
                    "en": "Contact",
                },
            ),
            (
                "paragraph",
                {
                    "fi": (
                        "<p>Lähetä tietosuojaa koskevat kysymykset ja pyynnöt, "
                        "esimerkiksi pyyntö saada omat tietosi nähtäväksi, "
                        "osoitteeseen "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Välitämme ne kaupungin tietosuojavastaavalle.</p>"
                    ),
                    "sv": (
                        "<p>Skicka frågor och begäranden som gäller dataskydd, "
                        "till exempel en begäran om att få se dina egna uppgifter, "
                        "till "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "Vi vidarebefordrar dem till stadens "
                        "dataskyddsombud.</p>"
                    ),
                    "en": (
                        "<p>Please send questions and requests about data "
                        "protection, such as a request to see your own data, to "
                        '<a href="mailto:osallistu@pori.fi">osallistu@pori.fi</a>. '
                        "We will forward them to the city's data protection "
                        "officer.</p>"
                    ),
                },
            ),
        ],
    },
]
