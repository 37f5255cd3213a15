<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Boggan laguma furi karo kombiyuutarkan</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>Kombiyuutarkani wuxuu furaa oo keliya adeegyada shaashadda hore. Waxaad ku noqon kartaa boggii hore ama shaashadda hore.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Cinwaanka: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Ku noqo boggii hore</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Shaashadda hore</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>Waa la daabacayaa...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Waa la daabacay. Warqaddaada ka qaado daabacaha.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>Kombiyuutarkani hadda wax ma daabici karo: daabace laguma xirin. Caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Daabacuhu weli wuu mashquulsan yahay. Wax yar sug oo mar kale isku day.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Daabacaaddu may shaqayn. Caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>Faylkan laguma kaydin karo kombiyuutarkan.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Cinwaanka: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Daabac</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>Daabac boggan</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB ama kaar %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Faylasha booqashadan</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Dir %n fayl</numerusform>
                <numerusform>Dir %n fayl</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Taabo fayl si aad u doorato</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Dir faylkan</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Dooro faylasha aad dirayso</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Dooro faylka aad dirayso</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Faylal ka yimid USB, kaar xusuus ama booqashadan. Waxba lagama beddelo kombiyuutarkan.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Mar kale raadi</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Mar kale raadi USB</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>Hal gal kor u bax</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Jooji</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Faylal iyo galal</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>USB ama kaar xusuus lama helin. Geli kombiyuutarka oo riix "Mar kale raadi".</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>Halkan ma jiraan faylal uu adeeggani aqbalo.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>%n fayl oo kale lama muujin. Fur gal si aad mar walba u aragto faylal ka yar.</numerusform>
                <numerusform>%n fayl oo kale lama muujin. Fur gal si aad mar walba u aragto faylal ka yar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Waa la hubinayaa…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>Faylka lama akhrin karin. USB-gu ma weli wuu ku jiraa kombiyuutarka? Mar kale dooro faylka.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Gal: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>Gal</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>la doortay</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Boggan laguma furi karo kombiyuutarkan</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>Kombiyuutarkani wuxuu furaa oo keliya adeegyada shaashadda hore. Waxaad ku noqon kartaa boggii hore ama shaashadda hore.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Cinwaanka: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>Ma rabtaa inaad boggan ka baxdo?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>Waxa aad boggan ku qortay waxaa laga yaabaa in aan la kaydin.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Ka bax bogga</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Bogga ku sii jir</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>Adeeggu wuxuu leeyahay:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Haa</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Maya</translation>
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
            <translation>Kombiyuutarkan kuma xirna internetka</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Adeegga hadda lama furi karo. Wax yar sug oo mar kale isku day. Haddii uusan weli shaqayn, caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>Adeegga lama helin</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Kombiyuutarkani ma helin adeegga. Shabakaddu dhib ayay yeelan kartaa. Wax yar sug oo mar kale isku day. Haddii uusan weli shaqayn, caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>Adeeggu aad buu u daahayaa</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>Adeeggu waqtigii kama jawaabin. Waxaa laga yaabaa inuu aad u mashquulsan yahay. Wax yar sug oo mar kale isku day.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>Boggan si ammaan ah looma furi karo</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>Xiriirka adeegga lama hubin karin, sidaas darteed bogga lama furin. Macluumaadkaagu waa ammaan. Mar dambe isku day ama caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>Adeeggu dhib ayuu qabaa</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>Adeeggu hadda ma shaqaynayo. Adiga qaladkaagu maaha. Wax yar sug oo mar kale isku day.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>Boggu wuu joogsaday</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>Boggu si lama filaan ah ayuu u xirmay. Adiga qaladkaagu maaha. Riix "Mar kale isku day" si bogga loo furo mar kale.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Adeegyada hadda lama furi karo</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>Kombiyuutarku ma shidi karin biraawsarkiisa. Adiga qaladkaagu maaha. Wax yar sug oo mar kale isku day. Hagayaashu way shaqeeyaan la'aantiis.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>Boggani wuxuu weydiinayaa fure sir ah oo kombiyuutarkani bixin karin</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>Boggan kuma isticmaali kartid kombiyuutarkan. Ku noqo boggii hore ama shaashadda hore.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>Adeeggu ma jawaabayo</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Adeeggu ma jawaabin. Waxaa laga yaabaa inuu xiran yahay ama mashquulsan yahay. Wax yar sug oo mar kale isku day. Haddii uusan weli shaqayn, caawimaad weydiiso.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Bogga mar kale ayaa la furayaa…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Mar kale isku day</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Ku noqo boggii hore</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Shaashadda hore</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Fur hagayaasha</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1 lama helin</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 aad buu u daahayaa</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1 dhib ayuu qabaa</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 ma jawaabayo</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>Adeeg</translation>
        </message>
    </context>
</TS>
