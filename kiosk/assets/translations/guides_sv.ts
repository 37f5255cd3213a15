<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
            <source>Read aloud is not available now</source>
            <translation>Uppläsning finns inte just nu</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Uppläsning finns inte just nu</translation>
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
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>Tjänstens egen sida, att öppna i telefonen eller hemma:</translation>
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
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>Tjänstens egen sida i din telefon: skanna koden med kameran.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Anvisning</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>Det här språket kan inte läsas upp</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>Det här språket kan inte läsas upp på den här datorn</translation>
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
</TS>
