<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Telefon %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Skanni kood telefoniga, et avada veebileht</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>Millega sa abi vajad?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>Minu oma seade</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Midagi muud</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Sinu eesnimi (võid selle vahele jätta)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>Abistaja kutsub sind selle nimega. Nimi kustutatakse, kui oled abi saanud.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Sinu eesnimi</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Jäta vahele</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jätka</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Sinu number on %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Sinu kord: %1 tuleb</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Sinu kord: abistaja tuleb</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>Võid arvutit edasi kasutada. Sinu number on näha üleval ribal.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Jätka tööd</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Tühista minu palve</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>Praegu ei ole siin abistajat</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>Abi saad ka siit:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Jäta palve järgmisteks abistamise tundideks</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Küsi abi</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Sinu kord: %1 tuleb</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Sinu kord: abistaja tuleb</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Abi: number %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>koht %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>esmaspäeval</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>teisipäeval</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>kolmapäeval</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>neljapäeval</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>reedel</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>laupäeval</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>pühapäeval</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Abi on praegu kohal (%1 kuni %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Abi on praegu kohal</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Abi täna %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Järgmine abi: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>Abistamise tunde ei ole praegu planeeritud.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>Praegu ei ole siin abistajat.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>Abistaja tuleb varsti sinu juurde.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Ooteaeg umbes %1-%2 minutit.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>Sina oled järjekorras järgmine.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Sinu koht järjekorras: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>Abistaja PIN-kood</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Abi järjekord</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Teema</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Keegi ei oota.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Ei ole kohal</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>Täna: %1 aidatud · ooteaeg umbes %2 · abi kestis umbes %3 · %4 ootab</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>Täna: veel pole kedagi aidatud · %1 ootab</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>Täna: %1 aidatud · %2 ootab</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Kutsu</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>Kutsu valitud inimene või järgmine järjekorras</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Sulge palve</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>Lõpeta vahetus</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Alusta vahetust</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>Sa oled vahetuses: puuduta, et vahetus lõpetada</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>Sa ei ole vahetuses: puuduta, et vahetust alustada</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Sulge abistaja vaade</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>Kuidas see lõppes?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Number %1: kinnita teema, siis puuduta, kuidas see lõppes</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Lahendatud</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Suunatud ametiasutusse</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Suunatud panka</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Vajab vastuvõtuaega</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Ei lahendatud</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Tagasi</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>Abistajatele</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Abistaja</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>Numbri %1 on juba kutsunud %2</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Näidatakse ainult selle arvuti järjekorda: ühist nimekirja ei saa kätte. %1</translation>
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
            <translation>ootab</translation>
        </message>
        <message>
            <source>called</source>
            <translation>kutsutud</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>saab abi</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>arvuti ei ole võrgus</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, samm %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Teema</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Ootas</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Eesnimi</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Arvuti</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Teeb praegu</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Olek</translation>
        </message>
    </context>
</TS>
