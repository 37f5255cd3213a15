<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Tarkistetaan…</translation>
        </message>
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
            <source>Configuration fetched from the network:</source>
            <translation>Verkosta haettu asetustiedosto:</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Asetustiedosto: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Tallennus toimii.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Tallennusta ei voi käyttää; kioski palvelee asukkaita ilman sitä ja yrittää itse uudelleen. Syy: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>Datakansioon ei voi kirjoittaa; kioski palvelee asukkaita väliaikaisesta kansiosta eikä säilytä mitään uudelleenkäynnistyksen yli. Syy: %1</translation>
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
            <source>End the resident's session</source>
            <translation>Lopeta asukkaan käyttö</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Poistu kioskitilasta</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Suomi</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Ruotsi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englanti</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Venäjä</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukraina</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Viro</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabia</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persia</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>Käännösten tilatiedostoa (STATUS.md) ei voi lukea; katso loki.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Ei tarkistettu äidinkielisellä: %1</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Jaettu jono: ei käytössä</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Jaettu jono: ei yhteyttä. %1 Tämä kone pitää oman jononsa.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Jaettu jono: yhteys kunnossa (%n kone)</numerusform>
                <numerusform>Jaettu jono: yhteys kunnossa (%n konetta)</numerusform>
            </translation>
        </message>
    </context>
</TS>
