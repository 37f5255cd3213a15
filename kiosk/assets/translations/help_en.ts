<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Phone %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Scan with your phone to open the web page</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>What do you need help with?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>My own device</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Something else</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Your first name (you can skip this)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>The helper calls you by this name. It is deleted when you have been helped.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Your first name</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Your number is %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Your turn: %1 is coming</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Your turn: a helper is coming</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>You can keep using the computer. Your number stays in the bar at the top.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Keep working</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Cancel my request</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>There is no helper here right now</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>You can also get help here:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Leave a request for the next helper hours</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Ask for help</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Your turn: %1 is coming</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Your turn: a helper is coming</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Help: number %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>place %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Help is here now (%1 until %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Help is here now</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Help today %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Next help: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>No helper hours are planned at the moment.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>No helper is here right now.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>A helper will come to you soon.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Waiting time about %1-%2 minutes.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>You are next in line.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Your place in line: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>Helper PIN</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Help queue</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Nobody is waiting.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Not here</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>Today: no one helped yet · %1 waiting</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>Today: %1 helped · %2 waiting</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Call</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>Call the chosen person, or the next one waiting</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Close request</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>End shift</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Start shift</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>You are on shift: tap to end your shift</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>You are not on shift: tap to start your shift</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Close helper view</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>How did it end?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Number %1: confirm the topic, then tap how it ended</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Solved</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Referred to the authority</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Referred to the bank</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Needs an appointment</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Not solved</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>For helpers</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Helper</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>%1 was already called by %2</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Only this terminal's queue is shown: the shared list cannot be reached. %1</translation>
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
            <translation>waiting</translation>
        </message>
        <message>
            <source>called</source>
            <translation>called</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>being helped</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>terminal offline</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, step %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Waited</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Terminal</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Doing now</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
    </context>
</TS>
