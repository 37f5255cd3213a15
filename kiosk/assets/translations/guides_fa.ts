<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
    <context>
        <name>GuideFeedback</name>
        <message>
            <source>Did this guide help you?</source>
            <translation>آیا این راهنما به شما کمک کرد؟</translation>
        </message>
        <message>
            <source>Yes, it helped</source>
            <translation>بله، کمک کرد</translation>
        </message>
        <message>
            <source>No, it did not help</source>
            <translation>نه، کمک نکرد</translation>
        </message>
    </context>
    <context>
        <name>GuideList</name>
        <message>
            <source>General</source>
            <translation>عمومی</translation>
        </message>
    </context>
    <context>
        <name>GuideView</name>
        <message>
            <source>All %1 steps done</source>
            <translation>همهٔ %1 مرحله انجام شد</translation>
        </message>
        <message>
            <source>Step %1 / %2</source>
            <translation>مرحلهٔ %1 / %2</translation>
        </message>
        <message>
            <source>← Previous</source>
            <translation>← قبلی</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>مرحلهٔ قبل</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>بعدی →</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>مرحلهٔ بعد</translation>
        </message>
        <message>
            <source>Read aloud</source>
            <translation>بلند خواندن</translation>
        </message>
        <message>
            <source>Read this step aloud</source>
            <translation>این مرحله را بلند بخوان</translation>
        </message>
        <message>
            <source>Read aloud is not available now</source>
            <translation>بلند خواندن الان در دسترس نیست</translation>
        </message>
        <message>
            <source>Reading aloud is not available now</source>
            <translation>بلند خواندن الان در دسترس نیست</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>چاپ</translation>
        </message>
        <message>
            <source>Print the whole guide</source>
            <translation>چاپ کل راهنما</translation>
        </message>
        <message>
            <source>The service's own page, to open on your phone or at home:</source>
            <translation>صفحهٔ خود خدمت، برای باز کردن در تلفن یا در خانه:</translation>
        </message>
        <message>
            <source>All guides</source>
            <translation>همهٔ راهنماها</translation>
        </message>
        <message>
            <source>Close the guide and show all guides</source>
            <translation>بستن راهنما و نمایش همهٔ راهنماها</translation>
        </message>
        <message>
            <source>The service's own page on your phone: scan the code with the camera.</source>
            <translation>صفحهٔ خدمت در تلفن شما: کد را با دوربین اسکن کنید.</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>راهنما</translation>
        </message>
        <message>
            <source>This language cannot be read aloud</source>
            <translation>این زبان را نمی‌توان بلند خواند</translation>
        </message>
        <message>
            <source>This language cannot be read aloud on this computer</source>
            <translation>این زبان را نمی‌توان در این رایانه بلند خواند</translation>
        </message>
    </context>
    <context>
        <name>GuidesScreen</name>
        <message>
            <source>Guides</source>
            <translation>راهنماها</translation>
        </message>
        <message>
            <source>Guides for %1</source>
            <translation>راهنماهای %1</translation>
        </message>
        <message>
            <source>Show all guides</source>
            <translation>نمایش همهٔ راهنماها</translation>
        </message>
        <message>
            <source>There are no guides for this service yet. Tap Show all guides to see the others.</source>
            <translation>هنوز برای این خدمت راهنمایی نیست. «نمایش همهٔ راهنماها» را بزنید تا بقیه را ببینید.</translation>
        </message>
        <message>
            <source>Where do you want to read the guide?</source>
            <translation>راهنما را کجا می‌خواهید بخوانید؟</translation>
        </message>
        <message>
            <source>Next to %1</source>
            <translation>کنار %1</translation>
        </message>
        <message>
            <source>Next to the service</source>
            <translation>کنار خدمت</translation>
        </message>
        <message>
            <source>Show the guide next to the service</source>
            <translation>نمایش راهنما در کنار خدمت</translation>
        </message>
        <message>
            <source>On the whole screen</source>
            <translation>روی کل صفحه</translation>
        </message>
        <message>
            <source>Back to the guides</source>
            <translation>بازگشت به راهنماها</translation>
        </message>
        <message>
            <source>← Back to %1</source>
            <translation>← بازگشت به %1</translation>
        </message>
        <message>
            <source>Back to %1</source>
            <translation>بازگشت به %1</translation>
        </message>
    </context>
</TS>
