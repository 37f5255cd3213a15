<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>Kas said oma asja aetud?</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>Sinu vastus on anonüümne. See aitab meil seda teeninduspunkti paremaks teha.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Jah</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Osaliselt</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ei</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Jäta vahele</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>Jäta küsimus vahele</translation>
        </message>
    </context>
</TS>
