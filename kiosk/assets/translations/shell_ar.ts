<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>ComingSoon</name>
        <message>
            <source>Guides are coming soon</source>
            <translation>الأدلة قادمة قريبًا</translation>
        </message>
        <message>
            <source>Step-by-step guides are not on this computer yet. The staff of this service point can help you.</source>
            <translation>الأدلة خطوة بخطوة غير موجودة على هذا الحاسوب بعد. يمكن لموظفي نقطة الخدمة مساعدتك.</translation>
        </message>
        <message>
            <source>Asking for help here is coming soon</source>
            <translation>قريبًا يمكنك طلب المساعدة هنا</translation>
        </message>
        <message>
            <source>You cannot ask for help on this computer yet. Please ask the staff of this service point.</source>
            <translation>لا يمكنك طلب المساعدة من هذا الحاسوب بعد. من فضلك اسأل موظفي نقطة الخدمة.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmEnd</name>
        <message>
            <source>Are you done?</source>
            <translation>هل انتهيت؟</translation>
        </message>
        <message>
            <source>Your information will be removed from this computer.</source>
            <translation>ستُحذف معلوماتك من هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Yes, end and remove</source>
            <translation>نعم، أنهِ واحذف</translation>
        </message>
        <message>
            <source>No, continue</source>
            <translation>لا، تابع</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Choose a service. Tap a button.</source>
            <translation>اختر خدمة. المس زرًا.</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>اللغة: %1</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>On</source>
            <translation>مشغّل</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <source>Other languages</source>
            <translation>لغات أخرى</translation>
        </message>
        <message>
            <source>Other languages: open the list</source>
            <translation>لغات أخرى: افتح القائمة</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>Are you still using this computer?</source>
            <translation>هل ما زلت تستخدم هذا الحاسوب؟</translation>
        </message>
        <message numerus="yes">
            <source>If you do not continue, everything you did will be removed in %n second(s).</source>
            <translation>
                <numerusform>إذا لم تتابع، سيُحذف كل ما فعلته. الثواني المتبقية: %n</numerusform>
                <numerusform>إذا لم تتابع، سيُحذف كل ما فعلته. الثواني المتبقية: %n</numerusform>
                <numerusform>إذا لم تتابع، سيُحذف كل ما فعلته. الثواني المتبقية: %n</numerusform>
                <numerusform>إذا لم تتابع، سيُحذف كل ما فعلته. الثواني المتبقية: %n</numerusform>
                <numerusform>إذا لم تتابع، سيُحذف كل ما فعلته. الثواني المتبقية: %n</numerusform>
                <numerusform>إذا لم تتابع، سيُحذف كل ما فعلته. الثواني المتبقية: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
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
            <translation>⌂ الرئيسية</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>الشاشة الرئيسية</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← رجوع</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Guides</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>طلب المساعدة</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>Language: %1. Choose another language</source>
            <translation>اللغة: %1. اختر لغة أخرى</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message numerus="yes">
            <source>%n digit(s) entered</source>
            <translation>
                <numerusform>الأرقام المدخلة: %n</numerusform>
                <numerusform>الأرقام المدخلة: %n</numerusform>
                <numerusform>الأرقام المدخلة: %n</numerusform>
                <numerusform>الأرقام المدخلة: %n</numerusform>
                <numerusform>الأرقام المدخلة: %n</numerusform>
                <numerusform>الأرقام المدخلة: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Administrator PIN</source>
            <translation>الرمز السري للمسؤول</translation>
        </message>
        <message numerus="yes">
            <source>Locked. Try again in %n minute(s).</source>
            <translation>
                <numerusform>مقفل. حاول مرة أخرى بعد مدة (بالدقائق): %n</numerusform>
                <numerusform>مقفل. حاول مرة أخرى بعد مدة (بالدقائق): %n</numerusform>
                <numerusform>مقفل. حاول مرة أخرى بعد مدة (بالدقائق): %n</numerusform>
                <numerusform>مقفل. حاول مرة أخرى بعد مدة (بالدقائق): %n</numerusform>
                <numerusform>مقفل. حاول مرة أخرى بعد مدة (بالدقائق): %n</numerusform>
                <numerusform>مقفل. حاول مرة أخرى بعد مدة (بالدقائق): %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>جارٍ التحقق…</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %n attempt(s) left.</source>
            <translation>
                <numerusform>الرمز السري خاطئ. المحاولات المتبقية: %n</numerusform>
                <numerusform>الرمز السري خاطئ. المحاولات المتبقية: %n</numerusform>
                <numerusform>الرمز السري خاطئ. المحاولات المتبقية: %n</numerusform>
                <numerusform>الرمز السري خاطئ. المحاولات المتبقية: %n</numerusform>
                <numerusform>الرمز السري خاطئ. المحاولات المتبقية: %n</numerusform>
                <numerusform>الرمز السري خاطئ. المحاولات المتبقية: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the PIN and press OK.</source>
            <translation>اكتب الرمز السري واضغط OK.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Clear the PIN</source>
            <translation>مسح الرمز السري</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>PrintStatusLabel</name>
        <message>
            <source>Printing...</source>
            <translation>جارٍ الطباعة...</translation>
        </message>
        <message>
            <source>Printed. Take your paper from the printer.</source>
            <translation>تمت الطباعة. خذ الورقة من الطابعة.</translation>
        </message>
        <message>
            <source>This computer cannot print right now. Ask for help.</source>
            <translation>لا يمكن الطباعة من هذا الحاسوب الآن. اطلب المساعدة.</translation>
        </message>
        <message>
            <source>The printer is still busy. Wait a moment and try again.</source>
            <translation>الطابعة ما زالت مشغولة. انتظر قليلًا ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Printing did not work. Ask for help.</source>
            <translation>لم تنجح الطباعة. اطلب المساعدة.</translation>
        </message>
    </context>
    <context>
        <name>ServiceArea</name>
        <message>
            <source>Guides for this service</source>
            <translation>أدلة هذه الخدمة</translation>
        </message>
        <message>
            <source>Hide guide</source>
            <translation>إخفاء الدليل</translation>
        </message>
        <message>
            <source>Hide the guide next to the service</source>
            <translation>إخفاء الدليل الموجود بجانب الخدمة</translation>
        </message>
        <message>
            <source>Show guide</source>
            <translation>إظهار الدليل</translation>
        </message>
        <message>
            <source>Show a guide next to the service</source>
            <translation>إظهار دليل بجانب الخدمة</translation>
        </message>
        <message>
            <source>This service is in Finnish, Swedish or English. Your guide can stay beside it: tap Show guide.</source>
            <translation>الخدمة نفسها باللغة الفنلندية أو السويدية أو الإنجليزية. يمكن أن يبقى الدليل بجانبها: المس «إظهار الدليل».</translation>
        </message>
    </context>
    <context>
        <name>ServicedWindow</name>
        <message>
            <source>This computer is being serviced</source>
            <translation>هذا الحاسوب قيد الصيانة</translation>
        </message>
        <message>
            <source>Please ask the staff for help or come back later. We are sorry for the trouble.</source>
            <translation>من فضلك اطلب المساعدة من الموظفين أو عد لاحقًا. نعتذر عن الإزعاج.</translation>
        </message>
        <message>
            <source>This computer is being set up</source>
            <translation>يجري تجهيز هذا الحاسوب</translation>
        </message>
        <message>
            <source>Please ask the staff.</source>
            <translation>يرجى سؤال الموظفين.</translation>
        </message>
    </context>
    <context>
        <name>SignedOut</name>
        <message>
            <source>You are signed out. Everything was removed.</source>
            <translation>تم تسجيل خروجك. حُذف كل شيء.</translation>
        </message>
        <message>
            <source>The pages you opened, your logins, downloaded files and what you copied are gone from this computer.</source>
            <translation>الصفحات التي فتحتها وتسجيلات دخولك والملفات التي نزّلتها وما نسخته حُذفت من هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The session ended because nobody used the computer.</source>
            <translation>انتهت الجلسة لأن أحدًا لم يستخدم الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>TextSizeControl</name>
        <message>
            <source>normal</source>
            <translation>عادي</translation>
        </message>
        <message>
            <source>large</source>
            <translation>كبير</translation>
        </message>
        <message>
            <source>largest</source>
            <translation>الأكبر</translation>
        </message>
        <message>
            <source>Text size %1/%2</source>
            <translation>حجم النص %1/%2</translation>
        </message>
        <message>
            <source>Text size: %1 (%2 of %3)</source>
            <translation>حجم النص: %1 (%2 من %3)</translation>
        </message>
        <message>
            <source>A−</source>
            <translation>A−</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>نص أصغر</translation>
        </message>
        <message>
            <source>A+</source>
            <translation>A+</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>نص أكبر</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Choose a language</source>
            <translation>اختر اللغة</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← رجوع</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>رجوع بدون تغيير اللغة</translation>
        </message>
    </context>
    <context>
        <name>BrokerTexts</name>
        <message>
            <source>The certificate files named in the configuration cannot be used.</source>
            <translation>لا يمكن استخدام ملفات الشهادات المذكورة في الإعدادات.</translation>
        </message>
        <message>
            <source>The broker is not trusted: its certificate is not signed by the site CA in ca_file.</source>
            <translation>الوسيط غير موثوق: شهادته غير موقعة من جهة الشهادات الخاصة بالموقع في ca_file.</translation>
        </message>
        <message>
            <source>The broker's certificate is not made for the address in the configuration.</source>
            <translation>شهادة الوسيط ليست مُعدّة للعنوان المذكور في الإعدادات.</translation>
        </message>
        <message>
            <source>The broker's own certificate has expired.</source>
            <translation>انتهت صلاحية شهادة الوسيط نفسه.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has expired.</source>
            <translation>رفض الوسيط شهادة هذا الحاسوب: انتهت صلاحيتها.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it has been revoked.</source>
            <translation>رفض الوسيط شهادة هذا الحاسوب: تم إلغاؤها.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's certificate: it is not signed by the site CA.</source>
            <translation>رفض الوسيط شهادة هذا الحاسوب: ليست موقعة من جهة الشهادات الخاصة بالموقع.</translation>
        </message>
        <message>
            <source>The broker refused the connection: it needs this terminal's certificate.</source>
            <translation>رفض الوسيط الاتصال: يحتاج إلى شهادة هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The broker closed the connection during TLS set-up: check this terminal's certificate.</source>
            <translation>أغلق الوسيط الاتصال أثناء إعداد TLS: تحقق من شهادة هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The broker refused this terminal's login.</source>
            <translation>رفض الوسيط تسجيل دخول هذا الحاسوب.</translation>
        </message>
        <message>
            <source>The broker cannot be reached.</source>
            <translation>لا يمكن الوصول إلى الوسيط.</translation>
        </message>
        <message>
            <source>Connecting to the broker failed.</source>
            <translation>فشل الاتصال بالوسيط.</translation>
        </message>
        <message>
            <source>Not connected yet.</source>
            <translation>لم يتم الاتصال بعد.</translation>
        </message>
    </context>
</TS>
