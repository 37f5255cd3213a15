<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
