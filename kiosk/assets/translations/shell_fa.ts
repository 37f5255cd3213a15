<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>راهنماها به‌زودی می‌آیند</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>راهنماهای مرحله‌به‌مرحله هنوز در این رایانه نیستند. کارکنان این مرکز خدمات می‌توانند به شما کمک کنند.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>به‌زودی می‌توانید اینجا کمک بخواهید</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>هنوز نمی‌توانید در این رایانه کمک بخواهید. لطفاً از کارکنان این مرکز خدمات بپرسید.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>کارتان تمام شد؟</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>اطلاعات شما از این رایانه پاک می‌شود.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>بله، تمام کن و پاک کن</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>نه، ادامه بده</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>یک خدمت را انتخاب کنید. روی یک دکمه بزنید.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>زبان: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>کنتراست بالا</translation>
        </message>
        <message>
            <source>On</source>
            <translation>روشن</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>خاموش</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>زبان‌های دیگر</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>زبان‌های دیگر: باز کردن فهرست</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>آیا هنوز از این رایانه استفاده می‌کنید؟</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>اگر ادامه ندهید، هر کاری که کرده‌اید تا %n ثانیهٔ دیگر پاک می‌شود.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ادامه</translation>
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
            <translation>⌂ صفحهٔ اصلی</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>صفحهٔ اصلی</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← بازگشت</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>بازگشت</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>راهنماها</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>کمک خواستن</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>پایان</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>زبان: %1. زبان دیگری انتخاب کنید</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>%n رقم وارد شد</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>رمز مدیر</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>قفل است. %n دقیقهٔ دیگر دوباره امتحان کنید.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>در حال بررسی…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>رمز اشتباه است. %n بار دیگر می‌توانید امتحان کنید.</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>رمز را بنویسید و OK را بزنید.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>پاک کردن</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>پاک کردن رمز</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>لغو</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>در حال چاپ...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>چاپ شد. کاغذ را از چاپگر بردارید.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>این رایانه الان نمی‌تواند چاپ کند. کمک بخواهید.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>چاپگر هنوز مشغول است. کمی صبر کنید و دوباره امتحان کنید.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>چاپ انجام نشد. کمک بخواهید.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>راهنماهای این خدمت</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>پنهان کردن راهنما</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>پنهان کردن راهنمای کنار خدمت</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>نمایش راهنما</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>نمایش راهنما در کنار خدمت</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>خود این خدمت به زبان فنلاندی، سوئدی یا انگلیسی است. راهنما می‌تواند کنار آن بماند: «نمایش راهنما» را بزنید.</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being serviced</source>
            <translation>این رایانه در حال تعمیر و نگهداری است</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>لطفاً از کارکنان کمک بخواهید یا بعداً برگردید. از این زحمت متأسفیم.</translation>
        </message>
        <message>
            <source>This computer is being set up</source>
            <translation>این رایانه در حال آماده‌سازی است</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>لطفاً از کارکنان بپرسید.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>از حساب خارج شدید. همه چیز پاک شد.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>صفحه‌هایی که باز کردید، ورودهای شما، فایل‌های دانلودشده و آنچه کپی کردید از این رایانه پاک شده‌اند.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>جلسه تمام شد چون کسی از رایانه استفاده نکرد.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>معمولی</translation>
        </message>
        <message>
            <source>large</source>
            <translation>بزرگ</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>بزرگ‌ترین</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>اندازهٔ متن %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>اندازهٔ متن: %1 (%2 از %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>متن کوچک‌تر</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>متن بزرگ‌تر</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>یک زبان انتخاب کنید</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← بازگشت</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>بازگشت بدون تغییر زبان</translation>
        </message>
    </context>
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>فایل‌های گواهی که در تنظیمات آمده‌اند قابل استفاده نیستند.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>کارگزار قابل اعتماد نیست: گواهی آن را مرجع گواهی محل در ca_file امضا نکرده است.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>گواهی کارگزار برای نشانی موجود در تنظیمات صادر نشده است.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>گواهی خود کارگزار منقضی شده است.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>کارگزار گواهی این رایانه را نپذیرفت: منقضی شده است.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>کارگزار گواهی این رایانه را نپذیرفت: باطل شده است.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>کارگزار گواهی این رایانه را نپذیرفت: مرجع گواهی محل آن را امضا نکرده است.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>کارگزار اتصال را نپذیرفت: به گواهی این رایانه نیاز دارد.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>کارگزار هنگام برقراری TLS اتصال را بست: گواهی این رایانه را بررسی کنید.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>کارگزار ورود این رایانه را نپذیرفت.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>دسترسی به کارگزار ممکن نیست.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>اتصال به کارگزار ناموفق بود.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>هنوز وصل نشده است.</translation>
        </message>
    </context>
</TS>
