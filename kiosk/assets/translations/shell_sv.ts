<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>Certifikatfilerna som anges i konfigurationen kan inte användas.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>Mäklaren är inte betrodd: dess certifikat är inte signerat av platsens CA i ca_file.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>Mäklarens certifikat är inte utfärdat för adressen i konfigurationen.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>Mäklarens eget certifikat har gått ut.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>Mäklaren avvisade den här datorns certifikat: det har gått ut.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>Mäklaren avvisade den här datorns certifikat: det har återkallats.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>Mäklaren avvisade den här datorns certifikat: det är inte signerat av platsens CA.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>Mäklaren avvisade anslutningen: den behöver den här datorns certifikat.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>Mäklaren stängde anslutningen under TLS-upprättandet: kontrollera den här datorns certifikat.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>Mäklaren avvisade den här datorns inloggning.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>Mäklaren kan inte nås.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Anslutningen till mäklaren misslyckades.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Ännu inte ansluten.</translation>
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
        <message>
            <source>Other languages</source>
            <translation>Andra språk</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Andra språk: öppna listan</translation>
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
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Språk: %1. Välj ett annat språk</translation>
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
        <message>
            <source>Checking…</source>
            <translation>Kontrollerar…</translation>
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
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>Själva tjänsten är på finska, svenska eller engelska. Anvisningen kan finnas bredvid: tryck på Visa anvisning.</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being set up</source>
            <translation>Den här datorn tas i bruk</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Fråga personalen.</translation>
        </message>
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
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>large</source>
            <translation>stor</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>störst</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Textstorlek %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Textstorlek: %1 (%2 av %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Mindre text</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Större text</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Välj språk</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Tillbaka</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Tillbaka utan att byta språk</translation>
        </message>
    </context>
</TS>
