<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>Эта инструкция вам помогла?</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>Да, помогла</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>Нет, не помогла</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>Общее</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>Все шаги выполнены (%1)</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Шаг %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Предыдущий шаг</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Далее →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Читать вслух</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>Прочитать этот шаг вслух</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>Чтение вслух сейчас недоступно</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Чтение вслух сейчас недоступно</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>Напечатать всю инструкцию</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>Страница самой услуги, чтобы открыть её в телефоне или дома:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>Все инструкции</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>Закрыть инструкцию и показать все инструкции</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>Страница услуги в вашем телефоне: наведите камеру на код.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Инструкция</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>Этот язык нельзя читать вслух</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>На этом компьютере этот язык нельзя читать вслух</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>Инструкции</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>Инструкции: %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>Показать все инструкции</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>Для этой услуги инструкций пока нет. Нажмите «Показать все инструкции», чтобы увидеть другие.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>Где вы хотите читать инструкцию?</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>Рядом с %1</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>Рядом с услугой</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>Показать инструкцию рядом с услугой</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>На весь экран</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>Назад к инструкциям</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← Назад: %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>Назад: %1</translation>
        </message>
    </context>
</TS>
