<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>Juhendid tulevad varsti</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>Samm-sammulisi juhendeid selles arvutis veel ei ole. Teeninduspunkti töötajad saavad sind aidata.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>Varsti saab siin ka abi küsida</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>Selles arvutis ei saa veel abi küsida. Palun küsi teeninduspunkti töötajatelt.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>Kas oled valmis?</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>Sinu andmed kustutatakse sellest arvutist.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>Jah, lõpeta ja kustuta</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>Ei, jätka</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>Vali teenus. Puuduta nuppu.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Keel: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Suur kontrastsus</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sees</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Väljas</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Teised keeled</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Teised keeled: ava nimekiri</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>Kas kasutad seda arvutit veel?</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>Kui sa ei jätka, kustutatakse kõik, mida tegid, %n sekundi pärast.</numerusform>
                <numerusform>Kui sa ei jätka, kustutatakse kõik, mida tegid, %n sekundi pärast.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jätka</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Digipiste</source>
            <translation>Digipiste</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>⌂ Home</source>
            <translation>⌂ Avaleht</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Avaleht</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Tagasi</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tagasi</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Juhendid</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Küsi abi</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Lõpeta</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Keel: %1. Vali teine keel</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n number sisestatud</numerusform>
                <numerusform>%n numbrit sisestatud</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>Administraatori PIN-kood</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Lukus. Proovi uuesti %n minuti pärast.</numerusform>
                <numerusform>Lukus. Proovi uuesti %n minuti pärast.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Kontrollin…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Vale PIN-kood. Jäänud on %n katse.</numerusform>
                <numerusform>Vale PIN-kood. Jäänud on %n katset.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>Sisesta PIN-kood ja vajuta OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Kustuta</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>Kustuta PIN-kood</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Loobu</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>Prindin...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Valmis. Võta paber printerist.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>Selles arvutis ei saa praegu printida. Küsi abi.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Printer on veel hõivatud. Oota hetk ja proovi uuesti.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Printimine ei õnnestunud. Küsi abi.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>Selle teenuse juhendid</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>Peida juhend</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>Peida teenuse kõrval olev juhend</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>Näita juhendit</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>Näita juhendit teenuse kõrval</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>Teenus ise on soome, rootsi või inglise keeles. Juhend võib olla selle kõrval: puuduta „Näita juhendit“.</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being serviced</source>
            <translation>See arvuti on hoolduses</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>Palun küsi abi töötajatelt või tule hiljem tagasi. Vabandame ebamugavuse pärast.</translation>
        </message>
        <message>
            <source>This computer is being set up</source>
            <translation>Seda arvutit seadistatakse</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Palun küsige töötajatelt.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>Oled välja logitud. Kõik kustutati.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>Avatud lehed, sinu sisselogimised, allalaaditud failid ja kopeeritud asjad on sellest arvutist kustutatud.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>Seanss lõppes, sest keegi ei kasutanud arvutit.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>tavaline</translation>
        </message>
        <message>
            <source>large</source>
            <translation>suur</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>suurim</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Teksti suurus %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Teksti suurus: %1 (%2/%3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Väiksem tekst</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Suurem tekst</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Vali keel</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Tagasi</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Tagasi keelt muutmata</translation>
        </message>
    </context>
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>Seadistuses nimetatud sertifikaadifaile ei saa kasutada.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>Maaklerit ei usaldata: selle sertifikaati ei ole allkirjastanud ca_file'is nimetatud asukoha CA.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>Maakleri sertifikaat ei ole tehtud seadistuses olevale aadressile.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>Maakleri enda sertifikaat on aegunud.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>Maakler keeldus selle arvuti sertifikaadist: see on aegunud.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>Maakler keeldus selle arvuti sertifikaadist: see on tühistatud.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>Maakler keeldus selle arvuti sertifikaadist: asukoha CA ei ole seda allkirjastanud.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>Maakler keeldus ühendusest: see vajab selle arvuti sertifikaati.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>Maakler sulges ühenduse TLS-i loomise ajal: kontrollige selle arvuti sertifikaati.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>Maakler keeldus selle arvuti sisselogimisest.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>Maakleriga ei saa ühendust.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Maakleriga ühendamine ebaõnnestus.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Veel ühendamata.</translation>
        </message>
    </context>
</TS>
