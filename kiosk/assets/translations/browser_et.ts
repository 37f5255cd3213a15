<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Seda lehte ei saa selles arvutis avada</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>Selles arvutis saab avada ainult avalehe teenuseid. Võid minna tagasi eelmisele lehele või avalehele.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Aadress: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Tagasi eelmisele lehele</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Avalehele</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>Prindin...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Valmis. Võta paber printerist.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>Selles arvutis ei saa praegu printida: printer ei ole ühendatud. Küsi abi.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Printer on veel hõivatud. Oota hetk ja proovi uuesti.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Printimine ei õnnestunud. Küsi abi.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>Seda faili ei saa selles arvutis salvestada.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Aadress: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Prindi</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>Prindi see leht</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB-mälupulk või kaart %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Selle külastuse failid</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Saada %n fail</numerusform>
                <numerusform>Saada %n faili</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Puuduta faili, et see valida</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Saada see fail</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Vali saadetavad failid</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Vali saadetav fail</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Failid USB-mälupulgalt, mälukaardilt või sellelt külastuselt. Arvutis ei muudeta midagi.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Otsi uuesti</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Otsi USB-mälupulka uuesti</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>Üks kaust üles</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Loobu</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Failid ja kaustad</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>USB-mälupulka ega mälukaarti ei leitud. Pane see arvutisse ja vajuta „Otsi uuesti“.</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>Siin ei ole faile, mida see teenus vastu võtab.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>Veel %n faili ei ole näha. Ava kaust, et näha korraga vähem faile.</numerusform>
                <numerusform>Veel %n faili ei ole näha. Ava kaust, et näha korraga vähem faile.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Kontrollin…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>Faili ei saanud lugeda. Kas USB-mälupulk on veel arvutis? Vali fail uuesti.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Kaust: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>Kaust</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>valitud</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Seda lehte ei saa selles arvutis avada</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>Selles arvutis saab avada ainult avalehe teenuseid. Võid minna tagasi eelmisele lehele või avalehele.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Aadress: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>Kas soovid sellelt lehelt lahkuda?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>See, mida sellele lehele kirjutasid, ei pruugi salvestuda.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Lahku lehelt</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Jää lehele</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>Teenus ütleb:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Jah</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
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
            <translation>See arvuti ei ole internetiga ühendatud</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Teenust ei saa praegu avada. Oota hetk ja proovi uuesti. Kui see ikka ei tööta, küsi abi.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>Teenust ei leitud</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>See arvuti ei leidnud teenust. Võrgus võib olla viga. Oota hetk ja proovi uuesti. Kui see ikka ei tööta, küsi abi.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>Teenus vastab liiga aeglaselt</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>Teenus ei vastanud õigel ajal. See võib olla väga hõivatud. Oota hetk ja proovi uuesti.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>Seda lehte ei saa turvaliselt avada</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>Ühendust teenusega ei saanud kontrollida, seega lehte ei avatud. Sinu andmed on turvas. Proovi hiljem uuesti või küsi abi.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>Teenusel on viga</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>Teenus ei tööta praegu. See ei ole sinu süü. Oota hetk ja proovi uuesti.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>Leht lakkas töötamast</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>Leht sulgus ootamatult. See ei ole sinu süü. Vajuta „Proovi uuesti“, et leht uuesti avada.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Teenuseid ei saa praegu avada</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>Arvuti brauser ei käivitunud. See ei ole sinu süü. Oota hetk ja proovi uuesti. Juhendid töötavad ka ilma selleta.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>See leht küsib parooli, mida see arvuti ei saa anda</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>Seda lehte ei saa selles arvutis kasutada. Mine tagasi eelmisele lehele või avalehele.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>Teenus ei vasta</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Teenus ei vastanud. See võib olla suletud või hõivatud. Oota hetk ja proovi uuesti. Kui see ikka ei tööta, küsi abi.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Avan lehte uuesti…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Proovi uuesti</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Tagasi eelmisele lehele</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Avalehele</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Ava juhendid</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1: teenust ei leitud</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 vastab liiga aeglaselt</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1: teenusel on viga</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 ei vasta</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>Teenus</translation>
        </message>
    </context>
</TS>
