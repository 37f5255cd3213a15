<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>BlockedPanel</name>
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
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB-tikku tai kortti %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Tämän käynnin tiedostot</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Lähetä %n tiedosto</numerusform>
                <numerusform>Lähetä %n tiedostoa</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Napauta ensin tiedostoa</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Lähetä tämä tiedosto</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Valitse lähetettävät tiedostot</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Valitse lähetettävä tiedosto</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Tiedostot USB-tikulta, muistikortilta tai tältä käynniltä. Tämän tietokoneen tiedostoja ei muuteta.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Etsi uudelleen</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Etsi USB-tikkua uudelleen</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>Ylempään kansioon</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Tiedostot ja kansiot</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>USB-tikkua tai muistikorttia ei löytynyt. Laita se tietokoneeseen ja paina "Etsi uudelleen".</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>Täällä ei ole tiedostoja, joita tämä palvelu ottaa vastaan.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>%n tiedosto lisää ei näy. Avaa kansio, niin tiedostoja näkyy kerralla vähemmän.</numerusform>
                <numerusform>%n tiedostoa lisää ei näy. Avaa kansio, niin tiedostoja näkyy kerralla vähemmän.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Tarkistetaan…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>Tiedostoa ei voitu lukea. Onko USB-tikku yhä tietokoneessa? Valitse tiedosto uudelleen.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Kansio: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>Kansio</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>valittu</translation>
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
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>Haluatko poistua tältä sivulta?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>Sivulle kirjoittamasi asiat eivät ehkä tallennu.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Poistu sivulta</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Pysy sivulla</translation>
        </message>
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
        <name>ServiceErrorPanel</name>
        <message>
            <source>This computer is not connected to the internet</source>
            <translation>Tämä tietokone ei ole yhteydessä internetiin</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Palvelua ei voi nyt avata. Odota hetki ja yritä uudelleen. Jos se ei vieläkään toimi, pyydä apua.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>Palvelua ei löytynyt</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Tämä tietokone ei löytänyt palvelua. Verkossa voi olla vika. Odota hetki ja yritä uudelleen. Jos se ei vieläkään toimi, pyydä apua.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>Palvelu vastaa liian hitaasti</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>Palvelu ei vastannut ajoissa. Palvelussa voi olla ruuhkaa. Odota hetki ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>Tätä sivua ei voi avata turvallisesti</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>Yhteyttä palveluun ei voitu tarkistaa, joten sivua ei avattu. Tietosi ovat turvassa. Yritä myöhemmin uudelleen tai pyydä apua.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>Palvelussa on vika</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>Palvelu ei toimi juuri nyt. Vika ei ole sinun. Odota hetki ja yritä uudelleen.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>Sivu lakkasi toimimasta</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>Sivu sulkeutui yllättäen. Vika ei ole sinun. Paina Yritä uudelleen, niin sivu avautuu uudelleen.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Palveluja ei voi avata juuri nyt</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>Tietokoneen selain ei käynnistynyt. Vika ei ole sinun. Odota hetki ja yritä uudelleen. Ohjeet toimivat ilman selainta.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>Tämä sivu pyytää salasanaa, jota tämä tietokone ei voi antaa</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>Et voi käyttää tätä sivua tällä tietokoneella. Palaa edelliselle sivulle tai etusivulle.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>Palvelu ei vastaa</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Palvelu ei vastannut. Se voi olla suljettu tai ruuhkainen. Odota hetki ja yritä uudelleen. Jos se ei vieläkään toimi, pyydä apua.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Sivua avataan uudelleen…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Yritä uudelleen</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Takaisin edelliselle sivulle</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Etusivulle</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Avaa ohjeet</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>Palvelua %1 ei löytynyt</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 vastaa liian hitaasti</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>Palvelussa %1 on vika</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 ei vastaa</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>Palvelu</translation>
        </message>
    </context>
</TS>
