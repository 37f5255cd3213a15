<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · servicepunkt %2 · dator %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>Inställningarna lästes in utan fel.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>Inställningsfilen har %n fel.</numerusform>
                <numerusform>Inställningsfilen har %n fel.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>Kiosken använder de senaste giltiga inställningarna för den här datorn.</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>Konfiguration hämtad från nätet:</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Konfigurationsfil: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Lagringen fungerar.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Lagringen kan inte användas; kiosken betjänar invånarna utan den och försöker igen av sig själv. Orsak: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>Det går inte att skriva i datamappen; kiosken betjänar invånarna från en tillfällig mapp och sparar ingenting efter en omstart. Orsak: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>Blockerade adresser</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adress</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Gånger</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Senast</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>Webbläsaren har inte blockerat någon adress.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>Slutet av loggen</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>Tillbaka till kiosken</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>Avsluta invånarens session</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Lämna kioskläget</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finska</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Svenska</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelska</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ryska</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainska</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Estniska</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabiska</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persiska</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somaliska</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>Översättningarnas statusfil (STATUS.md) kan inte läsas; se loggen.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Inte granskad av en modersmålstalare: %1</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Delad hjälpkö: används inte</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Delad hjälpkö: inte ansluten. %1 Den här datorn håller sin egen kö.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Delad hjälpkö: ansluten (%n dator)</numerusform>
                <numerusform>Delad hjälpkö: ansluten (%n datorer)</numerusform>
            </translation>
        </message>
    </context>
</TS>
