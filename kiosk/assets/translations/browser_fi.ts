<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
</TS>
