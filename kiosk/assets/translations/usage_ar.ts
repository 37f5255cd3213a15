<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>UsagePanel</name>
        <message>
            <source>Usage figures</source>
            <translation>أرقام الاستخدام</translation>
        </message>
        <message>
            <source>Sessions per day, last 30 days</source>
            <translation>الجلسات في اليوم، آخر 30 يومًا</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>جارٍ القراءة…</translation>
        </message>
        <message>
            <source>The usage log cannot be read now (storage unavailable).</source>
            <translation>لا يمكن قراءة سجل الاستخدام الآن (التخزين غير متاح).</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Waiting to be sent: %1</source>
            <translation>في انتظار الإرسال: %1</translation>
        </message>
        <message>
            <source>Last successful sync: %1</source>
            <translation>آخر إرسال ناجح: %1</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>آخر خطأ: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <source>Too old for Matomo, kept here: %1</source>
            <translation>قديمة جدًا على Matomo، محفوظة هنا: %1</translation>
        </message>
        <message>
            <source>Set aside %1 · refused as invalid %2 · sent again %3 · re-dated %4</source>
            <translation>مؤجلة %1 · مرفوضة لأنها غير صالحة %2 · أُرسلت مرة أخرى %3 · صُحح تاريخها %4</translation>
        </message>
    </context>
</TS>
