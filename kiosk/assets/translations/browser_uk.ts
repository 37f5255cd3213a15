<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Цю сторінку не можна відкрити на цьому комп'ютері</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>На цьому комп'ютері відкриваються лише послуги з головного екрана. Ви можете повернутися на попередню сторінку або на головний екран.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Адреса: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Назад на попередню сторінку</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>На головний екран</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>Друк...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Готово. Візьміть папір із принтера.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>Зараз на цьому комп'ютері не можна друкувати: принтер не під'єднано. Попросіть допомоги.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Принтер ще зайнятий. Зачекайте трохи і спробуйте знову.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Друк не вдався. Попросіть допомоги.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>Цей файл не можна зберегти на цьому комп'ютері.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Адреса: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Друк</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>Надрукувати цю сторінку</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB-флешка або картка %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Файли цього відвідування</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Надіслати %n файл</numerusform>
                <numerusform>Надіслати %n файли</numerusform>
                <numerusform>Надіслати %n файлів</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Торкніться файлу, щоб вибрати його</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Надіслати цей файл</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Виберіть файли для надсилання</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Виберіть файл для надсилання</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Файли з USB-флешки, картки пам'яті або цього відвідування. На комп'ютері нічого не змінюється.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Шукати знову</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Знову шукати USB-флешку</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>На папку вище</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Файли і папки</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>USB-флешку або картку пам'яті не знайдено. Вставте її в комп'ютер і натисніть «Шукати знову».</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>Тут немає файлів, які приймає ця послуга.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>Ще %n файл не показано. Відкрийте папку, щоб бачити менше файлів одразу.</numerusform>
                <numerusform>Ще %n файли не показано. Відкрийте папку, щоб бачити менше файлів одразу.</numerusform>
                <numerusform>Ще %n файлів не показано. Відкрийте папку, щоб бачити менше файлів одразу.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Перевірка…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>Файл не вдалося прочитати. USB-флешка ще в комп'ютері? Виберіть файл знову.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>Папка: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>Папка</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>вибрано</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Цю сторінку не можна відкрити на цьому комп'ютері</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>На цьому комп'ютері відкриваються лише послуги з головного екрана. Ви можете повернутися на попередню сторінку або на головний екран.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Адреса: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>Ви хочете піти з цієї сторінки?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>Те, що ви написали на цій сторінці, може не зберегтися.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Піти зі сторінки</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Залишитися на сторінці</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>Повідомлення послуги:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Так</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Ні</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrorPanel</name>
        <message>
            <source>This computer is not connected to the internet</source>
            <translation>Цей комп'ютер не під'єднано до інтернету</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Послугу зараз не можна відкрити. Зачекайте трохи і спробуйте знову. Якщо не вийде, попросіть допомоги.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>Послугу не знайдено</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Цей комп'ютер не знайшов послугу. Можливо, проблема в мережі. Зачекайте трохи і спробуйте знову. Якщо не вийде, попросіть допомоги.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>Послуга відповідає надто довго</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>Послуга не відповіла вчасно. Можливо, вона дуже завантажена. Зачекайте трохи і спробуйте знову.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>Цю сторінку не можна відкрити безпечно</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>З'єднання з послугою не вдалося перевірити, тому сторінку не відкрито. Ваші дані в безпеці. Спробуйте пізніше або попросіть допомоги.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>У послузі несправність</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>Послуга зараз не працює. Це не ваша провина. Зачекайте трохи і спробуйте знову.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>Сторінка перестала працювати</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>Сторінка раптово закрилася. Це не ваша провина. Натисніть «Спробувати знову», щоб відкрити її знову.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Послуги зараз не можна відкрити</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>Браузер цього комп'ютера не запустився. Це не ваша провина. Зачекайте трохи і спробуйте знову. Інструкції працюють і без нього.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>Ця сторінка просить пароль, який цей комп'ютер не може дати</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>Цю сторінку не можна використовувати на цьому комп'ютері. Поверніться на попередню сторінку або на головний екран.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>Послуга не відповідає</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Послуга не відповіла. Можливо, вона закрита або зайнята. Зачекайте трохи і спробуйте знову. Якщо не вийде, попросіть допомоги.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Сторінка відкривається знову…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Спробувати знову</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Назад на попередню сторінку</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>На головний екран</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Відкрити інструкції</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1: послугу не знайдено</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1: відповідає надто довго</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1: несправність</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1: не відповідає</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>Послуга</translation>
        </message>
    </context>
</TS>
