<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Tirakoobka isticmaalka</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Fadhiyada maalintii, 30-kii maalmood ee u dambeeyey</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Waa la akhrinayaa…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>Diiwaanka isticmaalka hadda lama akhrin karo (kaydinta lama heli karo).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>weligii</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Sugaya in la diro: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Dirista ugu dambeysay ee guulaysatay: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Khaladkii ugu dambeeyey: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>midna</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>Aad ugu da' weyn Matomo, halkan lagu hayo: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Dhinac la dhigay %1 · loo diiday khalad %2 · mar kale la diray %3 · taariikhda la saxay %4</translation>
        </message>
    </context>
</TS>
