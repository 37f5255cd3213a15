<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Kontrollin…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Haldus</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · teeninduspunkt %2 · arvuti %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Seaded</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>Seaded laaditi vigadeta.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>Seadete failis on %n viga.</numerusform>
                <numerusform>Seadete failis on %n viga.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>Kiosk kasutab selle arvuti viimaseid kehtivaid seadeid.</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Seadete fail: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Salvestamine töötab.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Salvestamist ei saa kasutada; kiosk töötab ilma selleta ja proovib ise uuesti. Põhjus: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>Andmekausta ei saa kirjutada; kiosk töötab ajutisest kaustast ega säilita midagi pärast taaskäivitust. Põhjus: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>Blokeeritud aadressid</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Aadress</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Korda</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Viimane päev</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>Brauser ei ole ühtegi aadressi blokeerinud.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>Logi lõpp</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>Tagasi kioskisse</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>Lõpeta külastaja seanss</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Välju kioskirežiimist</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Soome</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Rootsi</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglise</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Vene</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukraina</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Eesti</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Araabia</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Pärsia</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somaali</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>Tõlgete olekufaili (STATUS.md) ei saa lugeda; vaata logi.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Emakeelne kõneleja ei ole kontrollinud: %1</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>Võrgust laaditud seadistus:</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Ühine abijärjekord: ei ole kasutusel</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Ühine abijärjekord: ühendus puudub. %1 See arvuti peab oma järjekorda.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Ühine abijärjekord: ühendatud (%n arvuti)</numerusform>
                <numerusform>Ühine abijärjekord: ühendatud (%n arvutit)</numerusform>
            </translation>
        </message>
    </context>
</TS>
