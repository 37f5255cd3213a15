<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Puhelin %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Avaa verkkosivu skannaamalla koodi puhelimella</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>Mihin tarvitset apua?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>Oma laitteeni</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Jokin muu</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Etunimesi (voit ohittaa tämän)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>Avustaja kutsuu sinua tällä nimellä. Nimi poistetaan, kun olet saanut apua.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Etunimesi</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ohita</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Jatka</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Numerosi on %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Sinun vuorosi: %1 tulee luoksesi</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Sinun vuorosi: avustaja tulee luoksesi</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>Voit jatkaa tietokoneen käyttöä. Numerosi näkyy ylhäällä palkissa.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Jatka asiointia</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Peru avunpyyntö</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>Avustajaa ei ole nyt paikalla</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>Apua saat myös täältä:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Jätä avunpyyntö seuraavaan avustusvuoroon</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Pyydä apua</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Sinun vuorosi: %1 tulee luoksesi</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Sinun vuorosi: avustaja tulee luoksesi</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Apu: numero %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>jonossa %1.</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>maanantaina</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>tiistaina</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>keskiviikkona</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>torstaina</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>perjantaina</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>lauantaina</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>sunnuntaina</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Apua on paikalla nyt (%1 klo %2 asti)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Apua on paikalla nyt</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Apua tänään %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Seuraavan kerran apua: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>Avustusvuoroja ei ole tällä hetkellä suunniteltu.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>Avustajaa ei ole nyt paikalla.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>Avustaja tulee luoksesi pian.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Odotusaika noin %1-%2 minuuttia.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>Olet jonossa seuraavana.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Paikkasi jonossa: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>Avustajan PIN-koodi</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Apujono</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Aihe</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Kukaan ei odota.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Ei paikalla</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>Tänään: %1 autettu · odotus noin %2 · apu kesti noin %3 · %4 odottaa</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>Tänään: ei vielä autettuja · %1 odottaa</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>Tänään: %1 autettu · %2 odottaa</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Kutsu</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>Kutsu valittu henkilö tai seuraava jonossa</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Sulje pyyntö</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>Lopeta vuoro</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Aloita vuoro</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>Olet vuorossa: napauta lopettaaksesi vuorosi</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>Et ole vuorossa: napauta aloittaaksesi vuorosi</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Sulje avustajanäkymä</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>Miten asia päättyi?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Numero %1: vahvista aihe ja napauta sitten, miten asia päättyi</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Ratkesi</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Ohjattu viranomaiselle</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Ohjattu pankkiin</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Tarvitsee ajanvarauksen</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Ei ratkennut</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Takaisin</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>Avustajille</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Avustaja</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>%2 ehti jo kutsua numeron %1</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Näytetään vain tämän koneen jono: yhteistä listaa ei saada. %1</translation>
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
            <translation>odottaa</translation>
        </message>
        <message>
            <source>called</source>
            <translation>kutsuttu</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>avustettavana</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>kone ei ole verkossa</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, vaihe %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nro</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Aihe</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Odottanut</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Etunimi</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Kone</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Tekee nyt</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tila</translation>
        </message>
    </context>
</TS>
