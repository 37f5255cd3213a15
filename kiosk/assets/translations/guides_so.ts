<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>Hagahani ma ku caawiyey?</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>Haa, wuu i caawiyey</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>Maya, ima caawin</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>Guud</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>Dhammaan %1 tallaabo waa la dhammeeyey</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Tallaabada %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Hore</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Tallaabadii hore</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Xiga →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Tallaabada xigta</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Kor u akhri</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>Tallaabadan kor u akhri</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>Kor u akhrinta hadda lama heli karo</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Kor u akhrinta hadda lama heli karo</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Daabac</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>Daabac hagaha oo dhan</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>Bogga adeegga laftiisa, si aad uga furto taleefankaaga ama guriga:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>Dhammaan hagayaasha</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>Xir hagaha oo muuji dhammaan hagayaasha</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>Bogga adeegga taleefankaaga: koodhka ku sawir kaamirada.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Hage</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>Luqaddan kor looma akhrin karo</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>Luqaddan kor looguma akhrin karo kombiyuutarkan</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>Hagayaal</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>Hagayaasha %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>Muuji dhammaan hagayaasha</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>Adeeggan weli hagayaal uma jiraan. Taabo "Muuji dhammaan hagayaasha" si aad u aragto kuwa kale.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>Halkee baad rabtaa inaad ka akhrido hagaha?</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>%1 agtiisa</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>Adeegga agtiisa</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>Muuji hagaha adeegga agtiisa</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>Shaashadda oo dhan</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>Ku noqo hagayaasha</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← Ku noqo %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>Ku noqo %1</translation>
        </message>
    </context>
</TS>
