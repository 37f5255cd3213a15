<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AdminView</name>
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
        <source>End the resident&apos;s session</source>
        <translation>Avsluta invånarens session</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Lämna kioskläget</translation>
    </message>
</context>
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
    <name>ComingSoon</name>
    <message>
        <source>Guides are coming soon</source>
        <translation>Anvisningarna kommer snart</translation>
    </message>
    <message>
        <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
        <translation>Den här datorn har inga anvisningar ännu. Personalen på servicepunkten kan hjälpa dig.</translation>
    </message>
    <message>
        <source>Asking for help here is coming soon</source>
        <translation>Snart kan du be om hjälp här</translation>
    </message>
    <message>
        <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
        <translation>Du kan inte be om hjälp på den här datorn ännu. Fråga personalen på servicepunkten.</translation>
    </message>
</context>
<context>
    <name>ConfirmEnd</name>
    <message>
        <source>Are you done?</source>
        <translation>Är du klar?</translation>
    </message>
    <message>
        <source>Your information will be removed from this computer.</source>
        <translation>Dina uppgifter tas bort från den här datorn.</translation>
    </message>
    <message>
        <source>Yes, end and remove</source>
        <translation>Ja, avsluta och ta bort</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>Nej, fortsätt</translation>
    </message>
</context>
<context>
    <name>GuideFeedback</name>
    <message>
        <source>Did this guide help you?</source>
        <translation>Hjälpte den här anvisningen dig?</translation>
    </message>
    <message>
        <source>Yes, it helped</source>
        <translation>Ja, den hjälpte</translation>
    </message>
    <message>
        <source>No, it did not help</source>
        <translation>Nej, den hjälpte inte</translation>
    </message>
</context>
<context>
    <name>GuideList</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>All %1 steps done</source>
        <translation>Alla %1 steg klara</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Steg %1 / %2</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Föregående</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Föregående steg</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Read this step aloud</source>
        <translation>Läs upp det här steget</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Print the whole guide</source>
        <translation>Skriv ut hela anvisningen</translation>
    </message>
    <message>
        <source>Close guide</source>
        <translation>Stäng anvisningen</translation>
    </message>
    <message>
        <source>All guides</source>
        <translation>Alla anvisningar</translation>
    </message>
    <message>
        <source>Close the guide and show all guides</source>
        <translation>Stäng anvisningen och visa alla anvisningar</translation>
    </message>
    <message>
        <source>Read this guide on your phone:</source>
        <translation>Läs anvisningen på din telefon:</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anvisning</translation>
    </message>
    <message>
        <source>Read this guide on your phone or at home:</source>
        <translation>Läs anvisningen på din telefon eller hemma:</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>Guides</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <source>Guides for %1</source>
        <translation>Anvisningar: %1</translation>
    </message>
    <message>
        <source>Show all guides</source>
        <translation>Visa alla anvisningar</translation>
    </message>
    <message>
        <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
        <translation>Det finns inga anvisningar för den här tjänsten ännu. Tryck på Visa alla anvisningar för att se de andra.</translation>
    </message>
    <message>
        <source>Where do you want to read the guide?</source>
        <translation>Var vill du läsa anvisningen?</translation>
    </message>
    <message>
        <source>Next to %1</source>
        <translation>Bredvid %1</translation>
    </message>
    <message>
        <source>Next to the service</source>
        <translation>Bredvid tjänsten</translation>
    </message>
    <message>
        <source>Show the guide next to the service</source>
        <translation>Visa anvisningen bredvid tjänsten</translation>
    </message>
    <message>
        <source>On the whole screen</source>
        <translation>På hela skärmen</translation>
    </message>
    <message>
        <source>Back to the guides</source>
        <translation>Tillbaka till anvisningarna</translation>
    </message>
    <message>
        <source>← Back to %1</source>
        <translation>← Tillbaka till %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Tillbaka till %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choose a service. Tap a button.</source>
        <translation>Välj en tjänst. Tryck på en knapp.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Text size: normal</source>
        <translation>Textstorlek: normal</translation>
    </message>
    <message>
        <source>Text size: large</source>
        <translation>Textstorlek: stor</translation>
    </message>
    <message>
        <source>Text size: largest</source>
        <translation>Textstorlek: störst</translation>
    </message>
    <message>
        <source>A+ Text size</source>
        <translation>A+ Textstorlek</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still using this computer?</source>
        <translation>Använder du fortfarande den här datorn?</translation>
    </message>
    <message numerus="yes">
        <source>If you do not continue, everything you did will be removed in %n second(s).</source>
        <translation>
            <numerusform>Om du inte fortsätter tas allt du har gjort bort om %n sekund.</numerusform>
            <numerusform>Om du inte fortsätter tas allt du har gjort bort om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
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
        <translation>⌂ Start</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Be om hjälp</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Avsluta</translation>
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
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n siffra inmatad</numerusform>
            <numerusform>%n siffror inmatade</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>Administratörens PIN-kod</translation>
    </message>
    <message numerus="yes">
        <source>Locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Låst. Försök igen om %n minut.</numerusform>
            <numerusform>Låst. Försök igen om %n minuter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the PIN and press OK.</source>
        <translation>Skriv PIN-koden och tryck på OK.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Rensa PIN-koden</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
<context>
    <name>ServicedWindow</name>
    <message>
        <source>This computer is being serviced</source>
        <translation>Den här datorn är under service</translation>
    </message>
    <message>
        <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
        <translation>Be personalen om hjälp eller kom tillbaka senare. Vi ber om ursäkt för besväret.</translation>
    </message>
</context>
<context>
    <name>SignedOut</name>
    <message>
        <source>You are signed out. Everything was removed.</source>
        <translation>Du är utloggad. Allt har tagits bort.</translation>
    </message>
    <message>
        <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
        <translation>Sidorna du öppnade, dina inloggningar, nedladdade filer och det du kopierade är borta från den här datorn.</translation>
    </message>
    <message>
        <source>The session ended because nobody used the computer.</source>
        <translation>Sessionen avslutades eftersom ingen använde datorn.</translation>
    </message>
</context>
</TS>
