<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>Ця інструкція вам допомогла?</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>Так, допомогла</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>Ні, не допомогла</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>Загальне</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>Усі кроки виконано (%1)</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>Крок %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Попередній крок</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Далі →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Наступний крок</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>Читати вголос</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>Прочитати цей крок уголос</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>Читання вголос зараз недоступне</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>Читання вголос зараз недоступне</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Друк</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>Надрукувати всю інструкцію</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>Сторінка самої послуги, щоб відкрити її в телефоні або вдома:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>Усі інструкції</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>Закрити інструкцію і показати всі інструкції</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>Сторінка послуги у вашому телефоні: наведіть камеру на код.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Інструкція</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>Цю мову не можна читати вголос</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>На цьому комп'ютері цю мову не можна читати вголос</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>Інструкції</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>Інструкції: %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>Показати всі інструкції</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>Для цієї послуги інструкцій ще немає. Натисніть «Показати всі інструкції», щоб побачити інші.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>Де ви хочете читати інструкцію?</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>Поруч із %1</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>Поруч із послугою</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>Показати інструкцію поруч із послугою</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>На весь екран</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>Назад до інструкцій</translation>
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
