<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Phone %1</source>
            <translation>تلفن %1</translation>
        </message>
        <message>
            <source>Scan with your phone to open the web page</source>
            <translation>با تلفن خود اسکن کنید تا صفحهٔ وب باز شود</translation>
        </message>
        <message>
            <source>What do you need help with?</source>
            <translation>در چه کاری کمک لازم دارید؟</translation>
        </message>
        <message>
            <source>My own device</source>
            <translation>دستگاه خودم</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>چیز دیگر</translation>
        </message>
        <message>
            <source>Your first name (you can skip this)</source>
            <translation>نام کوچک شما (می‌توانید رد شوید)</translation>
        </message>
        <message>
            <source>The helper calls you by this name. It is deleted when you have been helped.</source>
            <translation>کمک‌کننده شما را با این نام صدا می‌زند. نام بعد از کمک پاک می‌شود.</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>نام کوچک شما</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>رد شدن</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ادامه</translation>
        </message>
        <message>
            <source>Your number is %1</source>
            <translation>شمارهٔ شما %1 است</translation>
        </message>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>نوبت شماست: %1 می‌آید</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>نوبت شماست: کمک‌کننده می‌آید</translation>
        </message>
        <message>
            <source>You can keep using the computer. Your number stays in the bar at the top.</source>
            <translation>می‌توانید به کار با رایانه ادامه دهید. شمارهٔ شما در نوار بالا می‌ماند.</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>ادامهٔ کار</translation>
        </message>
        <message>
            <source>Cancel my request</source>
            <translation>لغو درخواست من</translation>
        </message>
        <message>
            <source>There is no helper here right now</source>
            <translation>الان کمک‌کننده‌ای اینجا نیست</translation>
        </message>
        <message>
            <source>You can also get help here:</source>
            <translation>از اینجا هم می‌توانید کمک بگیرید:</translation>
        </message>
        <message>
            <source>Leave a request for the next helper hours</source>
            <translation>برای ساعت‌های بعدی کمک درخواست بگذارید</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>کمک خواستن</translation>
        </message>
    </context>
    <context>
        <name>HelpStatusButton</name>
        <message>
            <source>Your turn: %1 is coming</source>
            <translation>نوبت شماست: %1 می‌آید</translation>
        </message>
        <message>
            <source>Your turn: a helper is coming</source>
            <translation>نوبت شماست: کمک‌کننده می‌آید</translation>
        </message>
        <message>
            <source>Help: number %1</source>
            <translation>کمک: شمارهٔ %1</translation>
        </message>
        <message>
            <source>place %1</source>
            <translation>نفر %1</translation>
        </message>
    </context>
    <context>
        <name>HelpTexts</name>
        <message>
            <source>Monday</source>
            <translation>دوشنبه</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>سه‌شنبه</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>چهارشنبه</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>پنجشنبه</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>جمعه</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>شنبه</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>یکشنبه</translation>
        </message>
        <message>
            <source>Help is here now (%1 until %2)</source>
            <translation>الان کمک اینجاست (%1 تا %2)</translation>
        </message>
        <message>
            <source>Help is here now</source>
            <translation>الان کمک اینجاست</translation>
        </message>
        <message>
            <source>Help today %1</source>
            <translation>کمک امروز %1</translation>
        </message>
        <message>
            <source>Next help: %1 %2</source>
            <translation>کمک بعدی: %1 %2</translation>
        </message>
        <message>
            <source>No helper hours are planned at the moment.</source>
            <translation>فعلاً ساعت کمکی برنامه‌ریزی نشده است.</translation>
        </message>
        <message>
            <source>No helper is here right now.</source>
            <translation>الان کمک‌کننده‌ای اینجا نیست.</translation>
        </message>
        <message>
            <source>A helper will come to you soon.</source>
            <translation>کمک‌کننده به‌زودی پیش شما می‌آید.</translation>
        </message>
        <message>
            <source>Waiting time about %1-%2 minutes.</source>
            <translation>زمان انتظار حدود %1-%2 دقیقه.</translation>
        </message>
        <message>
            <source>You are next in line.</source>
            <translation>نفر بعدی شما هستید.</translation>
        </message>
        <message>
            <source>Your place in line: %1</source>
            <translation>جای شما در صف: %1</translation>
        </message>
    </context>
    <context>
        <name>HelperView</name>
        <message>
            <source>Helper PIN</source>
            <translation>رمز کمک‌کننده</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 دقیقه</translation>
        </message>
        <message>
            <source>Help queue</source>
            <translation>صف کمک</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Nobody is waiting.</source>
            <translation>کسی منتظر نیست.</translation>
        </message>
        <message>
            <source>Not here</source>
            <translation>حاضر نیست</translation>
        </message>
        <message>
            <source>Today: %1 helped · waited about %2 · help took about %3 · %4 waiting</source>
            <translation>امروز: %1 نفر کمک گرفتند · انتظار حدود %2 · کمک حدود %3 طول کشید · %4 نفر منتظر</translation>
        </message>
        <message>
            <source>Today: no one helped yet · %1 waiting</source>
            <translation>امروز: هنوز به کسی کمک نشده · %1 نفر منتظر</translation>
        </message>
        <message>
            <source>Today: %1 helped · %2 waiting</source>
            <translation>امروز: %1 نفر کمک گرفتند · %2 نفر منتظر</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>صدا زدن</translation>
        </message>
        <message>
            <source>Call the chosen person, or the next one waiting</source>
            <translation>صدا زدن فرد انتخاب‌شده یا نفر بعدی در صف</translation>
        </message>
        <message>
            <source>Close request</source>
            <translation>بستن درخواست</translation>
        </message>
        <message>
            <source>End shift</source>
            <translation>پایان نوبت کار</translation>
        </message>
        <message>
            <source>Start shift</source>
            <translation>شروع نوبت کار</translation>
        </message>
        <message>
            <source>You are on shift: tap to end your shift</source>
            <translation>در نوبت کار هستید: برای پایان نوبت بزنید</translation>
        </message>
        <message>
            <source>You are not on shift: tap to start your shift</source>
            <translation>در نوبت کار نیستید: برای شروع نوبت بزنید</translation>
        </message>
        <message>
            <source>Close helper view</source>
            <translation>بستن صفحهٔ کمک‌کننده</translation>
        </message>
        <message>
            <source>How did it end?</source>
            <translation>چطور تمام شد؟</translation>
        </message>
        <message>
            <source>Number %1: confirm the topic, then tap how it ended</source>
            <translation>شمارهٔ %1: موضوع را تأیید کنید، سپس بزنید چطور تمام شد</translation>
        </message>
        <message>
            <source>Solved</source>
            <translation>حل شد</translation>
        </message>
        <message>
            <source>Referred to the authority</source>
            <translation>به اداره ارجاع شد</translation>
        </message>
        <message>
            <source>Referred to the bank</source>
            <translation>به بانک ارجاع شد</translation>
        </message>
        <message>
            <source>Needs an appointment</source>
            <translation>نیاز به وقت ملاقات</translation>
        </message>
        <message>
            <source>Not solved</source>
            <translation>حل نشد</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>بازگشت</translation>
        </message>
        <message>
            <source>For helpers</source>
            <translation>برای کمک‌کنندگان</translation>
        </message>
        <message>
            <source>Helper</source>
            <translation>کمک‌کننده</translation>
        </message>
        <message>
            <source>%1 was already called by %2</source>
            <translation>شمارهٔ %1 را قبلاً %2 صدا زده است</translation>
        </message>
        <message>
            <source>Only this terminal's queue is shown: the shared list cannot be reached. %1</source>
            <translation>فقط صف این رایانه نشان داده می‌شود: فهرست مشترک در دسترس نیست. %1</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>%1 min</source>
            <translation>%1 دقیقه</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>منتظر</translation>
        </message>
        <message>
            <source>called</source>
            <translation>صدا زده شد</translation>
        </message>
        <message>
            <source>being helped</source>
            <translation>در حال کمک گرفتن</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>terminal offline</source>
            <translation>رایانه به شبکه وصل نیست</translation>
        </message>
        <message>
            <source>%1, step %2</source>
            <translation>%1، مرحلهٔ %2</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>شماره</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>موضوع</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>مدت انتظار</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>نام کوچک</translation>
        </message>
        <message>
            <source>Terminal</source>
            <translation>رایانه</translation>
        </message>
        <message>
            <source>Doing now</source>
            <translation>کار فعلی</translation>
        </message>
        <message>
            <source>State</source>
            <translation>وضعیت</translation>
        </message>
    </context>
</TS>
