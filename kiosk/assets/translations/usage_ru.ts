<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>Статистика использования</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>Сеансы в день, последние 30 дней</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>Журнал использования сейчас не читается (хранилище недоступно).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никогда</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>Ждут отправки: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>Последняя удачная отправка: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Последняя ошибка: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>Слишком старые для Matomo, хранятся здесь: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>Отложено %1 · отклонено как неверные %2 · отправлено снова %3 · дата исправлена %4</translation>
        </message>
    </context>
</TS>
