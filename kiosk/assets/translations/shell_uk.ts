<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>Інструкції скоро з'являться</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>Покрокових інструкцій на цьому комп'ютері ще немає. Вам допоможе персонал цього пункту.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>Скоро тут можна буде попросити допомоги</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>На цьому комп'ютері ще не можна попросити допомоги. Зверніться до персоналу цього пункту.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>Ви закінчили?</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>Ваші дані буде видалено з цього комп'ютера.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>Так, закінчити і видалити</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>Ні, продовжити</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>Виберіть послугу. Натисніть кнопку.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Мова: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Високий контраст</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Увімк.</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Вимк.</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>Інші мови</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>Інші мови: відкрити список</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>Ви ще користуєтеся цим комп'ютером?</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>Якщо ви не продовжите, усе, що ви зробили, буде видалено через %n секунду.</numerusform>
                <numerusform>Якщо ви не продовжите, усе, що ви зробили, буде видалено через %n секунди.</numerusform>
                <numerusform>Якщо ви не продовжите, усе, що ви зробили, буде видалено через %n секунд.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продовжити</translation>
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
            <translation>⌂ Головна</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Головний екран</translation>
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
            <translation>Інструкції</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Попросити допомоги</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Вийти</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>Мова: %1. Вибрати іншу мову</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>Введено %n цифру</numerusform>
                <numerusform>Введено %n цифри</numerusform>
                <numerusform>Введено %n цифр</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>PIN-код адміністратора</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Заблоковано. Спробуйте знову через %n хвилину.</numerusform>
                <numerusform>Заблоковано. Спробуйте знову через %n хвилини.</numerusform>
                <numerusform>Заблоковано. Спробуйте знову через %n хвилин.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Перевірка…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>Неправильний PIN-код. Залишилася %n спроба.</numerusform>
                <numerusform>Неправильний PIN-код. Залишилося %n спроби.</numerusform>
                <numerusform>Неправильний PIN-код. Залишилося %n спроб.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>Введіть PIN-код і натисніть OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Стерти</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>Стерти PIN-код</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>Друк...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Готово. Візьміть папір із принтера.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>Зараз на цьому комп'ютері не можна друкувати. Попросіть допомоги.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Принтер ще зайнятий. Зачекайте трохи і спробуйте знову.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Друк не вдався. Попросіть допомоги.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>Інструкції до цієї послуги</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>Сховати інструкцію</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>Сховати інструкцію поруч із послугою</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>Показати інструкцію</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>Показати інструкцію поруч із послугою</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>Сама послуга фінською, шведською або англійською мовою. Інструкція може бути поруч із нею: натисніть «Показати інструкцію».</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being serviced</source>
            <translation>Цей комп'ютер на обслуговуванні</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>Зверніться до персоналу або приходьте пізніше. Вибачте за незручності.</translation>
        </message>
        <message>
            <source>This computer is being set up</source>
            <translation>Цей комп'ютер готують до роботи</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>Зверніться до персоналу.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>Ви вийшли. Усе видалено.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>Відкриті сторінки, ваші входи, завантажені файли і скопійоване видалено з цього комп'ютера.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>Сеанс закінчився, бо комп'ютером ніхто не користувався.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>звичайний</translation>
        </message>
        <message>
            <source>large</source>
            <translation>великий</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>найбільший</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>Розмір тексту %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>Розмір тексту: %1 (%2 з %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Менший текст</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Більший текст</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>Виберіть мову</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Назад без зміни мови</translation>
        </message>
    </context>
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>Файли сертифікатів, зазначені в налаштуваннях, не можна використати.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>Брокеру не можна довіряти: його сертифікат не підписаний центром сертифікації майданчика з ca_file.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>Сертифікат брокера видано не для адреси, зазначеної в налаштуваннях.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>Термін дії сертифіката брокера закінчився.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>Брокер відхилив сертифікат цього комп'ютера: термін його дії закінчився.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>Брокер відхилив сертифікат цього комп'ютера: його відкликано.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>Брокер відхилив сертифікат цього комп'ютера: його не підписав центр сертифікації майданчика.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>Брокер відхилив підключення: потрібен сертифікат цього комп'ютера.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>Брокер закрив підключення під час встановлення TLS: перевірте сертифікат цього комп'ютера.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>Брокер відхилив вхід цього комп'ютера.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>Брокер недоступний.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>Не вдалося підключитися до брокера.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>Ще не підключено.</translation>
        </message>
    </context>
</TS>
