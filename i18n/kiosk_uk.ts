<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Утримуйте: далі</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Завершити й очистити</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>Якщо ви нічого не робите %n хвилину, кіоск спитає, чи ви ще тут.</numerusform><numerusform>Якщо ви нічого не робите %n хвилини, кіоск спитає, чи ви ще тут.</numerusform><numerusform>Якщо ви нічого не робите %n хвилин, кіоск спитає, чи ви ще тут.</numerusform></translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Заява про доступність</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>Кіоск усе очистить через %n секунду.</numerusform><numerusform>Кіоск усе очистить через %n секунди.</numerusform><numerusform>Кіоск усе очистить через %n секунд.</numerusform></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Великі літери</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробіл</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation>123</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Цифри</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>АБВ</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Літери</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR-код: %1</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>Наведіть камеру телефона на код, і сторінка відкриється.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Вам допомагає працівник бібліотеки</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Панель працівника</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Напишіть щонайменше %n знак.</numerusform><numerusform>Напишіть щонайменше %n знаки.</numerusform><numerusform>Напишіть щонайменше %n знаків.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Текст %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Контраст: високий</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Контраст: звичайний</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Мої дані</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Мовлення: не працює</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Мовлення: увімк.</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Мовлення: вимк.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Звичайний контраст</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Вимкнути мовлення</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Увімкнути мовлення</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>Решту не надруковано. Якщо потрібно, запитайте працівника.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>Принтер не працює. Запитайте працівника.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Наведіть камеру телефона на код або введіть адресу:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Надруковано %1 о %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Рухайтеся вгору й униз клавішами зі стрілками.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Виберіть одне. Ви завжди можете повернутися назад.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>Ще варіанти ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>Перші варіанти ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>Ще відповіді ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>Перші відповіді ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Попередня</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Наступна ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Сторінка %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Нічого не знайдено. Поверніться й спробуйте інші слова.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>працівники на місці</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>самообслуговування, без працівників</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>тимчасово зачинено</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сьогодні о %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 о %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Зараз відчинено. Працівники на місці до %1.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Зараз відчинено для самообслуговування до %1. Працівників немає.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Зараз зачинено.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Сьогодні зачинено.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Відчиниться %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>Ми не знаємо, чи бібліотека сьогодні відчинена. Запитайте працівника.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: зачинено</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Години роботи:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Ці дані від %1. Запитайте працівника, якщо не впевнені.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Джерело: %1, ліцензія %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: немає відомостей</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Ваш номер звернення: %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>Місто повідомить номер звернення пізніше.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>Кіоск не зберігає ваш відгук.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Отримувач: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>Служба зворотного зв'язку міста Гельсінкі</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>Зараз голосування закрите.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>Про наступний раунд повідомлять на OmaStadi.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>Зараз триває раунд.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Зараз: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>Раунд триває з %1 до %2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>Раунд закінчується %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Ці дані від %1. Запитайте працівника, якщо не впевнені.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Джерело: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Ці дані від %1. Запитайте працівника, якщо не впевнені.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Джерело: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>на північ</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>на північний схід</translation>
    </message>
    <message>
        <source>east</source>
        <translation>на схід</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>на південний схід</translation>
    </message>
    <message>
        <source>south</source>
        <translation>на південь</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>на південний захід</translation>
    </message>
    <message>
        <source>west</source>
        <translation>на захід</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>на північний захід</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Зовсім поруч, менше 50 м</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Інвалідний візок</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Важко ходити</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Ходунки</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Дитячий візок</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Слабкий зір</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Слуховий апарат</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: відомих перешкод немає.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: є деякі перешкоди.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>Відомостей про доступність цього місця немає.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Запитайте про доступність телефоном: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 о %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Цей захід скасовано.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>Цей захід перенесено.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>Час цього заходу змінився.</translation>
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
        <translation>Зараз вам допомагає працівник бібліотеки.</translation>
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
        <translation>Завершити й очистити</translation>
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
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Розмір тексту: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Контраст: високий</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Контраст: звичайний</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Мовлення: увімк.</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Мовлення: вимк.</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Ваші відповіді в розділі: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Текст, який ви почали писати: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>Ви ще нічого не вибрали й не написали.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Коли ви йдете, нічого не зберігається. Кіоск рахує лише, скільки людей ним користується, без імен.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>Що цей кіоск знає про мене?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Очистити зараз</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Назад, де я був</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Усе, що ви написали чи вибрали, видалено.</translation>
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
        <translation>Панель працівника</translation>
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
        <source>Sorry, this information cannot be shown now. Please ask the library staff.</source>
        <translation>Вибачте, зараз ці відомості не можна показати. Запитайте працівника бібліотеки.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Друк: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>пробіл</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>стерто</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>велика літера</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>цифри</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>літери</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>Поле заповнене.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>знак</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Хто отримає дані: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Так, я згоден</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Ні, я не згоден</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Зробити щось інше</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>Ми не знаємо, чи повідомлення надіслано</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>Повідомлення не надіслано</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Вибачте, повідомлення не надіслано. Ваш текст збережено. Можна спробувати знову або запитати працівника бібліотеки.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Завершити й очистити</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Ваш текст: %n слово.</numerusform><numerusform>Ваш текст: %n слова.</numerusform><numerusform>Ваш текст: %n слів.</numerusform></translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>Можливо, місто отримало повідомлення. Ваш текст збережено. Не надсилайте його знову: попросіть працівника бібліотеки перевірити.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Попросити працівника перевірити</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Вибачте, повідомлення не надіслано. Ваш текст збережено. Запитайте працівника бібліотеки.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Змінити: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Розмір тексту %1 відсотків.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>Високий контраст увімкнено.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>Високий контраст вимкнено.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Мовлення увімкнено.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Мовлення вимкнено.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Навушники підключено. Мовлення тепер лише в навушниках. Особисті дані, наприклад те, що ви пишете, читаються там уголос.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Навушники від'єднано. Мовлення знову йде з гучномовця. Особисті дані більше не читаються вголос.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>Це найбільша гучність.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>Це найменша гучність.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Гучність %1 з %2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>Це найшвидше мовлення.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>Це найповільніше мовлення.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Швидкість %1 з %2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Вам потрібна допомога?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>Працівники бібліотеки можуть вам допомогти.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>Кіоск міських послуг</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>Ми повідомляємо працівникам бібліотеки.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>Ми повідомили працівникам бібліотеки.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Зачекайте тут, будь ласка.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Допомога йде</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 з бібліотеки йде до вас.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>Працівник бібліотеки йде до вас.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Підійдіть до стійки обслуговування або помахайте працівникові.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Усе, що ви тут зробили, збережеться до вашого повернення.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Назад, де я був</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Завершити й очистити?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Усе, що ви тут зробили, буде видалено.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>Наступна людина цього не побачить.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Так, завершити й очистити</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>Ні, повернутися</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Зачекайте трохи.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Роздруківка готова.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Візьміть папір із принтера.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Нічого не надруковано.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Заява про доступність</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>Заяву зараз не можна показати. Запитайте працівника бібліотеки.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Мовлення зараз не працює. Працівники можуть допомогти.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Гучність %1 з %2. Швидкість %3 з %4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Вимкнути мовлення</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Увімкнути мовлення</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Мовлення й гучність</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Гучніше</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тихіше</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Повільніше</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Швидше</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Торкніться екрана, щоб продовжити.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Я ще тут</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Вибачте, щось пішло не так.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>Кіоск зараз почне спочатку.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>Усе, що ви зробили, видалено.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>текстове поле</translation>
    </message>
    <message>
        <source>private</source>
        <translation>особисте, не читається вголос</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Зачекайте. Не надсилайте знову.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Отримуємо відомості…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>Це може зайняти трохи часу. Можна повернутися назад, якщо не хочете чекати.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Увімкнути дослідження дотиком</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Вимкнути дослідження дотиком</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Дослідження дотиком увімкнено. Торкніться кнопки, щоб почути, що це. Торкніться ще раз, щоб вибрати її.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Дослідження дотиком вимкнено. Один дотик вибирає.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>Працівники бібліотеки знають, що вам потрібна допомога, і підійдуть до вас сюди.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>Міська служба не відповіла вчасно.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>Зв'язок перервався.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>Відповідь від міста не надійшла.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>Кіоск не зміг зв'язатися з міською службою.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>У міській службі зараз збій.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>Місто відповіло, але відповідь не вдалося прочитати.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>Міська служба відповіла несподівано.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>Міська служба не прийняла повідомлення.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>Це демонстраційний кіоск. До міста нічого не надсилається.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>У кіоску сталася помилка.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>Для користувача інвалідного візка</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>Для того, кому важко ходити</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>Для користувача ходунків</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>З дитячим візком</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>Для людини зі слабким зором</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>Для користувача слухового апарата</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1 заважає ось що:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1 — за даними реєстру перешкод немає.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1 — є перешкоди, але реєстр не каже, які.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: відомостей про перешкоди немає.</translation>
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
        <translation>(англійською)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(шведською)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(фінською)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>вибрано</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступно</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>Стрілка вгору. Переходить до попереднього варіанта.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Стрілка вниз. Переходить до наступного варіанта.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Стрілка вліво. Переходить до попереднього варіанта.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Стрілка вправо. Переходить до наступного варіанта.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Вибір. Вибирає те, на чому ви зараз.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Назад. Повертає на попередній екран.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Довідка. Каже, де ви зараз. Натисніть її, щоб вимкнути підказки клавіш.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Гучніше. Робить мовлення гучнішим.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Тихіше. Робить мовлення тихішим.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Підказки клавіш увімкнено. Натисніть клавішу, щоб почути, що вона робить. Натисніть «Довідка», щоб закінчити.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Підказки клавіш вимкнено.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>Ви на екрані: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Рухайтеся клавішами зі стрілками й вибирайте клавішею вибору. «Назад» повертає назад. Утримуйте «Довідка», щоб дізнатися про клавіші.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>Тут %n варіант.</numerusform><numerusform>Тут %n варіанти.</numerusform><numerusform>Тут %n варіантів.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Стрілка вліво. Переходить до наступного варіанта.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Стрілка вправо. Переходить до попереднього варіанта.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Дотик до екрана</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Пишемо на клавіатурі</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Посилання і QR-коди</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Розпізнайте фальшиве повідомлення</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Потренуватися</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Легко торкніться екрана одним пальцем і приберіть палець.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Два випадкові швидкі дотики рахуються як один.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Торкайтеся літер по одній. «Стерти» видаляє літеру.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Натисніть «Готово», коли закінчите.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>Посилання — це вебадреса або синій підкреслений текст. Воно відкриває сторінку.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>Наведіть камеру телефона на QR-код, щоб відкрити сторінку.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>Фальшиве повідомлення квапить вас і просить банківські коди.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Ваш банк ніколи не просить коди в повідомленні.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Короткі уроки. Нічого з того, що ви тут робите, не зберігається.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>У вас вийшло!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Інший урок</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>На початок</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>Це дотик. Спробуйте на наступному екрані.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Натисніть велику кнопку.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>Натисніть мене</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Чудово! Кнопка відповіла на дотик.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>Тож тремтяча рука нічого не вибере двічі.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>Коли треба писати, на екрані з’являється клавіатура.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>Кіоск не зберігає те, що ви тут пишете.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Напишіть своє ім’я.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Що з цього посилання?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Не це: це звичайний текст. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Правильно! Вебадреса — це посилання.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>QR-код — це квадратна картинка з посиланням.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Шахраї надсилають повідомлення, які виглядають справжніми.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Далі ви побачите три повідомлення. Одне фальшиве. Виберіть його.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Яке повідомлення фальшиве?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Не це: воно нічого не просить і не має дивного посилання. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Бібліотека: книжка, яку ви замовили, чекає на вас у бібліотеці Калліо.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Ваш банк: ваш рахунок закриють сьогодні! Відкрийте bit.ly/pankki-x і введіть банківські коди.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>Місто Гельсінкі: термін дії вашого читацького квитка закінчується в травні. Запитайте в бібліотеці.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Правильно! Повідомлення банку фальшиве.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>Воно вас квапить.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>Воно просить банківські коди. Банк ніколи так не робить.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Його посилання коротке й дивне.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Короткі уроки: дотик, письмо, посилання і фальшиві повідомлення.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Ідентифікація з телефона</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Перевірте назву сервісу, перш ніж підтвердити.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Ніколи нікому не давайте свої коди, навіть працівникам.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Багато сервісів просять пройти ідентифікацію.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>Ви робите це на своєму телефоні. Це лише тренування.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>Сервіс питає: як ви пройдете ідентифікацію?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Банківські коди</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Мобільний сертифікат</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Далі телефон попросить вас підтвердити.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Гортання списку на телефоні</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>На телефоні список часто довший за екран.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>Список рухають пальцем. Це гортання.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>Екран кіоску не гортається. Тут малюнки.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Куди рухати палець, щоб побачити більше?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Малюнок: телефон зі списком місяців року.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>Список продовжується нижче екрана. Видно лише перші місяці. Палець лежить на списку.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Угору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Униз</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Убік</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Не це: униз — знову початок списку. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Не це: убік — часто наступний малюнок. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Правильно! Рухайте палець угору.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Малюнок: той самий телефон після руху пальця вгору.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>Список посунувся вгору разом із пальцем. Тепер видно кінець списку.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>Щоб повернутися до початку списку, рухайте палець униз.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Рухайте палець по списку вгору, щоб побачити більше.</translation>
    </message>
</context>
</TS>
