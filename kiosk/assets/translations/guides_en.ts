<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>Did this guide help you?</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>Yes, it helped</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>No, it did not help</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>All %1 steps done</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Step %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Previous</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Previous step</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Next →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Read aloud</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>Read this step aloud</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>Read aloud is not available now</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Reading aloud is not available now</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>Print the whole guide</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>The service's own page, to open on your phone or at home:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>All guides</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>Close the guide and show all guides</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>The service's own page on your phone: scan the code with the camera.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>This language cannot be read aloud</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>This language cannot be read aloud on this computer</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>Guides</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>Guides for %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>Show all guides</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>There are no guides for this service yet. Tap Show all guides to see the others.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>Where do you want to read the guide?</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>Next to %1</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>Next to the service</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>Show the guide next to the service</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>On the whole screen</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>Back to the guides</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← Back to %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>Back to %1</translation>
        </message>
    </context>
</TS>
