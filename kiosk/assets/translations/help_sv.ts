<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Telefon %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Skanna med telefonen för att öppna webbsidan</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>Vad behöver du hjälp med?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>Min egen apparat</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Något annat</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Ditt förnamn (du kan hoppa över detta)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>Hjälparen ropar upp dig med det här namnet. Det raderas när du har fått hjälp.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Ditt förnamn</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Hoppa över</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsätt</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Ditt nummer är %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Din tur: %1 kommer till dig</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Din tur: en hjälpare kommer till dig</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>Du kan fortsätta använda datorn. Ditt nummer syns i fältet högst upp.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Fortsätt uträtta ärenden</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Återkalla min begäran</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>Ingen hjälpare finns här just nu</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>Du kan också få hjälp här:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Lämna en begäran till nästa hjälptid</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Be om hjälp</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Din tur: %1 kommer till dig</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Din tur: en hjälpare kommer till dig</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Hjälp: nummer %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>plats %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>måndag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>tisdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>fredag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>lördag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>söndag</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Hjälp finns här nu (%1 till kl. %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Hjälp finns här nu</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Hjälp i dag %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Nästa hjälptid: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>Inga hjälptider är planerade just nu.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>Ingen hjälpare finns här just nu.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>En hjälpare kommer snart till dig.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Väntetid cirka %1-%2 minuter.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>Du står näst på tur.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Din plats i kön: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>Hjälparens PIN-kod</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Hjälpkö</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Ämne</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Ingen väntar.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Inte här</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>I dag: %1 hjälpta · väntan cirka %2 · hjälpen tog cirka %3 · %4 väntar</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>I dag: ingen hjälpt ännu · %1 väntar</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>I dag: %1 hjälpta · %2 väntar</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Kalla</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>Kalla den valda personen eller nästa i kön</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Stäng begäran</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>Avsluta passet</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Börja passet</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>Du har pass: tryck för att avsluta passet</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>Du har inget pass: tryck för att börja passet</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Stäng hjälparvyn</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>Hur slutade det?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Nummer %1: bekräfta ämnet och tryck sedan på hur det slutade</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Löstes</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Hänvisad till myndigheten</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Hänvisad till banken</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Behöver en tidsbokning</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Löstes inte</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tillbaka</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>För hjälpare</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Hjälpare</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>%2 har redan kallat nummer %1</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Bara den här datorns kö visas: den gemensamma listan kan inte nås. %1</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>väntar</translation>
        </message>
        <message>
            <source>called</source>
            <translation>uppropad</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>får hjälp</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>datorn är inte ansluten</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, steg %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Ämne</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Väntat</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Förnamn</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Dator</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Gör nu</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Läge</translation>
        </message>
    </context>
</TS>
