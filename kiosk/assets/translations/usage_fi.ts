<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Käyttötiedot</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Käyttökerrat päivittäin, viimeiset 30 päivää</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Luetaan…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>Käyttölokia ei voi nyt lukea (tallennus ei ole käytettävissä).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ei koskaan</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Odottaa lähetystä: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Viimeisin onnistunut lähetys: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Viimeisin virhe: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ei virheitä</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>Liian vanhoja Matomolle, säilytetään täällä: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Sivuun pantu %1 · hylätty virheellisenä %2 · lähetetty uudelleen %3 · aika korjattu %4</translation>
        </message>
    </context>
</TS>
