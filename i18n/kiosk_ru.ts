<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Удерживайте: дальше</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Попросить помощи</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Завершить и очистить</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>Если вы ничего не делаете %n минуту, киоск спросит, здесь ли вы.</numerusform><numerusform>Если вы ничего не делаете %n минуты, киоск спросит, здесь ли вы.</numerusform><numerusform>Если вы ничего не делаете %n минут, киоск спросит, здесь ли вы.</numerusform></translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Заявление о доступности</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>Киоск всё очистит через %n секунду.</numerusform><numerusform>Киоск всё очистит через %n секунды.</numerusform><numerusform>Киоск всё очистит через %n секунд.</numerusform></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Заглавные</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
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
        <translation>Цифры</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>АБВ</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Буквы</translation>
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
        <translation>Наведите камеру телефона на код, и страница откроется.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Вам помогает сотрудник библиотеки</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Панель сотрудника</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Напишите не меньше %n знака.</numerusform><numerusform>Напишите не меньше %n знаков.</numerusform><numerusform>Напишите не меньше %n знаков.</numerusform></translation>
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
        <translation>Контраст: высокий</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Контраст: обычный</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Мои данные</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Речь: не работает</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Речь: вкл.</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Речь: выкл.</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Обычный контраст</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Выключить речь</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Включить речь</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>Остальное не напечатано. Если нужно, спросите сотрудника.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>Принтер не работает. Спросите сотрудника.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Наведите камеру телефона на код или введите адрес:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Напечатано %1 в %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Перемещайтесь вверх и вниз клавишами со стрелками.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Что вы хотите сделать?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Выберите одно. Вы всегда можете вернуться назад.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>Ещё варианты ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>Первые варианты ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>Ещё ответы ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>Первые ответы ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Предыдущая</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Следующая ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Страница %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Ничего не найдено. Вернитесь и попробуйте другие слова.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>сотрудники на месте</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>самообслуживание, без сотрудников</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>временно закрыто</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>сегодня в %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Открыто сейчас. Сотрудники на месте до %1.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Открыто сейчас для самообслуживания до %1. Сотрудников нет.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Сейчас закрыто.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Сегодня закрыто.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Откроется %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>Мы не знаем, открыта ли библиотека сегодня. Спросите сотрудника.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: закрыто</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Часы работы:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Эти данные от %1. Спросите сотрудника, если не уверены.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Источник: %1, лицензия %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: нет сведений</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Ваш номер обращения: %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>Город сообщит номер обращения позже.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>Киоск не хранит ваш отзыв.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Получатель: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>Служба обратной связи города Хельсинки</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>Сейчас голосование закрыто.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>О следующем раунде сообщат на OmaStadi.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>Сейчас идёт раунд.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>Раунд идёт с %1 по %2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>Раунд заканчивается %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Эти данные от %1. Спросите сотрудника, если не уверены.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Эти данные от %1. Спросите сотрудника, если не уверены.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>на север</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>на северо-восток</translation>
    </message>
    <message>
        <source>east</source>
        <translation>на восток</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>на юго-восток</translation>
    </message>
    <message>
        <source>south</source>
        <translation>на юг</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>на юго-запад</translation>
    </message>
    <message>
        <source>west</source>
        <translation>на запад</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>на северо-запад</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Совсем рядом, меньше 50 м</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Инвалидная коляска</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Трудно ходить</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Ходунки</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Детская коляска</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Слабое зрение</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Слуховой аппарат</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: известных препятствий нет.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: есть некоторые препятствия.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>Сведений о доступности этого места нет.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Спросите о доступности по телефону: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Это мероприятие отменено.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>Это мероприятие перенесено.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>Время этого мероприятия изменилось.</translation>
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
        <translation>Сейчас вам помогает сотрудник библиотеки.</translation>
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
        <translation>Завершить и очистить</translation>
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
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Размер текста: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Контраст: высокий</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Контраст: обычный</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Речь: вкл.</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Речь: выкл.</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Ваши ответы в разделе: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Текст, который вы начали писать: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>Вы ещё ничего не выбрали и не написали.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Когда вы уходите, ничего не сохраняется. Киоск считает только, сколько людей им пользуется, без имён.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>Что этот киоск знает обо мне?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Очистить сейчас</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Назад, где я был</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Всё, что вы написали или выбрали, удалено.</translation>
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
        <translation>Панель сотрудника</translation>
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
        <translation>Извините, сейчас эти сведения нельзя показать. Спросите сотрудника библиотеки.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Печать: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>стёрто</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>заглавная буква</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>буквы</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>Поле заполнено.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>знак</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Кто получит данные: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Да, я согласен</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Нет, я не согласен</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Сделать что-то другое</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>Мы не знаем, отправлено ли сообщение</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>Сообщение не отправлено</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Извините, сообщение не отправлено. Ваш текст сохранён. Можно попробовать снова или спросить сотрудника библиотеки.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Завершить и очистить</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Ваш текст: %n слово.</numerusform><numerusform>Ваш текст: %n слова.</numerusform><numerusform>Ваш текст: %n слов.</numerusform></translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>Возможно, город получил сообщение. Ваш текст сохранён. Не отправляйте его снова: попросите сотрудника библиотеки проверить.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Попросить сотрудника проверить</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Извините, сообщение не отправлено. Ваш текст сохранён. Спросите сотрудника библиотеки.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Изменить: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Размер текста %1 процентов.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>Высокий контраст включён.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>Высокий контраст выключен.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Речь включена.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Речь выключена.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>Это самая большая громкость.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>Это самая маленькая громкость.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Громкость %1 из %2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>Это самая быстрая речь.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>Это самая медленная речь.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Скорость %1 из %2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Вам нужна помощь?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>Сотрудники библиотеки могут вам помочь.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>Киоск городских услуг</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>Мы сообщаем сотрудникам библиотеки.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>Мы сообщили сотрудникам библиотеки.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Подождите здесь, пожалуйста.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Помощь идёт</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 из библиотеки идёт к вам.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>Сотрудник библиотеки идёт к вам.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Подойдите к стойке обслуживания или помашите сотруднику.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Всё, что вы сделали здесь, сохранится до вашего возвращения.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Назад, где я был</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Завершить и очистить?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Всё, что вы здесь сделали, будет удалено.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>Следующий человек этого не увидит.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Да, завершить и очистить</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>Нет, вернуться</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Подождите немного.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Распечатка готова.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Возьмите бумагу из принтера.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Ничего не напечатано.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Заявление о доступности</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>Заявление сейчас нельзя показать. Спросите сотрудника библиотеки.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Речь сейчас не работает. Сотрудники могут помочь.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Громкость %1 из %2. Скорость %3 из %4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Выключить речь</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Включить речь</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Речь и громкость</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Громче</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тише</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Коснитесь экрана, чтобы продолжить.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Я ещё здесь</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Извините, что-то пошло не так.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>Киоск сейчас начнёт заново.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>Всё, что вы сделали, удалено.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>button</source>
        <translation>кнопка</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>текстовое поле</translation>
    </message>
    <message>
        <source>private</source>
        <translation>личное, не читается вслух</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Подождите. Не отправляйте снова.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Получаем сведения…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>Это может занять немного времени. Можно вернуться назад, если не хотите ждать.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Наушники подключены. Теперь речь звучит только в наушниках. Личные данные, например то, что вы пишете, читаются там вслух.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Наушники отключены. Речь снова звучит из динамика. Личные данные больше не читаются вслух.</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Включить исследование касанием</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Выключить исследование касанием</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Исследование касанием включено. Коснитесь кнопки, чтобы услышать, что это. Нажмите ещё раз, чтобы выбрать её.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Исследование касанием выключено. Одно нажатие выбирает.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>Сотрудники библиотеки знают, что вам нужна помощь, и подойдут к вам сюда.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>Городская служба не ответила вовремя.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>Связь прервалась.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>Ответ от города не пришёл.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>Киоск не смог связаться с городской службой.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>В городской службе сейчас сбой.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>Город ответил, но ответ не удалось прочитать.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>Городская служба ответила неожиданно.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>Городская служба не приняла сообщение.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>Это демонстрационный киоск. В город ничего не отправляется.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>В киоске произошла ошибка.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>Для пользователя инвалидной коляски</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>Для того, кому трудно ходить</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>Для пользователя ходунков</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>С детской коляской</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>Для слабовидящего</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>Для пользователя слухового аппарата</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1 мешает вот что:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1 — по данным реестра препятствий нет.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1 — есть препятствия, но реестр не говорит, какие.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: сведений о препятствиях нет.</translation>
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
        <translation>(на английском)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(на шведском)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(на финском)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>выбрано</translation>
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
        <translation>Стрелка вверх. Переходит к предыдущему варианту.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Стрелка вниз. Переходит к следующему варианту.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Стрелка влево. Переходит к предыдущему варианту.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Стрелка вправо. Переходит к следующему варианту.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Выбор. Выбирает то, на чём вы находитесь.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Назад. Возвращает на предыдущий экран.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Помощь. Говорит, где вы находитесь. Нажмите её, чтобы выключить подсказки клавиш.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Громче. Делает речь громче.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Тише. Делает речь тише.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Подсказки клавиш включены. Нажмите клавишу, чтобы услышать, что она делает. Нажмите «Помощь», чтобы закончить.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Подсказки клавиш выключены.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>Вы на экране: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Перемещайтесь клавишами со стрелками и выбирайте клавишей выбора. «Назад» возвращает назад. Удерживайте «Помощь», чтобы узнать клавиши.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>Здесь %n вариант.</numerusform><numerusform>Здесь %n варианта.</numerusform><numerusform>Здесь %n вариантов.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Стрелка влево. Переходит к следующему варианту.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Стрелка вправо. Переходит к предыдущему варианту.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Касание экрана</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Пишем на клавиатуре</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Ссылки и QR-коды</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Распознайте поддельное сообщение</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Потренироваться</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Легко коснитесь экрана одним пальцем и уберите палец.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Два случайных быстрых нажатия считаются одним.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Нажимайте буквы по одной. «Стереть» удаляет букву.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Нажмите «Готово», когда закончите.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>Ссылка — это веб-адрес или синий подчёркнутый текст. Она открывает страницу.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>Наведите камеру телефона на QR-код, чтобы открыть страницу.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>Поддельное сообщение торопит вас и просит коды от банка.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Ваш банк никогда не просит коды в сообщении.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Короткие уроки. Ничего из сделанного здесь не сохраняется.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>У вас получилось!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Другой урок</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>В начало</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>Это касание. Попробуйте на следующем экране.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Нажмите большую кнопку.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>Нажмите меня</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Отлично! Кнопка ответила на нажатие.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>Поэтому дрожащая рука ничего не выберет дважды.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>Когда нужно писать, на экране появляется клавиатура.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>Киоск не сохраняет то, что вы здесь пишете.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Напишите своё имя.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Что из этого ссылка?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Не это: это обычный текст. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Верно! Веб-адрес — это ссылка.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>QR-код — это квадратная картинка со ссылкой.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Мошенники присылают сообщения, которые выглядят настоящими.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Дальше вы увидите три сообщения. Одно поддельное. Выберите его.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Какое сообщение поддельное?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Не это: оно ничего не просит и в нём нет странной ссылки. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Библиотека: книга, которую вы заказали, ждёт вас в библиотеке Каллио.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Ваш банк: ваш счёт закроют сегодня! Откройте bit.ly/pankki-x и введите коды от банка.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>Город Хельсинки: срок действия вашей читательской карты истекает в мае. Спросите в библиотеке.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Верно! Сообщение банка поддельное.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>Оно вас торопит.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>Оно просит коды от банка. Банк так никогда не делает.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Его ссылка короткая и странная.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Короткие уроки: касание, письмо, ссылки и поддельные сообщения.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Идентификация с телефона</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Проверьте название сервиса, прежде чем подтвердить.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Никогда никому не сообщайте свои коды, даже сотрудникам.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Многие сервисы просят вас пройти идентификацию.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>Вы делаете это на своём телефоне. Это только тренировка.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>Сервис спрашивает: как вы пройдёте идентификацию?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Банковские коды</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Мобильный сертификат</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Затем телефон попросит вас подтвердить.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Прокрутка списка на телефоне</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>На телефоне список часто длиннее экрана.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>Список двигают пальцем. Это прокрутка.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>Киоск не прокручивается. Здесь картинки.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Куда двигать палец, чтобы увидеть больше?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Картинка: телефон со списком месяцев года.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>Список продолжается ниже экрана. Видны только первые месяцы. Палец лежит на списке.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>В сторону</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Не это: вниз — снова начало списка. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Не это: в сторону — часто следующая картинка. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Верно! Двигайте палец вверх.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Картинка: тот же телефон после движения пальца вверх.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>Список сдвинулся вверх вместе с пальцем. Теперь виден конец списка.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>Чтобы вернуться к началу списка, двигайте палец вниз.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Двигайте палец по списку вверх, чтобы увидеть больше.</translation>
    </message>
</context>
</TS>
