<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AdminView</name>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>الإدارة</translation>
        </message>
        <message>
            <source>Digipiste %1 · site %2 · terminal %3</source>
            <translation>Digipiste %1 · الموقع %2 · الحاسوب %3</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>The configuration loaded without errors.</source>
            <translation>تم تحميل الإعدادات بدون أخطاء.</translation>
        </message>
        <message numerus="yes">
            <source>The configuration file has %n error(s).</source>
            <translation>
                <numerusform>عدد الأخطاء في ملف الإعدادات: %n.</numerusform>
                <numerusform>عدد الأخطاء في ملف الإعدادات: %n.</numerusform>
                <numerusform>عدد الأخطاء في ملف الإعدادات: %n.</numerusform>
                <numerusform>عدد الأخطاء في ملف الإعدادات: %n.</numerusform>
                <numerusform>عدد الأخطاء في ملف الإعدادات: %n.</numerusform>
                <numerusform>عدد الأخطاء في ملف الإعدادات: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>The kiosk is using the last valid configuration of this terminal.</source>
            <translation>يستخدم الكشك آخر إعدادات صالحة لهذا الحاسوب.</translation>
        </message>
        <message>
            <source>Configuration file: %1</source>
            <translation>ملف الإعدادات: %1</translation>
        </message>
        <message>
            <source>Storage works.</source>
            <translation>التخزين يعمل.</translation>
        </message>
        <message>
            <source>Storage cannot be used; the kiosk serves residents without it and tries again by itself. Reason: %1</source>
            <translation>لا يمكن استخدام التخزين؛ يعمل الكشك بدونه ويحاول مرة أخرى تلقائيًا. السبب: %1</translation>
        </message>
        <message>
            <source>The data directory cannot be written; the kiosk serves residents from a temporary folder and keeps nothing past a restart. Reason: %1</source>
            <translation>لا يمكن الكتابة في مجلد البيانات؛ يعمل الكشك من مجلد مؤقت ولا يحتفظ بشيء بعد إعادة التشغيل. السبب: %1</translation>
        </message>
        <message>
            <source>Refused addresses</source>
            <translation>العناوين المحظورة</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>المرات</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>آخر يوم</translation>
        </message>
        <message>
            <source>The browser has not refused any address.</source>
            <translation>لم يحظر المتصفح أي عنوان.</translation>
        </message>
        <message>
            <source>End of the log</source>
            <translation>نهاية السجل</translation>
        </message>
        <message>
            <source>Back to the kiosk</source>
            <translation>العودة إلى الكشك</translation>
        </message>
        <message>
            <source>End the resident's session</source>
            <translation>إنهاء جلسة الزائر</translation>
        </message>
        <message>
            <source>Leave kiosk mode</source>
            <translation>الخروج من وضع الكشك</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>الفنلندية</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>السويدية</translation>
        </message>
        <message>
            <source>English</source>
            <translation>الإنجليزية</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>الروسية</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>الأوكرانية</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>الإستونية</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>الفارسية</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>الصومالية</translation>
        </message>
        <message>
            <source>The translation status file (STATUS.md) cannot be read; see the log.</source>
            <translation>لا يمكن قراءة ملف حالة الترجمات (STATUS.md)؛ راجع السجل.</translation>
        </message>
        <message>
            <source>Not checked by a native speaker: %1</source>
            <translation>لم يراجعها متحدث أصلي: %1</translation>
        </message>
        <message>
            <source>Configuration fetched from the network:</source>
            <translation>الإعدادات التي جُلبت من الشبكة:</translation>
        </message>
        <message>
            <source>Shared help queue: not in use</source>
            <translation>قائمة انتظار المساعدة المشتركة: غير مستخدمة</translation>
        </message>
        <message>
            <source>Shared help queue: not connected. %1 This terminal keeps its own queue.</source>
            <translation>قائمة انتظار المساعدة المشتركة: غير متصلة. %1 يحتفظ هذا الحاسوب بقائمة انتظاره الخاصة.</translation>
        </message>
        <message numerus="yes">
            <source>Shared help queue: connected (%n terminal(s))</source>
            <translation>
                <numerusform>قائمة انتظار المساعدة المشتركة: متصلة (عدد الحواسيب: %n)</numerusform>
                <numerusform>قائمة انتظار المساعدة المشتركة: متصلة (عدد الحواسيب: %n)</numerusform>
                <numerusform>قائمة انتظار المساعدة المشتركة: متصلة (عدد الحواسيب: %n)</numerusform>
                <numerusform>قائمة انتظار المساعدة المشتركة: متصلة (عدد الحواسيب: %n)</numerusform>
                <numerusform>قائمة انتظار المساعدة المشتركة: متصلة (عدد الحواسيب: %n)</numerusform>
                <numerusform>قائمة انتظار المساعدة المشتركة: متصلة (عدد الحواسيب: %n)</numerusform>
            </translation>
        </message>
    </context>
</TS>
