<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminView</name>
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
        <source>End the resident&apos;s session</source>
        <translation>End the resident&apos;s session</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
</context>
<context>
    <name>BlockedPanel</name>
    <message>
        <source>This page cannot be opened safely</source>
        <translation>This page cannot be opened safely</translation>
    </message>
    <message>
        <source>The connection to this page could not be checked, so it was not opened. Your information is safe. Try again later or ask for help.</source>
        <translation>The connection to this page could not be checked, so it was not opened. Your information is safe. Try again later or ask for help.</translation>
    </message>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation>This page cannot be opened on this computer</translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>Home screen</translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <source>Printing...</source>
        <translation>Printing...</translation>
    </message>
    <message>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Printed. Take your paper from the printer.</translation>
    </message>
    <message>
        <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
        <translation>This computer cannot print right now: no printer is connected. Ask for help.</translation>
    </message>
    <message>
        <source>The printer is still busy. Wait a moment and try again.</source>
        <translation>The printer is still busy. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Printing did not work. Ask for help.</source>
        <translation>Printing did not work. Ask for help.</translation>
    </message>
    <message>
        <source>This file cannot be saved on this computer.</source>
        <translation>This file cannot be saved on this computer.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Print this page</translation>
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
    <name>GuideFeedback</name>
    <message>
        <source>Did this guide help you?</source>
        <translation>Did this guide help you?</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation>Yes, it helped</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation>No, it did not help</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>All %1 steps done</source>
        <translation>All %1 steps done</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Step %1 / %2</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Read this step aloud</source>
        <translation>Read this step aloud</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print the whole guide</source>
        <translation>Print the whole guide</translation>
    </message>
    <message>
        <source>Close guide</source>
        <translation>Close guide</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>All guides</translation>
    </message>
    <message>
        <source>Close the guide and show all guides</source>
        <translation>Close the guide and show all guides</translation>
    </message>
    <message>
        <source>Read this guide on your phone:</source>
        <translation>Read this guide on your phone:</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Read this guide on your phone or at home:</source>
        <translation>Read this guide on your phone or at home:</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Guides for %1</source>
        <translation>Guides for %1</translation>
    </message>
    <message>
        <source>Show all guides</source>
        <translation>Show all guides</translation>
    </message>
    <message>
        <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
        <translation>There are no guides for this service yet. Tap Show all guides to see the others.</translation>
    </message>
    <message>
        <source>Where do you want to read the guide?</source>
        <translation>Where do you want to read the guide?</translation>
    </message>
    <message>
        <source>Next to %1</source>
        <translation>Next to %1</translation>
    </message>
    <message>
        <source>Next to the service</source>
        <translation>Next to the service</translation>
    </message>
    <message>
        <source>Show the guide next to the service</source>
        <translation>Show the guide next to the service</translation>
    </message>
    <message>
        <source>On the whole screen</source>
        <translation>On the whole screen</translation>
    </message>
    <message>
        <source>Back to the guides</source>
        <translation>Back to the guides</translation>
    </message>
    <message>
        <source>← Back to %1</source>
        <translation>← Back to %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
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
        <source>Text size: normal</source>
        <translation>Text size: normal</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Text size: large</translation>
    </message>
    <message>
        <source>Text size: largest</source>
        <translation>Text size: largest</translation>
    </message>
    <message>
        <source>A+ Text size</source>
        <translation>A+ Text size</translation>
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
    <name>KioskPages</name>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation>This page cannot be opened on this computer</translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
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
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>The service says:</source>
        <translation>The service says:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>ServicedWindow</name>
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
</TS>
