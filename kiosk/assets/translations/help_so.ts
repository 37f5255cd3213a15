<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>Taleefan %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>Taleefankaaga ku sawir si aad u furto bogga internetka</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>Maxaad caawimaad ugu baahan tahay?</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>Qalabkayga</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Wax kale</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>Magacaaga koowaad (waad ka boodi kartaa)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>Caawiyuhu wuxuu kugu yeeri doonaa magacan. Waa la tirtirayaa marka lagu caawiyo.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Magacaaga koowaad</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ka bood</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Sii wad</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>Lambarkaagu waa %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Waa kuu wareegtay: %1 ayaa imanaya</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Waa kuu wareegtay: caawiye ayaa imanaya</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>Waad sii isticmaali kartaa kombiyuutarka. Lambarkaagu wuxuu ku jiraa xariiqda sare.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Sii shaqee</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>Jooji codsigayga</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>Hadda halkan caawiye ma joogo</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>Sidoo kale halkan caawimaad ka heli kartaa:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>Codsi u dhaaf saacadaha caawinta ee xiga</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Caawimaad weydiiso</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>Waa kuu wareegtay: %1 ayaa imanaya</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>Waa kuu wareegtay: caawiye ayaa imanaya</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>Caawimaad: lambarka %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>kaalinta %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>Isniinta</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Talaadada</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Arbacada</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Khamiista</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Jimcaha</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Sabtida</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Axadda</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>Caawimaad ayaa hadda joogta (%1 ilaa %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>Caawimaad ayaa hadda joogta</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>Caawimaad maanta %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>Caawimaadda xigta: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>Hadda saacado caawin ah lama qorsheyn.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>Hadda halkan caawiye ma joogo.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>Caawiye ayaa dhowaan kuu imanaya.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>Waqtiga sugitaanka qiyaastii %1-%2 daqiiqo.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>Adiga ayaa safka ku xiga.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>Kaalintaada safka: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>PIN-ka caawiyaha</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 daq</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>Safka caawimaadda</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Mawduuc</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>Qofna ma sugayo.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>Ma joogo</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>Maanta: %1 la caawiyey · sugitaan qiyaastii %2 · caawintu waxay qaadatay qiyaastii %3 · %4 sugaya</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>Maanta: weli cidna lama caawin · %1 sugaya</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>Maanta: %1 la caawiyey · %2 sugaya</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>U yeer</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>U yeer qofka la doortay ama kan xiga ee sugaya</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>Xir codsiga</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>Dhammee shaqada</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>Bilow shaqada</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>Shaqada ayaad ku jirtaa: taabo si aad u dhammayso shaqada</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>Shaqada kuma jirtid: taabo si aad u bilowdo shaqada</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>Xir shaashadda caawiyaha</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>Sidee ku dhammaatay?</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>Lambarka %1: xaqiiji mawduuca, kadibna taabo sida ay ku dhammaatay</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>Waa la xalliyey</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>Loo diray hay'adda</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>Loo diray bangiga</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>Wuxuu u baahan yahay ballan</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>Lama xallin</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Dib u noqo</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>Caawiyayaasha</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>Caawiye</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>Lambarka %1 waxaa hore ugu yeeray %2</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>Kaliya safka kombiyuutarkan ayaa la muujinayaa: liiska guud lama gaari karo. %1</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 daq</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>sugaya</translation>
        </message>
        <message>
            <source>called</source>
            <translation>loo yeeray</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>la caawinayo</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>kombiyuutarku khadka kuma jiro</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1, tallaabada %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Lam.</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Mawduuc</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Sugay</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Magaca koowaad</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>Kombiyuutar</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>Hadda samaynaya</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Xaalad</translation>
        </message>
    </context>
</TS>
