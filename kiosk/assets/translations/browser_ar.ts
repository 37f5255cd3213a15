<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>BlockedPanel</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>لا يمكن فتح هذه الصفحة على هذا الحاسوب</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>هذا الحاسوب يفتح فقط الخدمات الموجودة في الشاشة الرئيسية. يمكنك الرجوع إلى الصفحة السابقة أو إلى الشاشة الرئيسية.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>العنوان: %1</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>الرجوع إلى الصفحة السابقة</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>الشاشة الرئيسية</translation>
        </message>
    </context>
    <context>
        <name>BrowserToolbar</name>
        <message>
            <source>Printing...</source>
            <translation>جارٍ الطباعة...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>تمت الطباعة. خذ الورقة من الطابعة.</translation>
        </message>
        <message>
            <source>This computer cannot print right now: no printer is connected. Ask for help.</source>
            <translation>لا يمكن الطباعة من هذا الحاسوب الآن: لا توجد طابعة متصلة. اطلب المساعدة.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>الطابعة ما زالت مشغولة. انتظر قليلًا ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>لم تنجح الطباعة. اطلب المساعدة.</translation>
        </message>
        <message>
            <source>This file cannot be saved on this computer.</source>
            <translation>لا يمكن حفظ هذا الملف على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>العنوان: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Print this page</source>
            <translation>طباعة هذه الصفحة</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <source>USB stick or card %1</source>
            <translation>ذاكرة USB أو بطاقة %1</translation>
        </message>
        <message>
            <source>Files from this visit</source>
            <translation>ملفات هذه الزيارة</translation>
        </message>
        <message numerus="yes">
            <source>Send %n file(s)</source>
            <translation>
                <numerusform>إرسال الملفات: %n</numerusform>
                <numerusform>إرسال الملفات: %n</numerusform>
                <numerusform>إرسال الملفات: %n</numerusform>
                <numerusform>إرسال الملفات: %n</numerusform>
                <numerusform>إرسال الملفات: %n</numerusform>
                <numerusform>إرسال الملفات: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Tap a file to choose it</source>
            <translation>المس ملفًا لاختياره</translation>
        </message>
        <message>
            <source>Send this file</source>
            <translation>إرسال هذا الملف</translation>
        </message>
        <message>
            <source>Choose files to send</source>
            <translation>اختر الملفات التي تريد إرسالها</translation>
        </message>
        <message>
            <source>Choose a file to send</source>
            <translation>اختر الملف الذي تريد إرساله</translation>
        </message>
        <message>
            <source>Files from a USB stick, a memory card or this visit. Nothing on this computer is changed.</source>
            <translation>ملفات من ذاكرة USB أو بطاقة ذاكرة أو من هذه الزيارة. لا يتغير شيء على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation>ابحث مرة أخرى</translation>
        </message>
        <message>
            <source>Look for a USB stick again</source>
            <translation>ابحث عن ذاكرة USB مرة أخرى</translation>
        </message>
        <message>
            <source>Up one folder</source>
            <translation>مجلد للأعلى</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Files and folders</source>
            <translation>الملفات والمجلدات</translation>
        </message>
        <message>
            <source>No USB stick or memory card was found. Put it in the computer and press "Look again".</source>
            <translation>لم يتم العثور على ذاكرة USB أو بطاقة ذاكرة. ضعها في الحاسوب واضغط «ابحث مرة أخرى».</translation>
        </message>
        <message>
            <source>There are no files here that this service accepts.</source>
            <translation>لا توجد هنا ملفات تقبلها هذه الخدمة.</translation>
        </message>
        <message numerus="yes">
            <source>%n more file(s) are not shown. Open a folder to see fewer at a time.</source>
            <translation>
                <numerusform>ملفات أخرى غير معروضة: %n. افتح مجلدًا لترى عددًا أقل في كل مرة.</numerusform>
                <numerusform>ملفات أخرى غير معروضة: %n. افتح مجلدًا لترى عددًا أقل في كل مرة.</numerusform>
                <numerusform>ملفات أخرى غير معروضة: %n. افتح مجلدًا لترى عددًا أقل في كل مرة.</numerusform>
                <numerusform>ملفات أخرى غير معروضة: %n. افتح مجلدًا لترى عددًا أقل في كل مرة.</numerusform>
                <numerusform>ملفات أخرى غير معروضة: %n. افتح مجلدًا لترى عددًا أقل في كل مرة.</numerusform>
                <numerusform>ملفات أخرى غير معروضة: %n. افتح مجلدًا لترى عددًا أقل في كل مرة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message>
            <source>The file could not be read. Is the USB stick still in the computer? Choose the file again.</source>
            <translation>تعذرت قراءة الملف. هل ذاكرة USB ما زالت في الحاسوب؟ اختر الملف مرة أخرى.</translation>
        </message>
        <message>
            <source>Folder: %1</source>
            <translation>المجلد: %1</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Folder</source>
            <translation>مجلد</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>تم اختياره</translation>
        </message>
    </context>
    <context>
        <name>KioskPages</name>
        <message>
            <source>This page cannot be opened on this computer</source>
            <translation>لا يمكن فتح هذه الصفحة على هذا الحاسوب</translation>
        </message>
        <message>
            <source>This computer only opens the services on its home screen. You can go back to the previous page or to the home screen.</source>
            <translation>هذا الحاسوب يفتح فقط الخدمات الموجودة في الشاشة الرئيسية. يمكنك الرجوع إلى الصفحة السابقة أو إلى الشاشة الرئيسية.</translation>
        </message>
        <message>
            <source>Address: %1</source>
            <translation>العنوان: %1</translation>
        </message>
    </context>
    <context>
        <name>PageDialog</name>
        <message>
            <source>Do you want to leave this page?</source>
            <translation>هل تريد مغادرة هذه الصفحة؟</translation>
        </message>
        <message>
            <source>What you wrote on this page may not be saved.</source>
            <translation>ما كتبته في هذه الصفحة قد لا يُحفظ.</translation>
        </message>
        <message>
            <source>Leave the page</source>
            <translation>مغادرة الصفحة</translation>
        </message>
        <message>
            <source>Stay on the page</source>
            <translation>البقاء في الصفحة</translation>
        </message>
        <message>
            <source>The service says:</source>
            <translation>رسالة من الخدمة:</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
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
            <translation>هذا الحاسوب غير متصل بالإنترنت</translation>
        </message>
        <message>
            <source>The service cannot be opened now. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>لا يمكن فتح الخدمة الآن. انتظر قليلًا ثم حاول مرة أخرى. إذا لم تنجح، اطلب المساعدة.</translation>
        </message>
        <message>
            <source>The service could not be found</source>
            <translation>لم يتم العثور على الخدمة</translation>
        </message>
        <message>
            <source>This computer could not find the service. The network may have a problem. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>لم يجد هذا الحاسوب الخدمة. قد تكون هناك مشكلة في الشبكة. انتظر قليلًا ثم حاول مرة أخرى. إذا لم تنجح، اطلب المساعدة.</translation>
        </message>
        <message>
            <source>The service is taking too long</source>
            <translation>الخدمة تتأخر كثيرًا</translation>
        </message>
        <message>
            <source>The service did not answer in time. It may be very busy. Wait a moment and try again.</source>
            <translation>لم ترد الخدمة في الوقت المناسب. قد تكون مشغولة جدًا. انتظر قليلًا ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>This page cannot be opened safely</source>
            <translation>لا يمكن فتح هذه الصفحة بأمان</translation>
        </message>
        <message>
            <source>The connection to the service could not be checked, so the page was not opened. Your information is safe. Try again later or ask for help.</source>
            <translation>تعذر التحقق من الاتصال بالخدمة، لذلك لم تُفتح الصفحة. معلوماتك آمنة. حاول لاحقًا أو اطلب المساعدة.</translation>
        </message>
        <message>
            <source>The service has a problem</source>
            <translation>في الخدمة مشكلة</translation>
        </message>
        <message>
            <source>The service is not working right now. It is not your fault. Wait a moment and try again.</source>
            <translation>الخدمة لا تعمل الآن. هذا ليس خطأك. انتظر قليلًا ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The page stopped working</source>
            <translation>توقفت الصفحة عن العمل</translation>
        </message>
        <message>
            <source>The page closed suddenly. It is not your fault. Press Try again to open the page again.</source>
            <translation>أُغلقت الصفحة فجأة. هذا ليس خطأك. اضغط «حاول مرة أخرى» لفتح الصفحة من جديد.</translation>
        </message>
        <message>
            <source>Services cannot be opened right now</source>
            <translation>لا يمكن فتح الخدمات الآن</translation>
        </message>
        <message>
            <source>This computer could not start its browser. It is not your fault. Wait a moment and try again. The guides work without it.</source>
            <translation>لم يستطع هذا الحاسوب تشغيل المتصفح. هذا ليس خطأك. انتظر قليلًا ثم حاول مرة أخرى. الأدلة تعمل بدونه.</translation>
        </message>
        <message>
            <source>This page asks for a password that this computer cannot give</source>
            <translation>هذه الصفحة تطلب كلمة مرور لا يستطيع هذا الحاسوب إعطاءها</translation>
        </message>
        <message>
            <source>You cannot use this page on this computer. Go back to the previous page or to the home screen.</source>
            <translation>لا يمكنك استخدام هذه الصفحة على هذا الحاسوب. ارجع إلى الصفحة السابقة أو إلى الشاشة الرئيسية.</translation>
        </message>
        <message>
            <source>The service is not answering</source>
            <translation>الخدمة لا ترد</translation>
        </message>
        <message>
            <source>The service did not answer. It may be closed or busy. Wait a moment and try again. If it still does not work, ask for help.</source>
            <translation>لم ترد الخدمة. قد تكون مغلقة أو مشغولة. انتظر قليلًا ثم حاول مرة أخرى. إذا لم تنجح، اطلب المساعدة.</translation>
        </message>
        <message>
            <source>Opening the page again…</source>
            <translation>جارٍ فتح الصفحة من جديد…</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>حاول مرة أخرى</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>الرجوع إلى الصفحة السابقة</translation>
        </message>
        <message>
            <source>Home screen</source>
            <translation>الشاشة الرئيسية</translation>
        </message>
        <message>
            <source>Open the guides</source>
            <translation>فتح الأدلة</translation>
        </message>
        <message>
            <source>%1 could not be found</source>
            <translation>لم يتم العثور على %1</translation>
        </message>
        <message>
            <source>%1 is taking too long</source>
            <translation>%1 تتأخر كثيرًا</translation>
        </message>
        <message>
            <source>%1 has a problem</source>
            <translation>في %1 مشكلة</translation>
        </message>
        <message>
            <source>%1 is not answering</source>
            <translation>%1 لا ترد</translation>
        </message>
    </context>
    <context>
        <name>ServiceView</name>
        <message>
            <source>Service</source>
            <translation>الخدمة</translation>
        </message>
    </context>
</TS>
