<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>Auttoiko tämä ohje sinua?</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>Kyllä, se auttoi</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>Ei, se ei auttanut</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>Yleiset</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>Kaikki %1 vaihetta tehty</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Vaihe %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Edellinen</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Edellinen vaihe</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Seuraava →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Seuraava vaihe</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Lue ääneen</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>Lue tämä vaihe ääneen</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>Ääneenluku ei ole nyt käytettävissä</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Ääneenluku ei ole nyt käytettävissä</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Tulosta</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>Tulosta koko ohje</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>Palvelun oma sivu, avattavaksi puhelimella tai kotona:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>Kaikki ohjeet</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>Sulje ohje ja näytä kaikki ohjeet</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>Palvelun oma sivu puhelimeesi: skannaa koodi kameralla.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Ohje</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>Tätä kieltä ei voi lukea ääneen</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>Tätä kieltä ei voi lukea ääneen tällä tietokoneella</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>Ohjeet</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>Ohjeet: %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>Näytä kaikki ohjeet</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>Tähän palveluun ei ole vielä ohjeita. Napauta Näytä kaikki ohjeet, niin näet muut ohjeet.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>Missä haluat lukea ohjetta?</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>Palvelun %1 vieressä</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>Palvelun vieressä</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>Näytä ohje palvelun vieressä</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>Koko näytöllä</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>Takaisin ohjeisiin</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← Takaisin: %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>Takaisin palveluun %1</translation>
        </message>
    </context>
</TS>
