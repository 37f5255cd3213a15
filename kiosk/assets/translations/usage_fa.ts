<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>آمار استفاده</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>جلسه‌ها در روز، ۳۰ روز گذشته</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>در حال خواندن…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>گزارش استفاده الان خوانده نمی‌شود (ذخیره‌سازی در دسترس نیست).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>هرگز</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>در انتظار ارسال: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>آخرین ارسال موفق: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>آخرین خطا: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>هیچ</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>برای Matomo خیلی قدیمی، اینجا نگه داشته می‌شود: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>کنار گذاشته %1 · رد شده به‌عنوان نامعتبر %2 · دوباره ارسال شده %3 · تاریخ اصلاح‌شده %4</translation>
        </message>
    </context>
</TS>
