<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>Asetuksissa nimettyjä varmennetiedostoja ei voi käyttää.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>Välittäjään ei luoteta: sen varmennetta ei ole allekirjoittanut ca_file-tiedoston pisteen varmentaja.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>Välittäjän varmenne ei ole tehty asetuksissa olevalle osoitteelle.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>Välittäjän oma varmenne on vanhentunut.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>Välittäjä hylkäsi tämän koneen varmenteen: se on vanhentunut.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>Välittäjä hylkäsi tämän koneen varmenteen: se on mitätöity.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>Välittäjä hylkäsi tämän koneen varmenteen: sitä ei ole allekirjoittanut pisteen varmentaja.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>Välittäjä hylkäsi yhteyden: se tarvitsee tämän koneen varmenteen.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>Välittäjä sulki yhteyden TLS-kättelyn aikana: tarkista tämän koneen varmenne.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>Välittäjä hylkäsi tämän koneen kirjautumisen.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>Välittäjään ei saada yhteyttä.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Yhteys välittäjään epäonnistui.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Yhteyttä ei ole vielä muodostettu.</translation>
        </message>
    </context>
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>Ohjeet tulevat pian</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>Tällä tietokoneella ei vielä ole ohjeita. Palvelupisteen henkilökunta voi auttaa sinua.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>Pian voit pyytää apua myös täältä</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>Tällä tietokoneella ei voi vielä pyytää apua. Kysy palvelupisteen henkilökunnalta.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>Oletko valmis?</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>Tietosi poistetaan tältä tietokoneelta.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>Kyllä, lopeta ja poista</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>Ei, jatka</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>Valitse palvelu. Napauta painiketta.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Kieli: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Suuri kontrasti</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Päällä</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Pois päältä</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Muut kielet</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Muut kielet: avaa luettelo</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>Käytätkö vielä tätä tietokonetta?</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>Jos et jatka, kaikki tekemäsi poistetaan %n sekunnin kuluttua.</numerusform>
                <numerusform>Jos et jatka, kaikki tekemäsi poistetaan %n sekunnin kuluttua.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jatka</translation>
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
            <translation>⌂ Etusivu</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Etusivu</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Takaisin</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Ohjeet</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Pyydä apua</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Lopeta käyttö</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Kieli: %1. Valitse toinen kieli</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n numero syötetty</numerusform>
                <numerusform>%n numeroa syötetty</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>Ylläpitäjän PIN-koodi</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Lukittu. Yritä uudelleen %n minuutin kuluttua.</numerusform>
                <numerusform>Lukittu. Yritä uudelleen %n minuutin kuluttua.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Tarkistetaan…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Väärä PIN-koodi. %n yritys jäljellä.</numerusform>
                <numerusform>Väärä PIN-koodi. %n yritystä jäljellä.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>Kirjoita PIN-koodi ja paina OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>Tyhjennä PIN-koodi</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>Tulostetaan...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Tulostus on valmis. Ota paperi tulostimesta.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>Tällä tietokoneella ei voi nyt tulostaa. Pyydä apua.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Tulostin on vielä käytössä. Odota hetki ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Tulostus ei onnistunut. Pyydä apua.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>Tämän palvelun ohjeet</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>Piilota ohje</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>Piilota palvelun vieressä oleva ohje</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>Näytä ohje</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>Näytä ohje palvelun vieressä</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>Palvelu itse on suomeksi, ruotsiksi tai englanniksi. Ohje voi olla sen vieressä: napauta Näytä ohje.</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being set up</source>
            <translation>Tämä kone otetaan käyttöön</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Kysy henkilökunnalta.</translation>
        </message>
        <message>
            <source>This computer is being serviced</source>
            <translation>Tämä tietokone on huollossa</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>Pyydä apua henkilökunnalta tai tule myöhemmin uudelleen. Pahoittelemme haittaa.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>Olet kirjautunut ulos. Kaikki tiedot poistettiin.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>Avaamasi sivut, kirjautumisesi, ladatut tiedostot ja kopioimasi asiat on poistettu tältä tietokoneelta.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>Käyttö päättyi, koska kukaan ei käyttänyt tietokonetta.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>normaali</translation>
        </message>
        <message>
            <source>large</source>
            <translation>suuri</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>suurin</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Tekstin koko %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Tekstin koko: %1 (%2/%3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Pienempi teksti</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Suurempi teksti</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Valitse kieli</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Takaisin</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Takaisin vaihtamatta kieltä</translation>
        </message>
    </context>
</TS>
