<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>The certificate files named in the configuration cannot be used.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>The broker's certificate is not made for the address in the configuration.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>The broker's own certificate has expired.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>The broker refused this terminal's certificate: it has expired.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>The broker refused this terminal's certificate: it has been revoked.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>The broker refused this terminal's certificate: it is not signed by the site CA.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>The broker refused the connection: it needs this terminal's certificate.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>The broker closed the connection during TLS set-up: check this terminal's certificate.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>The broker refused this terminal's login.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>The broker cannot be reached.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Connecting to the broker failed.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Not connected yet.</translation>
        </message>
    </context>
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>Guides are coming soon</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>Asking for help here is coming soon</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>You cannot ask for help on this computer yet. Please ask the staff of this service point.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>Are you done?</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>Your information will be removed from this computer.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>Yes, end and remove</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>No, continue</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>Choose a service. Tap a button.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Other languages</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Other languages: open the list</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>Are you still using this computer?</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>If you do not continue, everything you did will be removed in %n second.</numerusform>
                <numerusform>If you do not continue, everything you did will be removed in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
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
            <translation>⌂ Home</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Guides</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Ask for help</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>End session</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Language: %1. Choose another language</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n digit entered</numerusform>
                <numerusform>%n digits entered</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>Administrator PIN</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Locked. Try again in %n minute.</numerusform>
                <numerusform>Locked. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Wrong PIN. %n attempt left.</numerusform>
                <numerusform>Wrong PIN. %n attempts left.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>Type the PIN and press OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>Clear the PIN</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>Printing...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Printed. Take your paper from the printer.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>This computer cannot print right now. Ask for help.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>The printer is still busy. Wait a moment and try again.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Printing did not work. Ask for help.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>Guides for this service</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>Hide guide</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>Hide the guide next to the service</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>Show guide</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>Show a guide next to the service</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being set up</source>
            <translation>This computer is being set up</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Please ask the staff.</translation>
        </message>
        <message>
            <source>This computer is being serviced</source>
            <translation>This computer is being serviced</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>Please ask the staff for help or come back later. We are sorry for the trouble.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>You are signed out. Everything was removed.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>The session ended because nobody used the computer.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>large</source>
            <translation>large</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>largest</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Text size %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Text size: %1 (%2 of %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Choose a language</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Back without changing the language</translation>
        </message>
    </context>
</TS>
