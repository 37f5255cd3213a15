<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Kasutusandmed</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Seansse päevas, viimased 30 päeva</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Loen…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>Kasutuslogi ei saa praegu lugeda (salvestamine ei ole võimalik).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>mitte kunagi</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Ootab saatmist: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Viimane õnnestunud saatmine: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Viimane viga: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>puudub</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>Matomo jaoks liiga vanad, hoitakse siin: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Kõrvale pandud %1 · vigasena tagasi lükatud %2 · uuesti saadetud %3 · kuupäev parandatud %4</translation>
        </message>
    </context>
</TS>
