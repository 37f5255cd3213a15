<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>Инструкции скоро появятся</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>Пошаговых инструкций на этом компьютере пока нет. Вам поможет персонал этого пункта.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>Скоро здесь можно будет попросить помощи</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>На этом компьютере пока нельзя попросить помощи. Обратитесь к персоналу этого пункта.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>Вы закончили?</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>Ваши данные будут удалены с этого компьютера.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>Да, закончить и удалить</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>Нет, продолжить</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>Выберите услугу. Нажмите на кнопку.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Язык: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокий контраст</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Другие языки</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Другие языки: открыть список</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>Вы ещё пользуетесь этим компьютером?</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>Если вы не продолжите, всё, что вы сделали, будет удалено через %n секунду.</numerusform>
                <numerusform>Если вы не продолжите, всё, что вы сделали, будет удалено через %n секунды.</numerusform>
                <numerusform>Если вы не продолжите, всё, что вы сделали, будет удалено через %n секунд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Digipiste</source>
            <translation>Digipiste</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>⌂ Home</source>
            <translation>⌂ Главная</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Главный экран</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>Инструкции</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Попросить помощи</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Язык: %1. Выбрать другой язык</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>Введена %n цифра</numerusform>
                <numerusform>Введено %n цифры</numerusform>
                <numerusform>Введено %n цифр</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>PIN-код администратора</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Заблокировано. Попробуйте снова через %n минуту.</numerusform>
                <numerusform>Заблокировано. Попробуйте снова через %n минуты.</numerusform>
                <numerusform>Заблокировано. Попробуйте снова через %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Неверный PIN-код. Осталась %n попытка.</numerusform>
                <numerusform>Неверный PIN-код. Осталось %n попытки.</numerusform>
                <numerusform>Неверный PIN-код. Осталось %n попыток.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>Введите PIN-код и нажмите OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Стереть</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>Стереть PIN-код</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>Печать...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Готово. Возьмите бумагу из принтера.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>Сейчас на этом компьютере нельзя печатать. Попросите помощи.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Принтер ещё занят. Подождите немного и попробуйте снова.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Печать не удалась. Попросите помощи.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>Инструкции к этой услуге</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>Скрыть инструкцию</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>Скрыть инструкцию рядом с услугой</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>Показать инструкцию</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>Показать инструкцию рядом с услугой</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>Сама услуга на финском, шведском или английском языке. Инструкция может быть рядом с ней: нажмите «Показать инструкцию».</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being serviced</source>
            <translation>Этот компьютер на обслуживании</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>Обратитесь к персоналу или приходите позже. Извините за неудобство.</translation>
        </message>
        <message>
            <source>This computer is being set up</source>
            <translation>Этот компьютер готовят к работе</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Обратитесь к персоналу.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>Вы вышли. Всё удалено.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>Открытые страницы, ваши входы, скачанные файлы и скопированное удалены с этого компьютера.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>Сеанс закончился, потому что компьютером никто не пользовался.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>обычный</translation>
        </message>
        <message>
            <source>large</source>
            <translation>крупный</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>самый крупный</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Размер текста %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Размер текста: %1 (%2 из %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Текст меньше</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Текст крупнее</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Выберите язык</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Назад без смены языка</translation>
        </message>
    </context>
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>Файлы сертификатов, указанные в настройках, нельзя использовать.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>Брокеру нельзя доверять: его сертификат не подписан центром сертификации площадки из ca_file.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>Сертификат брокера выдан не для адреса, указанного в настройках.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>Срок действия сертификата брокера истёк.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>Брокер отклонил сертификат этого компьютера: срок его действия истёк.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>Брокер отклонил сертификат этого компьютера: он отозван.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>Брокер отклонил сертификат этого компьютера: он не подписан центром сертификации площадки.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>Брокер отклонил подключение: нужен сертификат этого компьютера.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>Брокер закрыл подключение при установке TLS: проверьте сертификат этого компьютера.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>Брокер отклонил вход этого компьютера.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>Брокер недоступен.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Не удалось подключиться к брокеру.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Ещё не подключено.</translation>
        </message>
    </context>
</TS>
