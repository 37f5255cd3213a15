<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Администрирование</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · пункт %2 · компьютер %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>Настройки загружены без ошибок.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>В файле настроек %n ошибка.</numerusform>
                <numerusform>В файле настроек %n ошибки.</numerusform>
                <numerusform>В файле настроек %n ошибок.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>Киоск использует последние исправные настройки этого компьютера.</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Файл настроек: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Хранилище работает.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Хранилище недоступно; киоск работает без него и сам пробует снова. Причина: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>В папку данных нельзя записать; киоск работает из временной папки и ничего не сохраняет после перезапуска. Причина: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>Заблокированные адреса</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Раз</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Последний день</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>Браузер не заблокировал ни одного адреса.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>Конец журнала</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>Назад в киоск</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>Завершить сеанс посетителя</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Выйти из режима киоска</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Финский</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Шведский</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Украинский</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Эстонский</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Арабский</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Персидский</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Сомалийский</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>Файл состояния переводов (STATUS.md) не читается; см. журнал.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Не проверено носителем языка: %1</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>Настройки, полученные по сети:</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Общая очередь помощи: не используется</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Общая очередь помощи: нет подключения. %1 Этот компьютер ведёт свою очередь.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Общая очередь помощи: подключено (%n компьютер)</numerusform>
                <numerusform>Общая очередь помощи: подключено (%n компьютера)</numerusform>
                <numerusform>Общая очередь помощи: подключено (%n компьютеров)</numerusform>
            </translation>
        </message>
    </context>
</TS>
