<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>Ma dhammaysatay arrintaadii?</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>Jawaabtaadu magac ma laha. Waxay naga caawinaysaa inaan hagaajino xarunta adeeggan.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Haa</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Qayb ahaan</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Maya</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ka bood</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>Ka bood su'aasha</translation>
        </message>
    </context>
</TS>
