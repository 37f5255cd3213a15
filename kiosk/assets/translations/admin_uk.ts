<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>Перевірка…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Адміністрування</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · пункт %2 · комп'ютер %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>Налаштування завантажено без помилок.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>У файлі налаштувань %n помилка.</numerusform>
                <numerusform>У файлі налаштувань %n помилки.</numerusform>
                <numerusform>У файлі налаштувань %n помилок.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>Кіоск використовує останні справні налаштування цього комп'ютера.</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>Файл налаштувань: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>Сховище працює.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>Сховище недоступне; кіоск працює без нього і сам пробує знову. Причина: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>До папки даних не можна записати; кіоск працює з тимчасової папки і нічого не зберігає після перезапуску. Причина: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>Заблоковані адреси</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адреса</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Разів</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Останній день</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>Браузер не заблокував жодної адреси.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>Кінець журналу</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>Назад до кіоску</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>Завершити сеанс відвідувача</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>Вийти з режиму кіоску</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Фінська</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Шведська</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Англійська</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Російська</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Українська</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Естонська</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Арабська</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Перська</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Сомалійська</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>Файл стану перекладів (STATUS.md) не читається; див. журнал.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>Не перевірено носієм мови: %1</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>Налаштування, отримані з мережі:</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>Спільна черга допомоги: не використовується</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>Спільна черга допомоги: немає підключення. %1 Цей комп'ютер веде власну чергу.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>Спільна черга допомоги: підключено (%n комп'ютер)</numerusform>
                <numerusform>Спільна черга допомоги: підключено (%n комп'ютери)</numerusform>
                <numerusform>Спільна черга допомоги: підключено (%n комп'ютерів)</numerusform>
            </translation>
        </message>
    </context>
</TS>
