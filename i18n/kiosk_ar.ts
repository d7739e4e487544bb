<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>اضغط مطولًا: الجزء التالي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>كرِّر</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>إنهاء ومسح</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>إذا لم تفعل شيئًا لمدة ⁨%n⁩ دقيقة، يسألك الكشك إن كنت ما زلت هنا.</numerusform><numerusform>إذا لم تفعل شيئًا لمدة ⁨%n⁩ دقيقة، يسألك الكشك إن كنت ما زلت هنا.</numerusform><numerusform>إذا لم تفعل شيئًا لمدة دقيقتين (⁨%n⁩)، يسألك الكشك إن كنت ما زلت هنا.</numerusform><numerusform>إذا لم تفعل شيئًا لمدة ⁨%n⁩ دقائق، يسألك الكشك إن كنت ما زلت هنا.</numerusform><numerusform>إذا لم تفعل شيئًا لمدة ⁨%n⁩ دقيقة، يسألك الكشك إن كنت ما زلت هنا.</numerusform><numerusform>إذا لم تفعل شيئًا لمدة ⁨%n⁩ دقيقة، يسألك الكشك إن كنت ما زلت هنا.</numerusform></translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>بيان إمكانية الوصول</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>سيمسح الكشك كل شيء بعد ⁨%n⁩ ثانية.</numerusform><numerusform>سيمسح الكشك كل شيء بعد ثانية واحدة (⁨%n⁩).</numerusform><numerusform>سيمسح الكشك كل شيء بعد ثانيتين (⁨%n⁩).</numerusform><numerusform>سيمسح الكشك كل شيء بعد ⁨%n⁩ ثوانٍ.</numerusform><numerusform>سيمسح الكشك كل شيء بعد ⁨%n⁩ ثانية.</numerusform><numerusform>سيمسح الكشك كل شيء بعد ⁨%n⁩ ثانية.</numerusform></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>أحرف كبيرة</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation>123</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>أرقام</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>أ ب ت</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>حروف</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>رمز QR: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>وجّه كاميرا هاتفك نحو الرمز لتفتح الصفحة.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>موظف المكتبة يساعدك</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>لوحة الموظف</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>اكتب ⁨%n⁩ حرفًا على الأقل.</numerusform><numerusform>اكتب حرفًا واحدًا (⁨%n⁩) على الأقل.</numerusform><numerusform>اكتب حرفين (⁨%n⁩) على الأقل.</numerusform><numerusform>اكتب ⁨%n⁩ أحرف على الأقل.</numerusform><numerusform>اكتب ⁨%n⁩ حرفًا على الأقل.</numerusform><numerusform>اكتب ⁨%n⁩ حرف على الأقل.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Speech on</source>
        <translation>تشغيل الكلام</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>إيقاف الكلام</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>تباين عادي</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>حجم النص ⁨%1 %⁩</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>التباين: عالٍ</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>التباين: عادي</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>الكلام: لا يعمل</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>الكلام: يعمل</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>الكلام: متوقف</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>لم تتم طباعة الباقي. اسأل الموظفين إذا كنت تحتاجه.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>الطابعة لا تعمل. اسأل الموظفين.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>امسح الرمز بكاميرا هاتفك أو اكتب العنوان:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>طُبع في ⁨%1⁩ الساعة ⁨%2⁩</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>الإجابات الأولى ▲ (⁨%1/%2⁩)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>إجابات أخرى ▼ (⁨%1/%2⁩)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>الخيارات الأولى ▲ (⁨%1/%2⁩)</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>خيارات أخرى ▼ (⁨%1/%2⁩)</translation>
    </message>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>تحرّك للأعلى وللأسفل بمفاتيح الأسهم.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تفعل؟</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>اختر واحدًا. يمكنك الرجوع في أي وقت.</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>▶ الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>الصفحة التالية ◀</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>الصفحة %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>لم يُعثر على شيء. ارجع وجرّب كلمات أخرى.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>الموظفون موجودون</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>خدمة ذاتية، بلا موظفين</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>مغلق مؤقتًا</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>اليوم الساعة ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>⁨%1⁩ الساعة ⁨%2⁩</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>مفتوح الآن. الموظفون موجودون حتى ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>مفتوح الآن للخدمة الذاتية حتى ⁨%1⁩. لا يوجد موظفون.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>مغلق الآن.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>مغلق اليوم.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>يفتح ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>لا تذكر المعلومات المحفوظة إن كانت المكتبة مفتوحة اليوم.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>⁨%1⁩: مغلق</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>ساعات العمل:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>هذه المعلومات من ⁨%1⁩. اسأل الموظفين إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>المصدر: ⁨%1⁩، الترخيص ⁨%2⁩.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>⁨%1⁩: لا توجد معلومات</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>رقمك المرجعي هو ⁨%1⁩.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>ستعطي المدينة ملاحظتك رقمًا مرجعيًا لاحقًا.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>الكشك لا يحتفظ بملاحظتك.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>أُرسلت إلى: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>خدمة الملاحظات في مدينة هلسنكي</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>لا يوجد تصويت مفتوح الآن.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>سيُعلن عن الجولة القادمة في OmaStadi.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>هناك جولة جارية الآن.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>الجولة من ⁨%1⁩ إلى ⁨%2⁩.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>تنتهي الجولة في ⁨%1⁩.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>هذه المعلومات من ⁨%1⁩. اسأل الموظفين إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>هذه المعلومات من ⁨%1⁩. اسأل الموظفين إن لم تكن متأكدًا.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>شمالًا</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>شمال شرق</translation>
    </message>
    <message>
        <source>east</source>
        <translation>شرقًا</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>جنوب شرق</translation>
    </message>
    <message>
        <source>south</source>
        <translation>جنوبًا</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>جنوب غرب</translation>
    </message>
    <message>
        <source>west</source>
        <translation>غربًا</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>شمال غرب</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>قريب جدًا، أقل من 50 م</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>كرسي متحرك</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>المشي صعب</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>مشّاية</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>عربة أطفال</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>ضعف البصر</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>سماعة أذن</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>⁨%1⁩: لا عوائق معروفة.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>⁨%1⁩: توجد بعض العوائق.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>العنوان: ⁨%1⁩</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>لا توجد معلومات عن إمكانية الوصول إلى هذا المكان.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>اسأل عن إمكانية الوصول بالهاتف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>⁨%1⁩ الساعة ⁨%2⁩</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>أُلغيت هذه الفعالية.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>أُجّلت هذه الفعالية.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>تغيّر موعد هذه الفعالية.</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Helper mode is not set up on this kiosk.</source>
        <extracomment>Screens shown over another; Back returns to the one below. How a session's end reason is counted in the anonymous figures. Problems found at start (config, flows, offline data, earlier crashes). Parts that can go wrong while the kiosk runs, by kind (see ``PROBLEM_KINDS``): each has a ``problem`` attribute, a plain technical text or None when all is well.</extracomment>
        <translation>Helper mode is not set up on this kiosk.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin PIN</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>The PIN could not be checked.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 minutes.</source>
        <translation>Too many wrong PINs. Try again in %1 minutes.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>Wrong PIN. Tries left: %1.</translation>
    </message>
    <message>
        <source>Library staff is now helping you.</source>
        <translation>موظف المكتبة يساعدك الآن.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>The resident is not in a service now.</source>
        <translation>The resident is not in a service now.</translation>
    </message>
    <message>
        <source>Session time: %1 min</source>
        <translation>Session time: %1 min</translation>
    </message>
    <message>
        <source>Settings: %1, text %2 %, %3, speech %4</source>
        <translation>Settings: %1, text %2 %, %3, speech %4</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>high contrast</translation>
    </message>
    <message>
        <source>normal contrast</source>
        <translation>normal contrast</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>The idle timer is paused.</source>
        <translation>The idle timer is paused.</translation>
    </message>
    <message>
        <source>Speech is not working.</source>
        <translation>Speech is not working.</translation>
    </message>
    <message>
        <source>%1 For IT: %2</source>
        <translation>%1 For IT: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Services completed</source>
        <translation>Services completed</translation>
    </message>
    <message>
        <source>Services left unfinished</source>
        <translation>Services left unfinished</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Back to the resident's screen</source>
        <translation>Back to the resident's screen</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>One step back</translation>
    </message>
    <message>
        <source>Restart this service</source>
        <translation>Restart this service</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Change language</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>Change text size</translation>
    </message>
    <message>
        <source>Change contrast</source>
        <translation>Change contrast</translation>
    </message>
    <message>
        <source>Speech on or off</source>
        <translation>Speech on or off</translation>
    </message>
    <message>
        <source>Resume the idle timer</source>
        <translation>Resume the idle timer</translation>
    </message>
    <message>
        <source>Pause the idle timer</source>
        <translation>Pause the idle timer</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>إنهاء ومسح</translation>
    </message>
    <message>
        <source>End helper mode</source>
        <translation>End helper mode</translation>
    </message>
    <message>
        <source>Close the kiosk (admin PIN)</source>
        <translation>Close the kiosk (admin PIN)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>حجم النص: ⁨%1 %⁩</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>التباين: عالٍ</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>التباين: عادي</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>الكلام: يعمل</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>الكلام: متوقف</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>إجاباتك في: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>النص الذي بدأت كتابته: ⁨%1⁩</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>لم تختر أو تكتب شيئًا بعد.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>لا يُحفظ شيء عندما تغادر. يحسب الكشك فقط عدد الأشخاص الذين يستخدمونه، بدون أسماء.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>ماذا يعرف هذا الكشك عني؟</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>امسح الآن</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>العودة إلى حيث كنت</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>مُسح كل ما كتبته أو اخترته.</translation>
    </message>
    <message>
        <source>Usage figures are not being saved.</source>
        <translation>Usage figures are not being saved.</translation>
    </message>
    <message>
        <source>Staff actions are not being logged.</source>
        <translation>Staff actions are not being logged.</translation>
    </message>
    <message>
        <source>The PIN lock cannot be saved.</source>
        <translation>The PIN lock cannot be saved.</translation>
    </message>
    <message>
        <source>City services cannot be reached. Residents see offline data.</source>
        <translation>City services cannot be reached. Residents see offline data.</translation>
    </message>
    <message>
        <source>The store of city data cannot be used. Answers are slower.</source>
        <translation>The store of city data cannot be used. Answers are slower.</translation>
    </message>
    <message>
        <source>Printouts and QR codes cannot be made.</source>
        <translation>Printouts and QR codes cannot be made.</translation>
    </message>
    <message>
        <source>The kiosk's data folder cannot be used.</source>
        <translation>The kiosk's data folder cannot be used.</translation>
    </message>
    <message>
        <source>This went wrong but works again. Nothing to do.</source>
        <translation>This went wrong but works again. Nothing to do.</translation>
    </message>
    <message>
        <source>Speech had a problem. It works now.</source>
        <translation>Speech had a problem. It works now.</translation>
    </message>
    <message>
        <source>The settings file has errors. Those settings use their defaults.</source>
        <translation>The settings file has errors. Those settings use their defaults.</translation>
    </message>
    <message>
        <source>A service is left out because its file has errors.</source>
        <translation>A service is left out because its file has errors.</translation>
    </message>
    <message>
        <source>The offline data cannot be read.</source>
        <translation>The offline data cannot be read.</translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly and started again.</source>
        <translation>The kiosk stopped unexpectedly and started again.</translation>
    </message>
    <message>
        <source>Something is not working.</source>
        <translation>Something is not working.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Helper mode menu</translation>
    </message>
    <message>
        <source>Coaching note: %1</source>
        <translation>Coaching note: %1</translation>
    </message>
    <message>
        <source>Refer next: %1</source>
        <translation>Refer next: %1</translation>
    </message>
    <message>
        <source>The staff desk cannot be reached. Help requests wait and go when it can.</source>
        <translation>The staff desk cannot be reached. Help requests wait and go when it can.</translation>
    </message>
    <message>
        <source>Today at this kiosk:</source>
        <translation>Today at this kiosk:</translation>
    </message>
    <message>
        <source>Practise with the resident</source>
        <translation>Practise with the resident</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Change: %1</source>
        <translation>تغيير: %1</translation>
    </message>
    <message>
        <source>Sorry, this information cannot be shown now. Please ask the library staff.</source>
        <translation>عذرًا، لا يمكن عرض هذه المعلومات الآن. اسأل موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>إلى البداية</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>اطبع: ⁨%1⁩</translation>
    </message>
    <message>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>حرف كبير</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>أرقام</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>حروف</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>الحقل ممتلئ.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>حرف</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>من يتلقى المعلومات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>نعم، أوافق</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>لا، لا أوافق</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>غيِّر</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>أرسل</translation>
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
        <source>Do something else</source>
        <translation>افعل شيئًا آخر</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>لا نعرف إن كانت الرسالة قد أُرسلت</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>لم تُرسل الرسالة</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>عذرًا، لم تُرسل الرسالة. نصّك محفوظ. يمكنك المحاولة مرة أخرى أو سؤال موظفي المكتبة.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>إنهاء ومسح</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>نصّك: ⁨%n⁩ كلمة.</numerusform><numerusform>نصّك: كلمة واحدة (⁨%n⁩).</numerusform><numerusform>نصّك: كلمتان (⁨%n⁩).</numerusform><numerusform>نصّك: ⁨%n⁩ كلمات.</numerusform><numerusform>نصّك: ⁨%n⁩ كلمة.</numerusform><numerusform>نصّك: ⁨%n⁩ كلمة.</numerusform></translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>ربما وصلت الرسالة إلى المدينة. نصّك محفوظ. لا ترسلها مرة أخرى: اطلب من موظفي المكتبة التحقق.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>اطلب من الموظفين التحقق</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>عذرًا، لم تُرسل الرسالة. نصّك محفوظ. اسأل موظفي المكتبة.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>يعرف موظفو المكتبة أنك تحتاج إلى مساعدة، وسيأتون إليك هنا.</translation>
    </message>
    <message>
        <source>Text size %1 percent.</source>
        <translation>حجم النص ⁨%1⁩ بالمئة.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>التباين العالي يعمل.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>التباين العالي متوقف.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>الكلام يعمل.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>الكلام متوقف.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>السماعة متصلة. الكلام الآن في السماعة فقط. تُقرأ التفاصيل الخاصة، مثل ما تكتبه، هناك بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>أُزيلت السماعة. الكلام يخرج من مكبر الصوت مرة أخرى. لم تعد التفاصيل الخاصة تُقرأ بصوت عالٍ.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>هذا أعلى صوت.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>هذا أخفض صوت.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>الصوت ⁨%1⁩ من ⁨%2⁩.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>هذا أسرع كلام.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>هذا أبطأ كلام.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>السرعة ⁨%1⁩ من ⁨%2⁩.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>هل تحتاج إلى مساعدة؟</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>يمكن لموظفي المكتبة مساعدتك.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>كشك خدمات المدينة</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>نُبلغ موظفي المكتبة.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>أبلغنا موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>انتظر هنا من فضلك.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>المساعدة قادمة</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>⁨%1⁩ من المكتبة في طريقه إليك.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>أحد موظفي المكتبة في طريقه إليك.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>اذهب إلى مكتب الخدمة، أو لوّح لأحد الموظفين.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>كل ما فعلته هنا يبقى حتى تعود.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>العودة إلى حيث كنت</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>هل تريد الإنهاء والمسح؟</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>سيُمسح كل ما فعلته هنا.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>الشخص التالي لن يراه.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>نعم، إنهاء ومسح</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>لا، ارجع إلى حيث كنت</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطبع…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>انتظر لحظة من فضلك.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>المطبوعة جاهزة.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>خذ الورقة من الطابعة.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>لم يُطبع شيء.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>بيان إمكانية الوصول</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>لا يمكن عرض البيان الآن. اسأل موظفي المكتبة.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>الكلام لا يعمل الآن. يمكن للموظفين المساعدة.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>الصوت ⁨%1⁩ من ⁨%2⁩. السرعة ⁨%3⁩ من ⁨%4⁩.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>أوقف الكلام</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>شغّل الكلام</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>الكلام والصوت</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>المس الشاشة للمتابعة.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>ما زلت هنا</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>عذرًا، حدث خطأ ما.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>سيبدأ الكشك من جديد بعد لحظة.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>مُسح ما فعلته هنا.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>button</source>
        <translation>زر</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>حقل نص</translation>
    </message>
    <message>
        <source>private</source>
        <translation>خاص، لا يُقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>انتظر من فضلك. لا ترسلها مرة أخرى.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>جارٍ جلب المعلومات…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>قد يستغرق هذا لحظة. يمكنك الرجوع إن لم ترد الانتظار.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>شغّل الاستكشاف باللمس</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>أوقف الاستكشاف باللمس</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>الاستكشاف باللمس يعمل. المس زرًا لتسمع ما هو. المسه مرة أخرى لتختاره.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>الاستكشاف باللمس متوقف. لمسة واحدة تكفي للاختيار.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>لم تُجب خدمة المدينة في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>انقطع الاتصال في المنتصف.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>لم يصل الرد من المدينة.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>لم يتمكن الكشك من الوصول إلى خدمة المدينة.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>في خدمة المدينة عطل الآن.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>ردّت المدينة، لكن تعذّرت قراءة الرد.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>ردّت خدمة المدينة بطريقة غير متوقعة.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>لم تقبل خدمة المدينة الرسالة.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>هذا الكشك للعرض فقط. لا يُرسل شيء إلى المدينة.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>حدث خطأ في الكشك.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>لمستخدم الكرسي المتحرك</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>لمن يمشي بصعوبة</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>لمستخدم المشّاية</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>مع عربة أطفال</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>لضعيف البصر</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>لمستخدم سماعة الأذن</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>⁨%1⁩، هذه الأشياء عائق:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>⁨%1⁩، لا يعرف السجل أي عوائق.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>⁨%1⁩، توجد بعض العوائق، لكن السجل لا يذكر ما هي.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>⁨%1⁩: لا توجد معلومات عن العوائق.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Staff desk: help requests</source>
        <translation>Staff desk: help requests</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help requests (newest last)</source>
        <translation>&amp;Help requests (newest last)</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <source>Your first &amp;name (the resident sees it):</source>
        <translation>Your first &amp;name (the resident sees it):</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Your first name</translation>
    </message>
    <message>
        <source>&amp;I'm coming</source>
        <translation>&amp;I'm coming</translation>
    </message>
    <message>
        <source>I'm coming</source>
        <translation>I'm coming</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>I &amp;cannot come after all</source>
        <translation>I &amp;cannot come after all</translation>
    </message>
    <message>
        <source>I cannot come after all</source>
        <translation>I cannot come after all</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Kiosks</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosks</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Connected to %1. Places: %2.</source>
        <translation>Connected to %1. Places: %2.</translation>
    </message>
    <message>
        <source>Not connected to %1: requests cannot be seen now. For IT: %2</source>
        <translation>Not connected to %1: requests cannot be seen now. For IT: %2</translation>
    </message>
    <message>
        <source>Last closed: %1 (%2)</source>
        <translation>Last closed: %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 new) %2</source>
        <translation>(%1 new) %2</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Help request from %1.</source>
        <translation>Help request from %1.</translation>
    </message>
    <message>
        <source>Still waiting for help: %1.</source>
        <translation>Still waiting for help: %1.</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>waiting %1 min</translation>
    </message>
    <message>
        <source>%1, text %2 %, speech %3</source>
        <translation>%1, text %2 %, speech %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>no service</translation>
    </message>
    <message>
        <source>claiming…</source>
        <translation>claiming…</translation>
    </message>
    <message>
        <source>you are going</source>
        <translation>you are going</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 is going</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>another desk</translation>
    </message>
    <message>
        <source>nobody yet: escalated</source>
        <translation>nobody yet: escalated</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>staff helping</source>
        <translation>staff helping</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>no speech</source>
        <translation>no speech</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>no network</translation>
    </message>
    <message>
        <source>staff arrived</source>
        <translation>staff arrived</translation>
    </message>
    <message>
        <source>the resident left</source>
        <translation>the resident left</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>the kiosk stopped</source>
        <translation>the kiosk stopped</translation>
    </message>
</context>
<context>
    <name>other_language</name>
    <message>
        <source>(in English)</source>
        <translation>(بالإنجليزية)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(بالسويدية)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(بالفنلندية)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>محدَّد</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاح</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>سهم للأعلى. ينقلك إلى الخيار السابق.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>سهم للأسفل. ينقلك إلى الخيار التالي.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>سهم لليسار. ينقلك إلى الخيار السابق.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>سهم لليمين. ينقلك إلى الخيار التالي.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>اختيار. يختار ما أنت عليه الآن.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>رجوع. يعيدك شاشة واحدة إلى الخلف.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>مساعدة. يخبرك أين أنت. اضغطه لإيقاف شرح المفاتيح.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>رفع الصوت. يجعل الكلام أعلى.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>خفض الصوت. يجعل الكلام أهدأ.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>شرح المفاتيح يعمل. اضغط مفتاحًا لتسمع ما يفعله. اضغط «مساعدة» للإيقاف.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>شرح المفاتيح متوقف.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>أنت في الشاشة: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>تحرّك بمفاتيح الأسهم واختر بمفتاح الاختيار. مفتاح «رجوع» يعيدك إلى الخلف. اضغط مطولًا على «مساعدة» لتتعرّف على المفاتيح.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>يوجد هنا ⁨%n⁩ خيار.</numerusform><numerusform>يوجد هنا خيار واحد (⁨%n⁩).</numerusform><numerusform>يوجد هنا خياران (⁨%n⁩).</numerusform><numerusform>يوجد هنا ⁨%n⁩ خيارات.</numerusform><numerusform>يوجد هنا ⁨%n⁩ خيارًا.</numerusform><numerusform>يوجد هنا ⁨%n⁩ خيار.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>سهم لليسار. ينقلك إلى الخيار التالي.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>سهم لليمين. ينقلك إلى الخيار السابق.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>المس الشاشة</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>اكتب بلوحة المفاتيح</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>الروابط ورموز ⁨QR⁩</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>اكتشف الرسالة المزيفة</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>تدرّب على استخدام الشاشة</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>المس الشاشة بخفة بإصبع واحد، ثم ارفعه.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>إذا لمست مرتين بسرعة دون قصد، تُحسب لمسة واحدة.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>المس الحروف حرفًا حرفًا. زر «حذف» يمحو حرفًا.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>المس «تم» عندما تنتهي.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>الرابط هو عنوان موقع على الإنترنت، أو نص أزرق تحته خط. يفتح صفحة.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>وجّه كاميرا هاتفك إلى رمز ⁨QR⁩ لتفتح صفحته.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>الرسالة المزيفة تستعجلك وتطلب رموز دخول البنك الخاصة بك.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>البنك لا يطلب رموزك في رسالة أبدًا.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>دروس قصيرة. لا يُحفظ شيء مما تفعله هنا.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>لقد نجحت!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>اطبع</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>درس آخر</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>إلى البداية</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>هذه هي اللمسة. جرّبها في الشاشة التالية.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>المس الزر الكبير.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>المسني</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>أحسنت! استجاب الزر للمستك.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>هكذا لا تختار اليد المرتجفة شيئًا مرتين.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>تظهر لوحة مفاتيح على الشاشة عندما تحتاج إلى الكتابة.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>الكشك لا يحفظ ما تكتبه هنا.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>اكتب اسمك الأول.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>أيّهما رابط؟</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>ليس هذا: إنه نص عادي. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>صحيح! عنوان الموقع رابط.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>رمز ⁨QR⁩ صورة مربعة لرابط.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>يرسل المحتالون رسائل تبدو حقيقية.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>سترى الآن ثلاث رسائل. واحدة منها مزيفة. اخترها.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>أي رسالة مزيفة؟</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>ليست هذه: لا تطلب شيئًا وليس فيها رابط غريب. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>المكتبة: الكتاب الذي حجزته ينتظرك في مكتبة ⁨Kallio⁩.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>بنكك: سيُغلق حسابك اليوم! افتح ⁨bit.ly/pankki-x⁩ واكتب رموز دخول البنك.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>مدينة هلسنكي: تنتهي صلاحية بطاقة المكتبة في مايو. اسأل في المكتبة.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>صحيح! رسالة البنك مزيفة.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>تستعجلك.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>تطلب رموز دخول البنك. البنك لا يفعل ذلك أبدًا.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>رابطها قصير وغريب.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>دروس قصيرة: اللمس والكتابة والروابط والرسائل المزيفة.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>أثبت هويتك بالهاتف</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>تحقّق من اسم الخدمة قبل أن تؤكد.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>لا تعطِ رموزك لأي أحد أبدًا، ولا حتى للموظفين.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>تطلب منك خدمات كثيرة أن تثبت هويتك.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>تفعل ذلك على هاتفك أنت. هذا تدريب فقط.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>تسألك الخدمة: كيف تثبت هويتك؟</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>رموز دخول البنك</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>الهوية عبر الهاتف المحمول</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>الآن سيطلب منك هاتفك التأكيد.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>تمرير قائمة على الهاتف</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>على الهاتف، تكون القائمة غالبًا أطول من الشاشة.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>تحرّك القائمة بإصبعك. هذا يسمى التمرير.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>شاشة الكشك لا تتحرك. هنا ترى صورًا.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>في أي اتجاه تحرّك إصبعك لترى المزيد؟</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>صورة: هاتف عليه قائمة بأشهر السنة.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>القائمة تستمر أسفل الشاشة. ترى الأشهر الأولى فقط. الإصبع على القائمة.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>إلى الجانب</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>ليس هذا: إلى الأسفل يُظهر بداية القائمة مرة أخرى. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>ليس هذا: إلى الجانب يُظهر غالبًا الصورة التالية. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>صحيح! حرّك إصبعك إلى الأعلى.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>صورة: الهاتف نفسه بعد أن تحرّك الإصبع إلى الأعلى.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>تحرّكت القائمة إلى الأعلى مع الإصبع. الآن ترى نهاية القائمة.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>للعودة إلى بداية القائمة، حرّك إصبعك إلى الأسفل.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>حرّك إصبعك إلى الأعلى على القائمة لترى المزيد منها.</translation>
    </message>
</context>
</TS>
