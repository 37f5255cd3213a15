<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · site %2 · terminal %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Configuration</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>The configuration loaded without errors.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>The configuration file has %n error.</numerusform>
                <numerusform>The configuration file has %n errors.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>The kiosk is using the last valid configuration of this terminal.</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>Configuration fetched from the network:</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Configuration file: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Storage works.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>Refused addresses</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>The browser has not refused any address.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>End of the log</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>Back to the kiosk</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>End the resident's session</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Leave kiosk mode</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finnish</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Swedish</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainian</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Estonian</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persian</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>The translation status file (STATUS.md) cannot be read; see the log.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Not checked by a native speaker: %1</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Shared help queue: not in use</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Shared help queue: not connected. %1 This terminal keeps its own queue.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Shared help queue: connected (%n terminal)</numerusform>
                <numerusform>Shared help queue: connected (%n terminals)</numerusform>
            </translation>
        </message>
    </context>
</TS>
