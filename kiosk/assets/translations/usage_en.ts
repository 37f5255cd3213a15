<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Usage figures</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Sessions per day, last 30 days</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>The usage log cannot be read now (storage unavailable).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Waiting to be sent: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Last successful sync: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>Too old for Matomo, kept here: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</translation>
        </message>
    </context>
</TS>
