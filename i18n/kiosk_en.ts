<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Hold: next part</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>End and clear</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>If you do nothing for %n minute, the kiosk asks if you are still here.</numerusform>
            <numerusform>If you do nothing for %n minutes, the kiosk asks if you are still here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Accessibility statement</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>The kiosk clears everything in %n second.</numerusform>
            <numerusform>The kiosk clears everything in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation>123</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR code: %1</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>Point your phone's camera at the code to open the page.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Library staff are helping</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Helper mode menu</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Please write at least %n character.</numerusform>
            <numerusform>Please write at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Contrast: high</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Contrast: normal</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>My data</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Speech: not working</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Speech: on</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Speech: off</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Normal contrast</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Speech off</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Speech on</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>The rest is not printed. Ask the staff if you need it.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>The printer is not working. Ask the staff.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Point your phone's camera at the code, or type the address:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Printed %1 at %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Use the arrow keys to move up and down.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Choose one. You can go back at any time.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>More choices ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>First choices ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>More answers ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>First answers ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Nothing was found. Go back and try other words.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>staff are here</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>self-service, no staff</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>temporarily closed</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Open now. Staff are here until %1.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Open now for self-service until %1. No staff are here.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Closed now.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Closed today.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Opens %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>The saved information does not say if the library is open today.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: closed</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Opening hours:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>This information is from %1. Ask the staff if you are not sure.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Source: %1, licence %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: no information</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Your reference number is %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>The city will give your feedback a reference number later.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>The kiosk does not keep your feedback.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Sent to: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>City of Helsinki feedback service</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>No voting round is open now.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>The next round will be announced on OmaStadi.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>A round is on now.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>The round runs from %1 to %2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>The round ends on %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>This information is from %1. Ask the staff if you are not sure.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>This information is from %1. Ask the staff if you are not sure.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Source: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>north-east</translation>
    </message>
    <message>
        <source>east</source>
        <translation>east</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>south-east</translation>
    </message>
    <message>
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>south-west</translation>
    </message>
    <message>
        <source>west</source>
        <translation>west</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>north-west</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Very close, less than 50 m</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Walking is difficult</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Rollator</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Pushchair</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Low vision</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Hearing aid</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: no known problems.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: there are some problems.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>There is no information about access here.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Ask about access by phone: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>This event is cancelled.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>This event is postponed.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>The time of this event has changed.</translation>
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
        <translation>Library staff is now helping you.</translation>
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
        <translation>End and clear</translation>
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
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Text size: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Contrast: high</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Contrast: normal</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Speech: on</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Speech: off</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Your answers in: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Text you started to write: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>You have not chosen or written anything yet.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>What does this kiosk know about me?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Clear now</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Back to where I was</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Everything you wrote or chose is now cleared.</translation>
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
        <source>Sorry, this information cannot be shown now. Please ask the library staff.</source>
        <translation>Sorry, this information cannot be shown now. Please ask the library staff.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>capital letter</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbers</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>The field is full.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>character</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Who gets it: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Yes, I agree</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>No, I do not agree</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Do something else</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>We do not know if it was sent</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>It was not sent</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>End and clear</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Your text: %n word.</numerusform>
            <numerusform>Your text: %n words.</numerusform>
        </translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Ask staff to check</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Text size %1 percent.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>High contrast on.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>High contrast off.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Speech on.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Speech off.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>This is the loudest.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>This is the quietest.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Volume %1 of %2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>This is the fastest.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>This is the slowest.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Speed %1 of %2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Do you need help?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>The library staff can help you.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>City services kiosk</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>We are telling the library staff.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>We have told the library staff.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Please wait here.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Help is coming</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 from the library is on the way to you.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>A library staff member is on the way to you.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Go to the service desk, or wave to a staff member.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Everything you did here stays until you come back.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Back to where I was</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Do you want to end and clear?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Everything you did here will be cleared.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>The next person cannot see it.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Yes, end and clear</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>No, back to where I was</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Please wait a moment.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Your printout is ready.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Take the paper from the printer.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Nothing was printed.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Accessibility statement</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>The statement cannot be shown now. Ask the library staff.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Speech is not working now. The staff can help.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Volume %1 of %2. Speed %3 of %4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Turn speech off</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Turn speech on</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Speech and volume</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Quieter</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Are you still here?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Touch the screen to go on.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>I am still here</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Sorry, something went wrong.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>The kiosk starts again in a moment.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>What you did here has been cleared.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>button</source>
        <translation>button</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>text field</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Please wait. Do not send it again.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Getting the information…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>This can take a moment. You can go back if you do not want to wait.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Turn explore by touch on</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Turn explore by touch off</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Explore by touch off. One tap chooses.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>The library staff know you need help and will come to you here.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>The city's service did not answer in time.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>The connection broke in the middle.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>The answer from the city never came.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>The kiosk could not reach the city's service.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>The city's service has a fault right now.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>The city answered, but the answer could not be read.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>The city's service answered in an unexpected way.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>The city's service did not accept it.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>This kiosk is a demo. Nothing is sent to the city.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>Something went wrong in the kiosk.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>For a wheelchair user</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>For someone who walks with difficulty</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>For a rollator user</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>With a pushchair</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>For someone with low vision</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>For a hearing aid user</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1, these things are in the way:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1, the register knows of no obstacles.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1, there are some obstacles, but the register does not say what they are.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: no information about obstacles.</translation>
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
        <source>&amp;I&apos;m coming</source>
        <translation>&amp;I&apos;m coming</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>I&apos;m coming</translation>
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
        <translation>(in English)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(in Swedish)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(in Finnish)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>Up arrow. Moves to the previous choice.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Down arrow. Moves to the next choice.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Left arrow. Moves to the previous choice.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Right arrow. Moves to the next choice.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Select. Chooses what you are on.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Back. Goes back one screen.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Help. Tells where you are. Press it to stop key help.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Volume up. Makes the speech louder.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Volume down. Makes the speech quieter.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Key help on. Press a key to hear what it does. Press Help to stop.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Key help off.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>You are on the screen: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>There is %n choice.</numerusform><numerusform>There are %n choices.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Left arrow. Moves to the next choice.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Right arrow. Moves to the previous choice.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Tap the screen</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Write with the keyboard</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Links and QR codes</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Spot a fake message</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Practise using the screen</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Touch the screen lightly with one finger, then lift it.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Two quick taps by accident count as one.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Tap the letters one at a time. Backspace deletes a letter.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Tap Done when you are ready.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>A link is a web address, or blue underlined text. It opens a page.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>Point your phone's camera at a QR code to open its page.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>A fake message hurries you and asks for your bank codes.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Your bank never asks for your codes in a message.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Short lessons. Nothing you do here is saved.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>You did it!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Another lesson</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>That is a tap. Try it on the next screen.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Tap the big button.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>Tap me</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Well done! The button answered your tap.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>So a shaking hand does not choose anything twice.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>A keyboard comes on the screen when you need to write.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>The kiosk does not save what you write here.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Write your first name.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Which one is a link?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Not that one: it is ordinary text. Try again.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Right! A web address is a link.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>A QR code is a square picture of a link.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Criminals send messages that look real.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Next you see three messages. One is fake. Choose it.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Which message is fake?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Not that one: it asks for nothing and has no strange link. Try again.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Library: the book you reserved is waiting for you at Kallio library.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>City of Helsinki: your library card expires in May. Ask at a library.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Right! The bank message is fake.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>It hurries you.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>It asks for your bank codes. Your bank never does that.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Its link is short and strange.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Short lessons: tap, write, links and fake messages.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Identify yourself on a phone</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Check the name of the service before you confirm.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Never give your codes to anyone, not even the staff.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Many services ask you to identify yourself.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>You do it on your own phone. This is only practice.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>The service asks: how do you identify yourself?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Bank codes</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Mobile certificate</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Next your phone asks you to confirm.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Scroll a list on a phone</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>On a phone, a list is often longer than the screen.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>You move the list with your finger. This is called scrolling.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>The kiosk does not scroll. Here you see pictures.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Which way do you move your finger to see more?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Picture: a phone with a list of the months of the year.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>The list goes on below the screen. You see only the first months. A finger is on the list.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Sideways</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Not that one: down shows the start of the list again. Try again.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Not that one: sideways often shows the next picture. Try again.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Right! Move your finger up.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Picture: the same phone after the finger moved up.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>The list moved up with the finger. Now you see the end of the list.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>To go back to the start of the list, move your finger down.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Move your finger up on a list to see more of it.</translation>
    </message>
</context>
</TS>
