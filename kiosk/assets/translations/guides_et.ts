<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>Kas see juhend aitas sind?</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>Jah, aitas</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>Ei, ei aidanud</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>Üldine</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>Kõik %1 sammu tehtud</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Samm %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Eelmine</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Eelmine samm</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Järgmine →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Järgmine samm</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Loe ette</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>Loe see samm ette</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>Ettelugemine ei ole praegu võimalik</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Ettelugemine ei ole praegu võimalik</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Prindi</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>Prindi kogu juhend</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>Teenuse enda leht, mida saad avada telefonis või kodus:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>Kõik juhendid</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>Sulge juhend ja näita kõiki juhendeid</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>Teenuse leht sinu telefonis: skanni kood kaameraga.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Juhend</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>Seda keelt ei saa ette lugeda</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>Selles arvutis ei saa seda keelt ette lugeda</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>Juhendid</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>Juhendid: %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>Näita kõiki juhendeid</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>Selle teenuse kohta ei ole veel juhendeid. Puuduta „Näita kõiki juhendeid“, et näha teisi.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>Kus soovid juhendit lugeda?</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>Teenuse %1 kõrval</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>Teenuse kõrval</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>Näita juhendit teenuse kõrval</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>Kogu ekraanil</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>Tagasi juhendite juurde</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← Tagasi: %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>Tagasi teenusesse %1</translation>
        </message>
    </context>
</TS>
