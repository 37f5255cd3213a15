<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>SessionFeedback</name>
        <message>
            <source>Did you get your matter done?</source>
            <translation>هل أنجزت ما جئت من أجله؟</translation>
        </message>
        <message>
            <source>Your answer is anonymous. It helps us improve this service point.</source>
            <translation>إجابتك بدون اسم. تساعدنا على تحسين نقطة الخدمة هذه.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Partly</source>
            <translation>جزئيًا</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <source>Skip the question</source>
            <translation>تخطي السؤال</translation>
        </message>
    </context>
</TS>
