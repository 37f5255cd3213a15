<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AdminView</name>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>Digipiste %1 · site %2 · terminal %3</source>
        <translation>Digipiste %1 · palvelupiste %2 · tietokone %3</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The configuration loaded without errors.</source>
        <translation>Asetukset latautuivat ilman virheitä.</translation>
    </message>
    <message numerus="yes">
        <source>The configuration file has %n error(s).</source>
        <translation>
            <numerusform>Asetustiedostossa on %n virhe.</numerusform>
            <numerusform>Asetustiedostossa on %n virhettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk is using the last valid configuration of this terminal.</source>
        <translation>Kioski käyttää tämän tietokoneen viimeisimpiä kelvollisia asetuksia.</translation>
    </message>
    <message>
        <source>Refused addresses</source>
        <translation>Estetyt osoitteet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Kertaa</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeksi</translation>
    </message>
    <message>
        <source>The browser has not refused any address.</source>
        <translation>Selain ei ole estänyt yhtään osoitetta.</translation>
    </message>
    <message>
        <source>End of the log</source>
        <translation>Lokin loppu</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Takaisin kioskiin</translation>
    </message>
    <message>
        <source>End the resident&apos;s session</source>
        <translation>Lopeta asukkaan käyttö</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Poistu kioskitilasta</translation>
    </message>
</context>
<context>
    <name>BlockedPanel</name>
    <message>
        <source>This page cannot be opened safely</source>
        <translation>Tätä sivua ei voi avata turvallisesti</translation>
    </message>
    <message>
        <source>The connection to this page could not be checked, so it was not opened. Your information is safe. Try again later or ask for help.</source>
        <translation>Yhteyttä tähän sivuun ei voitu tarkistaa, joten sivua ei avattu. Tietosi ovat turvassa. Yritä myöhemmin uudelleen tai pyydä apua.</translation>
    </message>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation>Tätä sivua ei voi avata tällä tietokoneella</translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation>Tällä tietokoneella voi avata vain etusivun palvelut. Voit palata edelliselle sivulle tai etusivulle.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Osoite: %1</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Takaisin edelliselle sivulle</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>Etusivulle</translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <source>Printing...</source>
        <translation>Tulostetaan...</translation>
    </message>
    <message>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Tulostus on valmis. Ota paperi tulostimesta.</translation>
    </message>
    <message>
        <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
        <translation>Tällä tietokoneella ei voi nyt tulostaa. Tulostinta ei ole kytketty. Pyydä apua.</translation>
    </message>
    <message>
        <source>The printer is still busy. Wait a moment and try again.</source>
        <translation>Tulostin on vielä käytössä. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Printing did not work. Ask for help.</source>
        <translation>Tulostus ei onnistunut. Pyydä apua.</translation>
    </message>
    <message>
        <source>This file cannot be saved on this computer.</source>
        <translation>Tätä tiedostoa ei voi tallentaa tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Osoite: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Tulosta tämä sivu</translation>
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
    <name>GuideFeedback</name>
    <message>
        <source>Did this guide help you?</source>
        <translation>Auttoiko tämä ohje sinua?</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation>Kyllä, se auttoi</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation>Ei, se ei auttanut</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>All %1 steps done</source>
        <translation>Kaikki %1 vaihetta tehty</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Vaihe %1 / %2</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Edellinen</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Seuraava →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lue ääneen</translation>
    </message>
    <message>
        <source>Read this step aloud</source>
        <translation>Lue tämä vaihe ääneen</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Print the whole guide</source>
        <translation>Tulosta koko ohje</translation>
    </message>
    <message>
        <source>Close guide</source>
        <translation>Sulje ohje</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>Kaikki ohjeet</translation>
    </message>
    <message>
        <source>Close the guide and show all guides</source>
        <translation>Sulje ohje ja näytä kaikki ohjeet</translation>
    </message>
    <message>
        <source>Read this guide on your phone:</source>
        <translation>Lue tämä ohje puhelimella:</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Read this guide on your phone or at home:</source>
        <translation>Lue tämä ohje puhelimella tai kotona:</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>Guides for %1</source>
        <translation>Ohjeet: %1</translation>
    </message>
    <message>
        <source>Show all guides</source>
        <translation>Näytä kaikki ohjeet</translation>
    </message>
    <message>
        <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
        <translation>Tähän palveluun ei ole vielä ohjeita. Napauta Näytä kaikki ohjeet, niin näet muut ohjeet.</translation>
    </message>
    <message>
        <source>Where do you want to read the guide?</source>
        <translation>Missä haluat lukea ohjetta?</translation>
    </message>
    <message>
        <source>Next to %1</source>
        <translation>Palvelun %1 vieressä</translation>
    </message>
    <message>
        <source>Next to the service</source>
        <translation>Palvelun vieressä</translation>
    </message>
    <message>
        <source>Show the guide next to the service</source>
        <translation>Näytä ohje palvelun vieressä</translation>
    </message>
    <message>
        <source>On the whole screen</source>
        <translation>Koko näytöllä</translation>
    </message>
    <message>
        <source>Back to the guides</source>
        <translation>Takaisin ohjeisiin</translation>
    </message>
    <message>
        <source>← Back to %1</source>
        <translation>← Takaisin: %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Takaisin palveluun %1</translation>
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
        <source>Text size: normal</source>
        <translation>Tekstin koko: normaali</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Tekstin koko: suuri</translation>
    </message>
    <message>
        <source>Text size: largest</source>
        <translation>Tekstin koko: suurin</translation>
    </message>
    <message>
        <source>A+ Text size</source>
        <translation>A+ Tekstin koko</translation>
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
    <name>KioskPages</name>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation>Tätä sivua ei voi avata tällä tietokoneella</translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation>Tällä tietokoneella voi avata vain etusivun palvelut. Voit palata edelliselle sivulle tai etusivulle.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Osoite: %1</translation>
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
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>The service says:</source>
        <translation>Palvelu kertoo:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
</context>
<context>
    <name>ServicedWindow</name>
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
</TS>
