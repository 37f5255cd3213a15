<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Waa la hubinayaa…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Maamulka</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · goobta %2 · kombiyuutarka %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Habaynta</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>Habaynta waa la soo raray iyada oo aan khalad lahayn.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>Faylka habaynta waxaa ku jira %n khalad.</numerusform>
                <numerusform>Faylka habaynta waxaa ku jira %n khalad.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>Kiyooskku wuxuu isticmaalayaa habayntii ugu dambeysay ee saxda ahayd ee kombiyuutarkan.</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Faylka habaynta: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Kaydintu way shaqaynaysaa.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Kaydinta lama isticmaali karo; kiyoosku wuu shaqaynayaa la'aanteed wuuna isku dayayaa mar kale. Sababta: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>Galka xogta wax laguma qori karo; kiyoosku wuxuu ka shaqaynayaa gal ku meel gaar ah, waxbana ma hayo marka dib loo shido. Sababta: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>Cinwaannada la xannibay</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Cinwaan</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Jeer</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Maalintii ugu dambeysay</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>Biraawsarku ma xannibin wax cinwaan ah.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>Dhammaadka diiwaanka</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>Ku noqo kiyoosk</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>Dhammee fadhiga booqdaha</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Ka bax habka kiyoosk</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Finnishka</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Iswiidhishka</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Ingiriisiga</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Ruushka</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Yukreeniyaanka</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Estooniyaanka</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Carabiga</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Faarsiga</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Soomaaliga</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>Faylka xaaladda turjumaadda (STATUS.md) lama akhrin karo; eeg diiwaanka.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Qof afka ku hadla kama uusan eegin: %1</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>Habaynta laga soo dejiyay shabakadda:</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Safka caawimada ee wadaagga ah: lama isticmaalo</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Safka caawimada ee wadaagga ah: xiriir ma jiro. %1 Kombiyuutarkani wuxuu haystaa saf u gaar ah.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Safka caawimada ee wadaagga ah: waa xiran yahay (%n kombiyuutar)</numerusform>
                <numerusform>Safka caawimada ee wadaagga ah: waa xiran yahay (%n kombiyuutar)</numerusform>
            </translation>
        </message>
    </context>
</TS>
