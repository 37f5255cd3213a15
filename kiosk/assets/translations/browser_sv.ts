<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BlockedPanel</name>
    <message>
        <source>This page cannot be opened safely</source>
        <translation>Den här sidan kan inte öppnas säkert</translation>
    </message>
    <message>
        <source>The connection to this page could not be checked, so it was not opened. Your information is safe. Try again later or ask for help.</source>
        <translation>Anslutningen till den här sidan kunde inte kontrolleras, så sidan öppnades inte. Dina uppgifter är skyddade. Försök igen senare eller be om hjälp.</translation>
    </message>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation>Den här sidan kan inte öppnas på den här datorn</translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation>Den här datorn öppnar bara tjänsterna på startsidan. Du kan gå tillbaka till föregående sida eller till startsidan.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Tillbaka till föregående sida</translation>
    </message>
    <message>
        <source>Home screen</source>
        <translation>Till startsidan</translation>
    </message>
</context>
<context>
    <name>BrowserToolbar</name>
    <message>
        <source>Printing...</source>
        <translation>Skriver ut...</translation>
    </message>
    <message>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Utskriften är klar. Ta ditt papper från skrivaren.</translation>
    </message>
    <message>
        <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
        <translation>Den här datorn kan inte skriva ut just nu. Ingen skrivare är ansluten. Be om hjälp.</translation>
    </message>
    <message>
        <source>The printer is still busy. Wait a moment and try again.</source>
        <translation>Skrivaren är fortfarande upptagen. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>Printing did not work. Ask for help.</source>
        <translation>Det gick inte att skriva ut. Be om hjälp.</translation>
    </message>
    <message>
        <source>This file cannot be saved on this computer.</source>
        <translation>Den här filen kan inte sparas på den här datorn.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Print this page</source>
        <translation>Skriv ut den här sidan</translation>
    </message>
</context>
<context>
    <name>KioskPages</name>
    <message>
        <source>This page cannot be opened on this computer</source>
        <translation>Den här sidan kan inte öppnas på den här datorn</translation>
    </message>
    <message>
        <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
        <translation>Den här datorn öppnar bara tjänsterna på startsidan. Du kan gå tillbaka till föregående sida eller till startsidan.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
</context>
<context>
    <name>PageDialog</name>
    <message>
        <source>The service says:</source>
        <translation>Tjänsten säger:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
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
        <translation>Skriver ut...</translation>
    </message>
    <message>
        <source>Printed. Take your paper from the printer.</source>
        <translation>Utskriften är klar. Ta ditt papper från skrivaren.</translation>
    </message>
    <message>
        <source>This computer cannot print right now. Ask for help.</source>
        <translation>Den här datorn kan inte skriva ut just nu. Be om hjälp.</translation>
    </message>
    <message>
        <source>The printer is still busy. Wait a moment and try again.</source>
        <translation>Skrivaren är fortfarande upptagen. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>Printing did not work. Ask for help.</source>
        <translation>Det gick inte att skriva ut. Be om hjälp.</translation>
    </message>
</context>
<context>
    <name>ServiceArea</name>
    <message>
        <source>Guides for this service</source>
        <translation>Anvisningar för tjänsten</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>Dölj anvisningen</translation>
    </message>
    <message>
        <source>Hide the guide next to the service</source>
        <translation>Dölj anvisningen bredvid tjänsten</translation>
    </message>
    <message>
        <source>Show guide</source>
        <translation>Visa anvisning</translation>
    </message>
    <message>
        <source>Show a guide next to the service</source>
        <translation>Visa en anvisning bredvid tjänsten</translation>
    </message>
</context>
<context>
    <name>ServiceView</name>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
</context>
</TS>
