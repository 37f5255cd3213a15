<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>آیا کارتان انجام شد؟</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>پاسخ شما بی‌نام است. به ما کمک می‌کند این مرکز خدمات را بهتر کنیم.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>بله</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>تا حدی</translation>
        </message>
        <message>
            <source>No</source>
            <translation>نه</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>رد شدن</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>رد شدن از پرسش</translation>
        </message>
    </context>
</TS>
