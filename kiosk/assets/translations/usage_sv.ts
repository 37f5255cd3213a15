<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Användningsuppgifter</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Sessioner per dag, senaste 30 dagarna</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Läser…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>Användningsloggen kan inte läsas nu (lagringen är inte tillgänglig).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Väntar på att skickas: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Senaste lyckade överföring: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Senaste fel: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>inga</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>För gamla för Matomo, sparas här: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Lagda åt sidan %1 · avvisade som ogiltiga %2 · skickade på nytt %3 · tid rättad %4</translation>
        </message>
    </context>
</TS>
