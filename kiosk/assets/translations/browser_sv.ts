<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>BlockedPanel</name>
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
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB-minne eller kort %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Filer från detta besök</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Skicka %n fil</numerusform>
                <numerusform>Skicka %n filer</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Tryck först på en fil</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Skicka den här filen</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Välj filer att skicka</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Välj en fil att skicka</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Filer från ett USB-minne, ett minneskort eller detta besök. Ingenting på datorn ändras.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Sök igen</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Sök efter USB-minne igen</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>Till mappen ovanför</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Filer och mappar</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>Inget USB-minne eller minneskort hittades. Sätt in det i datorn och tryck på "Sök igen".</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>Här finns inga filer som den här tjänsten tar emot.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>%n fil till visas inte. Öppna en mapp för att se färre åt gången.</numerusform>
                <numerusform>%n filer till visas inte. Öppna en mapp för att se färre åt gången.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>Filen kunde inte läsas. Sitter USB-minnet kvar i datorn? Välj filen igen.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Mapp: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>Mapp</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>vald</translation>
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
            <source>Do you want to leave this page?</source>
            <translation>Vill du lämna den här sidan?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>Det du skrev på den här sidan kanske inte sparas.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Lämna sidan</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Stanna på sidan</translation>
        </message>
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
        <name>ServiceErrorPanel</name>
        <message>
            <source>This computer is not connected to the internet</source>
            <translation>Den här datorn är inte ansluten till internet</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Tjänsten kan inte öppnas nu. Vänta en stund och försök igen. Om det fortfarande inte fungerar, be om hjälp.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>Tjänsten hittades inte</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Den här datorn hittade inte tjänsten. Nätverket kan ha ett problem. Vänta en stund och försök igen. Om det fortfarande inte fungerar, be om hjälp.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>Tjänsten svarar för långsamt</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>Tjänsten svarade inte i tid. Den kan ha mycket att göra. Vänta en stund och försök igen.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>Den här sidan kan inte öppnas säkert</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>Anslutningen till tjänsten kunde inte kontrolleras, så sidan öppnades inte. Dina uppgifter är skyddade. Försök igen senare eller be om hjälp.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>Tjänsten har ett fel</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>Tjänsten fungerar inte just nu. Det är inte ditt fel. Vänta en stund och försök igen.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>Sidan slutade fungera</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>Sidan stängdes plötsligt. Det är inte ditt fel. Tryck på Försök igen för att öppna sidan igen.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Tjänster kan inte öppnas just nu</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>Datorns webbläsare kunde inte starta. Det är inte ditt fel. Vänta en stund och försök igen. Guiderna fungerar utan den.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>Den här sidan ber om ett lösenord som den här datorn inte kan ge</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>Du kan inte använda den här sidan på den här datorn. Gå tillbaka till föregående sida eller till startsidan.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>Tjänsten svarar inte</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Tjänsten svarade inte. Den kan vara stängd eller ha mycket att göra. Vänta en stund och försök igen. Om det fortfarande inte fungerar, be om hjälp.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Sidan öppnas igen…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Försök igen</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Tillbaka till föregående sida</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Till startsidan</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Öppna guiderna</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1 hittades inte</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 svarar för långsamt</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1 har ett fel</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 svarar inte</translation>
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
