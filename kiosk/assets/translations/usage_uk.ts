<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Статистика використання</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Сеанси на день, останні 30 днів</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Читання…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>Журнал використання зараз не читається (сховище недоступне).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>ніколи</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Чекають надсилання: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Останнє вдале надсилання: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Остання помилка: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>Застарі для Matomo, зберігаються тут: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Відкладено %1 · відхилено як неправильні %2 · надіслано знову %3 · дату виправлено %4</translation>
        </message>
    </context>
</TS>
