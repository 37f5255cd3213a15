<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>این صفحه در این رایانه باز نمی‌شود</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>این رایانه فقط خدمات صفحهٔ اصلی را باز می‌کند. می‌توانید به صفحهٔ قبل یا به صفحهٔ اصلی برگردید.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>نشانی: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>بازگشت به صفحهٔ قبل</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>صفحهٔ اصلی</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>در حال چاپ...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>چاپ شد. کاغذ را از چاپگر بردارید.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>این رایانه الان نمی‌تواند چاپ کند: چاپگری وصل نیست. کمک بخواهید.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>چاپگر هنوز مشغول است. کمی صبر کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>چاپ انجام نشد. کمک بخواهید.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>این فایل را نمی‌توان در این رایانه ذخیره کرد.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>نشانی: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>چاپ</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>چاپ این صفحه</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>حافظهٔ USB یا کارت %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>فایل‌های این مراجعه</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>ارسال %n فایل</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>برای انتخاب، روی فایل بزنید</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>ارسال این فایل</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>فایل‌هایی را که می‌خواهید بفرستید انتخاب کنید</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>فایلی را که می‌خواهید بفرستید انتخاب کنید</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>فایل‌ها از حافظهٔ USB، کارت حافظه یا همین مراجعه. چیزی در این رایانه تغییر نمی‌کند.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>دوباره بگرد</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>دوباره دنبال حافظهٔ USB بگرد</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>یک پوشه بالاتر</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>فایل‌ها و پوشه‌ها</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>حافظهٔ USB یا کارت حافظه پیدا نشد. آن را در رایانه بگذارید و «دوباره بگرد» را بزنید.</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>اینجا فایلی نیست که این خدمت بپذیرد.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>%n فایل دیگر نشان داده نمی‌شود. یک پوشه را باز کنید تا هر بار فایل‌های کمتری ببینید.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>در حال بررسی…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>فایل خوانده نشد. آیا حافظهٔ USB هنوز در رایانه است؟ فایل را دوباره انتخاب کنید.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>پوشه: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>پوشه</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>انتخاب شد</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>این صفحه در این رایانه باز نمی‌شود</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>این رایانه فقط خدمات صفحهٔ اصلی را باز می‌کند. می‌توانید به صفحهٔ قبل یا به صفحهٔ اصلی برگردید.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>نشانی: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>می‌خواهید از این صفحه خارج شوید؟</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>ممکن است آنچه در این صفحه نوشته‌اید ذخیره نشود.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>خروج از صفحه</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>ماندن در صفحه</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>پیام خدمت:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نه</translation>
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
            <translation>این رایانه به اینترنت وصل نیست</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>این خدمت الان باز نمی‌شود. کمی صبر کنید و دوباره امتحان کنید. اگر باز هم کار نکرد، کمک بخواهید.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>خدمت پیدا نشد</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>این رایانه خدمت را پیدا نکرد. شاید شبکه مشکل دارد. کمی صبر کنید و دوباره امتحان کنید. اگر باز هم کار نکرد، کمک بخواهید.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>خدمت خیلی طول می‌کشد</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>خدمت به‌موقع پاسخ نداد. شاید خیلی شلوغ است. کمی صبر کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>این صفحه را نمی‌توان با امنیت باز کرد</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>اتصال به خدمت بررسی نشد، پس صفحه باز نشد. اطلاعات شما در امان است. بعداً دوباره امتحان کنید یا کمک بخواهید.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>خدمت مشکل دارد</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>این خدمت الان کار نمی‌کند. تقصیر شما نیست. کمی صبر کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>صفحه از کار افتاد</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>صفحه ناگهان بسته شد. تقصیر شما نیست. «دوباره امتحان کنید» را بزنید تا صفحه دوباره باز شود.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>خدمات الان باز نمی‌شوند</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>مرورگر این رایانه راه نیفتاد. تقصیر شما نیست. کمی صبر کنید و دوباره امتحان کنید. راهنماها بدون آن هم کار می‌کنند.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>این صفحه رمزی می‌خواهد که این رایانه نمی‌تواند بدهد</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>نمی‌توانید از این صفحه در این رایانه استفاده کنید. به صفحهٔ قبل یا به صفحهٔ اصلی برگردید.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>خدمت پاسخ نمی‌دهد</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>خدمت پاسخ نداد. شاید بسته یا شلوغ است. کمی صبر کنید و دوباره امتحان کنید. اگر باز هم کار نکرد، کمک بخواهید.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>در حال باز کردن دوبارهٔ صفحه…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>دوباره امتحان کنید</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>بازگشت به صفحهٔ قبل</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>صفحهٔ اصلی</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>باز کردن راهنماها</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>%1 پیدا نشد</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 خیلی طول می‌کشد</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>%1 مشکل دارد</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 پاسخ نمی‌دهد</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>خدمت</translation>
        </message>
    </context>
</TS>
