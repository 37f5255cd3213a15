<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>هل ساعدك هذا الدليل؟</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>نعم، ساعدني</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>لا، لم يساعدني</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>عام</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>تمت كل الخطوات (%1)</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>الخطوة %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← السابق</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>الخطوة السابقة</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>التالي →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>قراءة بصوت عالٍ</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>قراءة هذه الخطوة بصوت عالٍ</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>القراءة بصوت عالٍ غير متاحة الآن</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>القراءة بصوت عالٍ غير متاحة الآن</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>طباعة الدليل كاملًا</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>صفحة الخدمة نفسها، لفتحها على هاتفك أو في البيت:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>كل الأدلة</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>إغلاق الدليل وإظهار كل الأدلة</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>صفحة الخدمة على هاتفك: امسح الرمز بالكاميرا.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>دليل</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>لا يمكن قراءة هذه اللغة بصوت عالٍ</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>لا يمكن قراءة هذه اللغة بصوت عالٍ على هذا الحاسوب</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>أدلة %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>إظهار كل الأدلة</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>لا توجد أدلة لهذه الخدمة بعد. المس «إظهار كل الأدلة» لترى الأدلة الأخرى.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>أين تريد قراءة الدليل؟</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>بجانب %1</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>بجانب الخدمة</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>إظهار الدليل بجانب الخدمة</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>على الشاشة كاملة</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>العودة إلى الأدلة</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← العودة إلى %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>العودة إلى %1</translation>
        </message>
    </context>
</TS>
