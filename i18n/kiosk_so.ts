<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Hay: qaybta xigta</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Ku celi</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Codso caawimo</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Dhammee oo tirtir</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>Haddii aadan waxba samayn %n daqiiqo, kiyooskku wuxuu ku weydiin doonaa inaad weli joogto.</numerusform><numerusform>Haddii aadan waxba samayn %n daqiiqo, kiyooskku wuxuu ku weydiin doonaa inaad weli joogto.</numerusform></translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Bayaanka helitaanka</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>Kiyooskku wax walba wuu tirtiri doonaa %n ilbiriqsi kadib.</numerusform><numerusform>Kiyooskku wax walba wuu tirtiri doonaa %n ilbiriqsi kadib.</numerusform></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Xarfo waaweyn</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Tirtir</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Meel bannaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Dhammaad</translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation>123</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Tirooyin</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Xarfo</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>Koodka QR: %1</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>Kaamirada taleefankaaga u jihee koodka, boggu wuu furmayaa.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Shaqaalaha maktabadda ayaa ku caawinaya</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Muuqaalka shaqaalaha</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Qor ugu yaraan %n xaraf.</numerusform><numerusform>Qor ugu yaraan %n xaraf.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Qoraalka %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Midabada: xoog leh</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Midabada: caadi</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Xogtayda</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Hadalka: ma shaqaynayo</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Hadalka: shidan</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Hadalka: dansan</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Qoraal weyn</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Qoraal yar</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kala-duwanaan sare</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Kala-duwanaan caadi</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Dami codka</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Shid codka</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>Inta kale lama daabicin. Haddii aad u baahan tahay, weydii shaqaalaha.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>Daabacuhu ma shaqaynayo. Weydii shaqaalaha.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Kaamirada taleefanka ku akhri koodka, ama qor cinwaanka:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>La daabacay %1 saacadda %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Bogga %1/%2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Ku dhaqaaq kor iyo hoos furayaasha fallaarta.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Maxaad rabtaa inaad samayso?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Mid dooro. Had iyo jeer dib ayaad u noqon kartaa.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>Doorashooyin kale ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>Doorashooyinka hore ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>Jawaabo kale ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>Jawaabaha hore ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Bogga hore</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Bogga xiga ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Bogga %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Waxba lama helin. Dib u noqo oo isku day erayo kale.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>shaqaaluhu way joogaan</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>is-adeeg, shaqaale ma jiro</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>si ku meel gaar ah u xiran</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>maanta saacadda %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 saacadda %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Hadda waa furan yahay. Shaqaaluhu way joogaan ilaa %1.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Hadda waa u furan yahay is-adeeg ilaa %1. Shaqaale ma joogo.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Hadda waa xiran yahay.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Maanta waa xiran yahay.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Wuxuu furmayaa %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>Ma garanayno in maktabaddu maanta furan tahay. Weydii shaqaalaha.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: xiran</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Cinwaan: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Saacadaha furitaanka:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Macluumaadkan waa %1. Weydii shaqaalaha haddii aadan hubin.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Isha: %1, shatiga %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: macluumaad ma jiro</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Lambarka tixraacaagu waa %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>Magaaladu waxay ku siin doontaa lambar tixraac goor dambe.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>Kiyooskku ma hayo fikradaada.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Loo diray: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>Adeegga fikradaha ee Magaalada Helsinki</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>Hadda codbixin ma furna.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>Wareegga xiga waxaa lagu shaacin doonaa OmaStadi.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>Hadda wareeg ayaa socda.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Hadda: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>Wareeggu wuxuu socdaa %1 ilaa %2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>Wareeggu wuxuu dhammaanayaa %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Macluumaadkan waa %1. Weydii shaqaalaha haddii aadan hubin.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Isha: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Macluumaadkan waa %1. Weydii shaqaalaha haddii aadan hubin.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Isha: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>waqooyi</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>waqooyi-bari</translation>
    </message>
    <message>
        <source>east</source>
        <translation>bari</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>koonfur-bari</translation>
    </message>
    <message>
        <source>south</source>
        <translation>koonfur</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>koonfur-galbeed</translation>
    </message>
    <message>
        <source>west</source>
        <translation>galbeed</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>waqooyi-galbeed</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Aad u dhow, wax ka yar 50 m</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Kursiga curyaanka</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Socodku waa adag yahay</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Socodsiiye</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Gaariga carruurta</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Aragga oo liita</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Qalabka maqalka</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: caqabado la yaqaan ma jiraan.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: waxaa jira caqabado.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Helitaanka</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Cinwaan: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>Macluumaad ku saabsan helitaanka meeshan ma jiraan.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Ka weydii helitaanka taleefanka: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 saacadda %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Dhacdadan waa la joojiyay.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>Dhacdadan dib ayaa loo dhigay.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>Waqtiga dhacdadan waa isbeddelay.</translation>
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
        <translation>Shaqaalaha maktabadda ayaa hadda ku caawinaya.</translation>
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
        <translation>Dhammee oo tirtir</translation>
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
        <translation>Luqadda: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Cabbirka qoraalka: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kala-duwanaanta: sare</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kala-duwanaanta: caadi</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Hadalka: shidan</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Hadalka: dansan</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Jawaabahaaga: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Qoraalka aad bilowday: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>Weli waxba ma aadan dooran mana aadan qorin.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Waxba lama kaydiyo markaad tagto. Kiosk-ku wuxuu tiriyaa oo keliya inta qof ee isticmaasha, magacyo la'aan.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>Muxuu kiyooskani iga yaqaan?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Hadda tirtir</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Ku noqo meeshii aan joogay</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Wax kasta oo aad qortay ama dooratay waa la tirtiray.</translation>
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
        <translation>Muuqaalka shaqaalaha</translation>
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
        <translation>Raali ahow, macluumaadkan hadda lama tusi karo. Weydii shaqaalaha maktabadda.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Isku day mar kale</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Bilowga</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Daabac</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Daabac: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>meel bannaan</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>la tirtiray</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>xaraf weyn</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>tirooyin</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>xarfo</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>Goobtu way buuxdaa.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>xaraf</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Cidda helaysa: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Haa, waan ogolahay</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Maya, ma ogoli</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Beddel</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Dir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Haa</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Maya</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Samee wax kale</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>Ma garanayno in fariinta la diray</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>Fariinta lama dirin</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Raali ahow, fariinta lama dirin. Qoraalkaagu wuu kaydsan yahay. Mar kale isku day, ama weydii shaqaalaha maktabadda.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Dhammee oo tirtir</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Qoraalkaaga: %n eray.</numerusform><numerusform>Qoraalkaaga: %n eray.</numerusform></translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>Magaaladu waxay suurtagal tahay inay heshay fariinta. Qoraalkaagu wuu kaydsan yahay. Mar kale ha dirin: ka codso shaqaalaha maktabadda inay hubiyaan.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Ka codso shaqaalaha inay hubiyaan</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Raali ahow, fariinta lama dirin. Qoraalkaagu wuu kaydsan yahay. Weydii shaqaalaha maktabadda.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Beddel: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Cabbirka qoraalka %1 boqolkiiba.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>Kala-duwanaanta sare waa shidan tahay.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>Kala-duwanaanta sare waa dansan tahay.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Hadalku waa shidan yahay.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Hadalku waa dansan yahay.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Dhegaha-dhegeysiga waa la xiray. Hadalku hadda wuxuu ku jiraa dhegaha-dhegeysiga oo keliya. Xogta gaarka ah, sida waxa aad qorto, halkaas ayaa kor loogu akhriyaa.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Dhegaha-dhegeysiga waa la saaray. Hadalku mar kale wuxuu ka soo baxayaa sameecadda. Xogta gaarka ah kor looma sii akhriyo.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>Kani waa codka ugu weyn.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>Kani waa codka ugu yar.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Codka %1/%2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>Kani waa hadalka ugu dhaqsaha badan.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>Kani waa hadalka ugu gaabisan.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Xawaaraha %1/%2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Ma u baahan tahay caawimo?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>Shaqaalaha maktabadda ayaa ku caawin kara.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>Kiyooska adeegyada magaalada</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>Waxaan u sheegaynaa shaqaalaha maktabadda.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>Waxaan u sheegnay shaqaalaha maktabadda.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Fadlan halkan ku sug.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Caawimo ayaa imanaysa</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 oo ka socda maktabadda ayaa kuu imanaya.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>Shaqaale maktabadda ka mid ah ayaa kuu imanaya.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Tag miiska adeegga, ama gacanta u hadaaq shaqaale.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Wax kasta oo aad halkan ku samaysay way kaydsanaan doonaan ilaa aad soo noqoto.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Ku noqo meeshii aan joogay</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Ma rabtaa inaad dhammayso oo tirtirto?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Wax kasta oo aad halkan ku samaysay waa la tirtiri doonaa.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>Qofka xiga ma arki doono.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Haa, dhammee oo tirtir</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>Maya, dib u noqo</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Waa la daabacayaa…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Fadlan in yar sug.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Daabacaaddaadu waa diyaar.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Warqadda ka qaado daabacaha.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Waxba lama daabicin.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Bayaanka helitaanka</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>Bayaanka hadda lama tusi karo. Weydii shaqaalaha maktabadda.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Hadalku hadda ma shaqaynayo. Shaqaaluhu way ku caawin karaan.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Codka %1/%2. Xawaaraha %3/%4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Dami hadalka</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Shid hadalka</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Hadalka iyo codka</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Kor u qaad</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Hoos u dhig</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Tartiib</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Dhaqso</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Weli ma joogtaa?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Taabo shaashadda si aad u sii wadato.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Weli waan joogaa</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Raali ahow, wax baa qaldamay.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>Kiyooskku dhowaan ayuu dib u bilaabayaa.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>Wixii aad halkan ku samaysay waa la tirtiray.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Dib u bilow</translation>
    </message>
    <message>
        <source>button</source>
        <translation>badhan</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>goob qoraal</translation>
    </message>
    <message>
        <source>private</source>
        <translation>gaar ah, kor looma akhriyo</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Waa la dirayaa…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Fadlan sug. Mar kale ha dirin.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Macluumaadka ayaa la keenayaa…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>Tani waxay qaadan kartaa wax yar. Dib ayaad u noqon kartaa haddii aadan rabin inaad sugto.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dib u noqo</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Shid baaritaanka taabashada</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Dami baaritaanka taabashada</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Baaritaanka taabashada waa shidan yahay. Taabo badhan si aad u maqasho waxa uu yahay. Mar kale taabo si aad u doorato.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Baaritaanka taabashada waa dansan yahay. Hal taabasho ayaa dooranaysa.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>Shaqaalaha maktabadda waxay ogyihiin inaad caawimo u baahan tahay, halkanna way kuugu iman doonaan.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>Adeegga magaaladu waqtigii kuma jawaabin.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>Xiriirku wuu go'ay.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>Jawaab kama iman magaalada.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>Kiyooskku kuma xirmi karin adeegga magaalada.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>Adeegga magaalada hadda cillad ayaa ku jirta.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>Magaaladu way jawaabtay, laakiin jawaabta lama akhriyi karin.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>Adeegga magaaladu si aan la filayn ayuu u jawaabay.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>Adeegga magaaladu ma aqbalin.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>Kiyooskani waa tusaale. Waxba looma dirayo magaalada.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>Kiyoosku cillad ayaa ku dhacday.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>Qofka isticmaala kursiga curyaanka</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>Qofka ay socodku ku adag tahay</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>Qofka isticmaala socodsiiye</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>Gaariga carruurta oo wata</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>Qofka araggiisu liito</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>Qofka isticmaala qalabka maqalka</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1, waxyaabahan ayaa caqabad ah:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1, diiwaanku ma garanayo caqabado.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1, waxaa jira caqabado, laakiin diiwaanku ma sheegayo kuwa ay yihiin.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: macluumaad caqabado ku saabsan ma jiraan.</translation>
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
        <translation>(af-Ingiriisi)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(af-Iswiidhish)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(af-Finnish)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>la doortay</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>lama heli karo</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>Fallaarta kor. Waxay u guurtaa doorashadii hore.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Fallaarta hoos. Waxay u guurtaa doorashada xigta.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Fallaarta bidix. Waxay u guurtaa doorashadii hore.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Fallaarta midig. Waxay u guurtaa doorashada xigta.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Dooro. Waxay doorataa waxa aad ku jirto.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Dib u noqo. Waxay ku celisaa shaashaddii hore.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Caawimo. Waxay kuu sheegtaa meesha aad joogto. Riix si aad u joojiso caawimada furayaasha.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Cod kor. Hadalka ayay kor u qaadaysaa.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Cod hoos. Hadalka ayay hoos u dhigaysaa.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Caawimada furayaasha waa shidan tahay. Riix fure si aad u maqasho waxa uu qabto. Riix Caawimo si aad u joojiso.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Caawimada furayaasha waa dansan tahay.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>Waxaad joogtaa shaashadda: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Ku dhaqaaq furayaasha fallaarta, kuna dooro furaha doorashada. Dib u noqo ayaa dib kuu celisa. Hay Caawimo si aad u barato furayaasha.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>Waxaa jira %n doorasho.</numerusform><numerusform>Waxaa jira %n doorasho.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Fallaarta bidix. Waxay u guurtaa doorashada xigta.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Fallaarta midig. Waxay u guurtaa doorashadii hore.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Taabo shaashadda</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Ku qor kiiboodhka</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Linkiyada iyo koodhadhka QR</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Garo fariin been abuur ah</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Ku celceli</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Si tartiib ah shaashadda ugu taabo hal farood, kadibna kor u qaad.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Laba taabasho oo degdeg ah oo qalad ah waxaa loo tiriyaa hal.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Taabo xarfaha mid mid. Tirtir waxay tirtirtaa xaraf.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Taabo Dhammaad markaad diyaar tahay.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>Linku waa ciwaan shabakad ama qoraal buluug ah oo hoosta laga xarriiqay. Wuxuu furaa bog.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>U jeedi kamarada taleefankaaga koodka QR si aad u furto boggiisa.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>Fariinta been abuurka ah way ku degdegsiisaa waxayna weydiisaa koodhadhka bangigaaga.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Bangigaagu marnaba kuma weydiiyo koodhadhkaaga fariin.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Xiga</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Casharro gaagaaban. Waxba oo aad halkan ku sameyso lama kaydiyo.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>Waad guulaysatay!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Daabac</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Cashar kale</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Bilowga</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>Taasi waa taabasho. Ku tijaabi shaashadda xigta.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Taabo badhanka weyn.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>I taabo</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Si fiican! Badhanku wuu ka jawaabay taabashadaada.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>Sidaas darteed gacan gariiraysa waxba laba jeer ma doorato.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>Kiiboodh ayaa shaashadda ka soo baxa markaad u baahato inaad wax qorto.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>Kiosku ma kaydiyo waxaad halkan ku qorto.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Qor magacaaga koowaad.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Kee baa linku ah?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Maaha kaas: waa qoraal caadi ah. Isku day mar kale.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Saacadaha furitaanka</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Sax! Ciwaanka shabakaddu waa link.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>Koodka QR waa sawir afargees ah oo link ah.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Dambiilayaashu waxay soo diraan fariimo u eg kuwo run ah.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Marka xigta waxaad arki doontaa saddex fariimood. Mid waa been abuur. Dooro.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Fariintee baa been abuur ah?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Maaha kaas: waxba ma weydiinayo, linkna oo la yaab leh ma laha. Isku day mar kale.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Maktabadda: buugga aad dalbatay wuxuu kugu sugayaa maktabadda Kallio.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Bangigaaga: koontadaada maanta ayaa la xirayaa! Fur bit.ly/pankki-x oo qor koodhadhka bangigaaga.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>Magaalada Helsinki: kaarkaaga maktabadda wuxuu dhacayaa bisha May. Weydii maktabad.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Sax! Fariinta bangiga waa been abuur.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>Way ku degdegsiisaa.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>Waxay weydiisaa koodhadhka bangigaaga. Bangigaagu marnaba sidaas ma sameeyo.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Linkiisu waa gaaban yahay oo la yaab leh.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Casharro gaagaaban: taabasho, qoraal, linkiyo iyo fariimo been abuur ah.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Isku aqoonsii taleefanka</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Hubi magaca adeegga intaadan xaqiijin.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Weligaa qofna ha siin koodhadhkaaga, xitaa shaqaalaha.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Adeegyo badan ayaa kaa codsada inaad is aqoonsiiso.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>Waxaad ku samaysaa taleefankaaga. Tani waa tababar keliya.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>Adeeggu wuxuu weydiinayaa: sidee isu aqoonsiinaysaa?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Koodhadhka bangiga</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Shahaadada mobilka</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Marka xigta taleefankaagu wuxuu kaa codsanayaa inaad xaqiijiso.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Liis ku dhaqaaji taleefanka</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>Taleefanka, liisku waa ka dheer yahay shaashadda.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>Liiska farta ayaad ku dhaqaajisaa. Taas waa rogid.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>Kiyoosku ma rogmado. Halkan waa sawirro.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Xaggee farta u dhaqaajisaa?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Sawir: taleefan leh liiska bilaha sannadka.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>Liisku wuu ka sii socdaa shaashadda hoosteeda. Waxaad aragtaa bilaha ugu horreeya oo keliya. Far ayaa saaran liiska.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Kor</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hoos</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Dhinac</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Maaha kaas: hoos waa bilowga liiska. Isku day mar kale.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Maaha kaas: dhinac waa sawirka xiga. Isku day mar kale.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Sax! Fartaada kor u dhaqaaji.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Sawir: isla taleefankii kadib markii fartu kor u dhaqaaqday.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>Liisku wuxuu kor ula dhaqaaqay farta. Hadda waxaad aragtaa dhammaadka liiska.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>Si aad ugu noqoto bilowga liiska, fartaada hoos u dhaqaaji.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Fartaada kor ugu dhaqaaji liiska si aad wax badan uga aragto.</translation>
    </message>
</context>
</TS>
