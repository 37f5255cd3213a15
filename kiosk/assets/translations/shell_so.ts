<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>Hagayaashu dhowaan ayay imanayaan</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>Hagayaasha tallaabo-tallaabo weli kuma jiraan kombiyuutarkan. Shaqaalaha xaruntan ayaa ku caawin kara.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>Dhowaan halkan ayaad caawimaad ka weydiisan kartaa</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>Weli kombiyuutarkan caawimaad kama weydiisan kartid. Fadlan weydii shaqaalaha xaruntan.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>Ma dhammaysay?</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>Macluumaadkaaga waa laga tirtiri doonaa kombiyuutarkan.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>Haa, dhammee oo tirtir</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>Maya, sii wad</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>Dooro adeeg. Taabo badhan.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Luqadda: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Kala duwanaansho sare</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Shidan</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Demsan</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Luqadaha kale</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Luqadaha kale: fur liiska</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>Weli ma isticmaalaysaa kombiyuutarkan?</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>Haddii aadan sii wadin, wax kasta oo aad samaysay waa la tirtiri doonaa %n ilbiriqsi kadib.</numerusform>
                <numerusform>Haddii aadan sii wadin, wax kasta oo aad samaysay waa la tirtiri doonaa %n ilbiriqsi kadib.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Sii wad</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Digipiste</source>
            <translation>Digipiste</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>⌂ Home</source>
            <translation>⌂ Bogga hore</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Bogga hore</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Dib u noqo</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Dib u noqo</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Hagayaal</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Caawimaad weydiiso</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Dhammee</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Luqadda: %1. Dooro luqad kale</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n lambar ayaa la geliyey</numerusform>
                <numerusform>%n lambar ayaa la geliyey</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>PIN-ka maamulaha</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Waa la xiray. Isku day mar kale %n daqiiqo kadib.</numerusform>
                <numerusform>Waa la xiray. Isku day mar kale %n daqiiqo kadib.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Waa la hubinayaa…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>PIN-ku waa khalad. %n isku day ayaa kuu hadhay.</numerusform>
                <numerusform>PIN-ku waa khalad. %n isku day ayaa kuu hadhay.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>Qor PIN-ka oo riix OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Tirtir</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>Tirtir PIN-ka</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Jooji</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>Waa la daabacayaa...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Waa la daabacay. Warqaddaada ka qaado daabacaha.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>Kombiyuutarkani hadda wax ma daabici karo. Caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Daabacuhu weli wuu mashquulsan yahay. Wax yar sug oo mar kale isku day.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Daabacaaddu may shaqayn. Caawimaad weydiiso.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>Hagaha adeeggan</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>Qari hagaha</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>Qari hagaha ku ag yaal adeegga</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>Muuji hagaha</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>Muuji hage adeegga agtiisa</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>Adeegga laftiisu wuxuu ku qoran yahay af Finnish, af Iswiidhish ama af Ingiriis. Hagahu wuu ag joogi karaa: taabo "Muuji hagaha".</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being serviced</source>
            <translation>Kombiyuutarkan waa la hagaajinayaa</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>Fadlan shaqaalaha caawimaad weydiiso ama mar dambe soo noqo. Raali ka noqo dhibaatada.</translation>
        </message>
        <message>
            <source>This computer is being set up</source>
            <translation>Kombiyuutarkan waa la diyaarinayaa</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Fadlan weydii shaqaalaha.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>Waad ka baxday. Wax walba waa la tirtiray.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>Boggaga aad furtay, galitaankaaga, faylasha aad soo dejisay iyo waxa aad koobiyeysay waa laga tirtiray kombiyuutarkan.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>Fadhigu wuu dhammaaday sababtoo ah qofna ma isticmaalin kombiyuutarka.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>caadi</translation>
        </message>
        <message>
            <source>large</source>
            <translation>weyn</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>ugu weyn</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Cabbirka qoraalka %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Cabbirka qoraalka: %1 (%2 ee %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Qoraal ka yar</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Qoraal ka weyn</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Dooro luqad</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Dib u noqo</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Dib u noqo adigoon luqadda beddelin</translation>
        </message>
    </context>
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>Faylasha shahaadada ee lagu magacaabay habaynta lama isticmaali karo.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>Broker-ka lama aamini karo: shahaadadiisa ma saxiixin CA-da goobta ee ku jirta ca_file.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>Shahaadada broker-ka looma samayn cinwaanka ku jira habaynta.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>Shahaadada broker-ka laftiisa way dhacday.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>Broker-ku wuu diiday shahaadada kombiyuutarkan: way dhacday.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>Broker-ku wuu diiday shahaadada kombiyuutarkan: waa la buriyay.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>Broker-ku wuu diiday shahaadada kombiyuutarkan: CA-da goobta ma saxiixin.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>Broker-ku wuu diiday xiriirka: wuxuu u baahan yahay shahaadada kombiyuutarkan.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>Broker-ku wuu xiray xiriirka intii TLS la diyaarinayay: hubi shahaadada kombiyuutarkan.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>Broker-ku wuu diiday gelitaanka kombiyuutarkan.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>Broker-ka lama gaari karo.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Ku xirmidda broker-ka way fashilantay.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Weli lama xirin.</translation>
        </message>
    </context>
</TS>
