<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>This page cannot be opened on this computer</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Address: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Back to the previous page</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Home screen</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>Printing...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Printed. Take your paper from the printer.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>This computer cannot print right now: no printer is connected. Ask for help.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>The printer is still busy. Wait a moment and try again.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Printing did not work. Ask for help.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>This file cannot be saved on this computer.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Address: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>Print this page</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB stick or card %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Files from this visit</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Send %n file</numerusform>
                <numerusform>Send %n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Tap a file to choose it</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Send this file</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Choose files to send</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Choose a file to send</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Look again</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Look for a USB stick again</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>Up one folder</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Files and folders</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>No USB stick or memory card was found. Put it in the computer and press "Look again".</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>There are no files here that this service accepts.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>%n more file is not shown. Open a folder to see fewer at a time.</numerusform>
                <numerusform>%n more files are not shown. Open a folder to see fewer at a time.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>The file could not be read. Is the USB stick still in the computer? Choose the file again.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Folder: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>chosen</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>This page cannot be opened on this computer</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Address: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>Do you want to leave this page?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>What you wrote on this page may not be saved.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Leave the page</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Stay on the page</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>The service says:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
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
            <translation>This computer is not connected to the internet</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>The service could not be found</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>The service is taking too long</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>The service did not answer in time. It may be very busy. Wait a moment and try again.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>This page cannot be opened safely</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>The service has a problem</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>The service is not working right now. It is not your fault. Wait a moment and try again.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>The page stopped working</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>The page closed suddenly. It is not your fault. Press Try again to open the page again.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Services cannot be opened right now</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>This page asks for a password that this computer cannot give</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>You cannot use this page on this computer. Go back to the previous page or to the home screen.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>The service is not answering</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Opening the page again…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Back to the previous page</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>Home screen</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Open the guides</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1 could not be found</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 is taking too long</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1 has a problem</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 is not answering</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>Service</translation>
        </message>
    </context>
</TS>
