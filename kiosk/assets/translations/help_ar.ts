<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>الهاتف %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>امسح الرمز بهاتفك لفتح صفحة الإنترنت</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>في أي شيء تحتاج المساعدة؟</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>جهازي الخاص</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>شيء آخر</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>اسمك الأول (يمكنك تخطي هذا)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>سيناديك المساعد بهذا الاسم. يُحذف الاسم بعد أن تحصل على المساعدة.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>اسمك الأول</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>متابعة</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>رقمك هو %1</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>جاء دورك: %1 في الطريق إليك</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>جاء دورك: المساعد قادم إليك</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>يمكنك متابعة استخدام الحاسوب. رقمك يبقى ظاهرًا في الشريط في الأعلى.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>متابعة العمل</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>إلغاء طلبي</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>لا يوجد مساعد هنا الآن</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>يمكنك أيضًا الحصول على المساعدة هنا:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>اترك طلبًا لساعات المساعدة القادمة</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>طلب المساعدة</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>جاء دورك: %1 في الطريق إليك</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>جاء دورك: المساعد قادم إليك</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>المساعدة: الرقم %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>المكان %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>يوم الاثنين</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>يوم الثلاثاء</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>يوم الأربعاء</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>يوم الخميس</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>يوم الجمعة</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>يوم السبت</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>يوم الأحد</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>المساعدة موجودة الآن (%1 حتى %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>المساعدة موجودة الآن</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>المساعدة اليوم %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>المساعدة القادمة: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>لا توجد ساعات مساعدة مخطط لها حاليًا.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>لا يوجد مساعد هنا الآن.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>سيأتي إليك مساعد قريبًا.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>وقت الانتظار حوالي %1-%2 دقيقة.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>أنت التالي في الدور.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>مكانك في الدور: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>الرمز السري للمساعد</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 د</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>دور المساعدة</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>لا أحد ينتظر.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>غير موجود</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>اليوم: تمت مساعدة %1 · الانتظار نحو %2 · استغرقت المساعدة نحو %3 · ينتظر %4</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>اليوم: لم تتم مساعدة أحد بعد · ينتظر %1</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>اليوم: تمت مساعدة %1 · ينتظر %2</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>نداء</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>نداء الشخص المختار أو التالي في الانتظار</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>إغلاق الطلب</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>إنهاء المناوبة</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>بدء المناوبة</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>أنت في المناوبة: المس لإنهاء المناوبة</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>لست في المناوبة: المس لبدء المناوبة</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>إغلاق شاشة المساعد</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>كيف انتهى الأمر؟</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>الرقم %1: أكّد الموضوع، ثم المس كيف انتهى الأمر</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>تم الحل</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>تم توجيهه إلى الجهة الرسمية</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>تم توجيهه إلى البنك</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>يحتاج إلى موعد</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>لم يُحل</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>للمساعدين</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>المساعد</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>تم نداء الرقم %1 من قبل: %2</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>تُعرض قائمة انتظار هذا الحاسوب فقط: لا يمكن الوصول إلى القائمة المشتركة. %1</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 د</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>ينتظر</translation>
        </message>
        <message>
            <source>called</source>
            <translation>تم نداؤه</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>تتم مساعدته</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>الحاسوب غير متصل بالشبكة</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1، الخطوة %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>رقم</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>مدة الانتظار</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>الاسم الأول</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>الحاسوب</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>ما يفعله الآن</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الحالة</translation>
        </message>
    </context>
</TS>
