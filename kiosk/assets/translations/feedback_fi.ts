<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>Saitko asiasi hoidettua?</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>Vastauksesi on nimetön. Se auttaa meitä parantamaan tätä palvelupistettä.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Kyllä</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Osittain</translation>
        </message>
        <message>
            <source>No</source>
            <translation>En</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ohita</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>Ohita kysymys</translation>
        </message>
    </context>
</TS>
