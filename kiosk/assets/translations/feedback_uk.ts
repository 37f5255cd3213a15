<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>Чи вдалося вам вирішити свою справу?</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>Ваша відповідь анонімна. Вона допомагає нам покращувати цей пункт.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>Частково</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ні</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустити</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>Пропустити питання</translation>
        </message>
    </context>
</TS>
