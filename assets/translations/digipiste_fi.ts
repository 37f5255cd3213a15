<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>BlockedPanel</name>
    <message>
        <source>This page cannot be opened safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to this page could not be checked, so it was not opened. Your information is safe. Try again later or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <source>Guides are coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for help here is coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmEnd</name>
    <message>
        <source>Are you done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information will be removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, end and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a service. Tap a button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+ Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still using this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If you do not continue, everything you did will be removed in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Digipiste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>⌂ Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicedWindow</name>
    <message>
        <source>This computer is being serviced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedOut</name>
    <message>
        <source>You are signed out. Everything was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended because nobody used the computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
