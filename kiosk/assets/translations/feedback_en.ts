<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>Did you get your matter done?</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>Your answer is anonymous. It helps us improve this service point.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Partly</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>Skip the question</translation>
        </message>
    </context>
</TS>
