<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Эту страницу нельзя открыть на этом компьютере</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>На этом компьютере открываются только услуги с главного экрана. Вы можете вернуться на предыдущую страницу или на главный экран.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Адрес: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Назад на предыдущую страницу</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>На главный экран</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>Печать...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>Готово. Возьмите бумагу из принтера.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>Сейчас на этом компьютере нельзя печатать: принтер не подключён. Попросите помощи.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>Принтер ещё занят. Подождите немного и попробуйте снова.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>Печать не удалась. Попросите помощи.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>Этот файл нельзя сохранить на этом компьютере.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Адрес: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>Напечатать эту страницу</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>USB-флешка или карта %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>Файлы этого посещения</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>Отправить %n файл</numerusform>
                <numerusform>Отправить %n файла</numerusform>
                <numerusform>Отправить %n файлов</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>Нажмите на файл, чтобы выбрать его</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>Отправить этот файл</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>Выберите файлы для отправки</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>Выберите файл для отправки</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>Файлы с USB-флешки, карты памяти или этого посещения. На компьютере ничего не меняется.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>Искать снова</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>Снова искать USB-флешку</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>На папку выше</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>Файлы и папки</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>USB-флешка или карта памяти не найдена. Вставьте её в компьютер и нажмите «Искать снова».</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>Здесь нет файлов, которые принимает эта услуга.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>Ещё %n файл не показан. Откройте папку, чтобы видеть меньше файлов сразу.</numerusform>
                <numerusform>Ещё %n файла не показаны. Откройте папку, чтобы видеть меньше файлов сразу.</numerusform>
                <numerusform>Ещё %n файлов не показаны. Откройте папку, чтобы видеть меньше файлов сразу.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>Файл не удалось прочитать. USB-флешка ещё в компьютере? Выберите файл снова.</translation>
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
            <translation>выбран</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>Эту страницу нельзя открыть на этом компьютере</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>На этом компьютере открываются только услуги с главного экрана. Вы можете вернуться на предыдущую страницу или на главный экран.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>Адрес: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>Вы хотите уйти с этой страницы?</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>То, что вы написали на этой странице, может не сохраниться.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>Уйти со страницы</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>Остаться на странице</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>Сообщение услуги:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
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
            <translation>Этот компьютер не подключён к интернету</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Услугу сейчас нельзя открыть. Подождите немного и попробуйте снова. Если не получится, попросите помощи.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>Услуга не найдена</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Этот компьютер не нашёл услугу. Возможно, проблема в сети. Подождите немного и попробуйте снова. Если не получится, попросите помощи.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>Услуга отвечает слишком долго</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>Услуга не ответила вовремя. Возможно, она сильно загружена. Подождите немного и попробуйте снова.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>Эту страницу нельзя открыть безопасно</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>Соединение с услугой не удалось проверить, поэтому страница не открыта. Ваши данные в безопасности. Попробуйте позже или попросите помощи.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>В услуге неполадка</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>Услуга сейчас не работает. Это не ваша вина. Подождите немного и попробуйте снова.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>Страница перестала работать</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>Страница неожиданно закрылась. Это не ваша вина. Нажмите «Попробовать снова», чтобы открыть её снова.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>Услуги сейчас нельзя открыть</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>Браузер этого компьютера не запустился. Это не ваша вина. Подождите немного и попробуйте снова. Инструкции работают и без него.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>Эта страница просит пароль, который этот компьютер не может дать</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>Эту страницу нельзя использовать на этом компьютере. Вернитесь на предыдущую страницу или на главный экран.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>Услуга не отвечает</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>Услуга не ответила. Возможно, она закрыта или занята. Подождите немного и попробуйте снова. Если не получится, попросите помощи.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>Страница открывается снова…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Попробовать снова</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Назад на предыдущую страницу</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>На главный экран</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>Открыть инструкции</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1: услуга не найдена</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1: отвечает слишком долго</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1: неполадка</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1: не отвечает</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>Услуга</translation>
        </message>
    </context>
</TS>
