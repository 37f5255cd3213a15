<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>در حال بررسی…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>مدیریت</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · مکان %2 · رایانه %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>تنظیمات</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>تنظیمات بدون خطا بارگذاری شد.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>فایل تنظیمات %n خطا دارد.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>کیوسک از آخرین تنظیمات معتبر این رایانه استفاده می‌کند.</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>فایل تنظیمات: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>ذخیره‌سازی کار می‌کند.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>ذخیره‌سازی قابل استفاده نیست؛ کیوسک بدون آن کار می‌کند و خودش دوباره تلاش می‌کند. علت: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>نمی‌توان در پوشهٔ داده نوشت؛ کیوسک از یک پوشهٔ موقت کار می‌کند و بعد از راه‌اندازی دوباره چیزی نگه نمی‌دارد. علت: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>نشانی‌های مسدودشده</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>نشانی</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>دفعات</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>آخرین روز</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>مرورگر هیچ نشانی‌ای را مسدود نکرده است.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>انتهای گزارش</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>بازگشت به کیوسک</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>پایان دادن به جلسهٔ مراجعه‌کننده</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>خروج از حالت کیوسک</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>فنلاندی</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>سوئدی</translation>
        </message>
        <message>
            <source>English</source>
            <translation>انگلیسی</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>روسی</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>اوکراینی</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>استونیایی</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>عربی</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>فارسی</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>سومالیایی</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>فایل وضعیت ترجمه‌ها (STATUS.md) خوانده نمی‌شود؛ گزارش را ببینید.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>گویشور بومی بررسی نکرده است: %1</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>تنظیمات دریافت‌شده از شبکه:</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>صف مشترک کمک: استفاده نمی‌شود</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>صف مشترک کمک: وصل نیست. %1 این رایانه صف خودش را نگه می‌دارد.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>صف مشترک کمک: وصل است (%n رایانه)</numerusform>
            </translation>
        </message>
    </context>
</TS>
