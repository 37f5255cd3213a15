<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>Fick du ditt ärende uträttat?</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>Ditt svar är anonymt. Det hjälper oss att förbättra den här servicepunkten.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Delvis</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Hoppa över</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>Hoppa över frågan</translation>
        </message>
    </context>
</TS>
