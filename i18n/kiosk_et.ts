<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Hoidke all: järgmine osa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Korda</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Küsi abi</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Lõpeta ja kustuta</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>Kui te %n minuti jooksul midagi ei tee, küsib kiosk, kas olete veel siin.</numerusform><numerusform>Kui te %n minuti jooksul midagi ei tee, küsib kiosk, kas olete veel siin.</numerusform></translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Ligipääsetavuse teatis</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>Kiosk kustutab kõik %n sekundi pärast.</numerusform><numerusform>Kiosk kustutab kõik %n sekundi pärast.</numerusform></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Suurtähed</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Tühik</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation>123</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numbrid</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Tähed</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR-kood: %1</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>Suunake telefoni kaamera koodile ja leht avaneb.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Raamatukogu töötaja aitab</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Töötaja vaade</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Kirjutage vähemalt %n märk.</numerusform><numerusform>Kirjutage vähemalt %n märki.</numerusform></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Tekst %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kontrast: suur</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kontrast: tavaline</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Minu andmed</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Kõne: ei tööta</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Kõne: sees</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Kõne: väljas</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suurem tekst</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Väiksem tekst</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Kõrge kontrast</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Tavaline kontrast</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Kõne välja</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Kõne sisse</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>Ülejäänut ei prinditud. Kui vajad seda, küsi töötajalt.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>Printer ei tööta. Küsige töötajalt.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Suunake telefoni kaamera koodile või sisestage aadress:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Prinditud %1 kell %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lehekülg %1/%2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Liikuge üles ja alla nooleklahvidega.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Mida te soovite teha?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Valige üks. Alati saate tagasi minna.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>Veel valikuid ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>Esimesed valikud ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>Veel vastuseid ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>Esimesed vastused ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Eelmine lehekülg</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Järgmine lehekülg ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Lehekülg %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Midagi ei leitud. Minge tagasi ja proovige teisi sõnu.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>töötajad on kohal</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>iseteenindus, töötajaid pole</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>ajutiselt suletud</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>täna kell %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kell %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Praegu avatud. Töötajad on kohal kuni %1.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Praegu avatud iseteeninduseks kuni %1. Töötajaid pole kohal.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Praegu suletud.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Täna suletud.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Avatakse %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>Me ei tea, kas raamatukogu on täna avatud. Küsige töötajalt.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: suletud</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Aadress: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Lahtiolekuajad:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Need andmed on seisuga %1. Küsige töötajalt, kui te pole kindel.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Allikas: %1, litsents %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: andmed puuduvad</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Teie viitenumber on %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>Linn annab tagasisidele viitenumbri hiljem.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>Kiosk ei hoia teie tagasisidet alles.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Saaja: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>Helsingi linna tagasisideteenus</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>Praegu hääletus ei käi.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>Järgmisest voorust teatatakse OmaStadis.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>Praegu käib voor.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Praegu: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>Voor kestab %1–%2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>Voor lõpeb %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Need andmed on seisuga %1. Küsige töötajalt, kui te pole kindel.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Allikas: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Need andmed on seisuga %1. Küsige töötajalt, kui te pole kindel.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Allikas: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>põhja</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>kirdesse</translation>
    </message>
    <message>
        <source>east</source>
        <translation>itta</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>kagusse</translation>
    </message>
    <message>
        <source>south</source>
        <translation>lõunasse</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>edelasse</translation>
    </message>
    <message>
        <source>west</source>
        <translation>läände</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>loodesse</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Väga lähedal, alla 50 m</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Ratastool</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Kõndimine on raske</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Rulaator</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Lapsevanker</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Nõrk nägemine</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Kuuldeaparaat</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: teadaolevaid takistusi pole.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: on mõned takistused.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Ligipääsetavus</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Aadress: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>Selle koha ligipääsetavuse kohta andmed puuduvad.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Küsige ligipääsetavuse kohta telefoni teel: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kell %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>See üritus on ära jäetud.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>See üritus on edasi lükatud.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>Selle ürituse aeg on muutunud.</translation>
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
        <translation>Raamatukogu töötaja aitab teid nüüd.</translation>
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
        <translation>Lõpeta ja kustuta</translation>
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
        <translation>Keel: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Teksti suurus: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kontrast: suur</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kontrast: tavaline</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Kõne: sees</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Kõne: väljas</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Teie vastused: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Tekst, mida hakkasite kirjutama: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>Te pole veel midagi valinud ega kirjutanud.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Kui lahkud, ei jää midagi alles. Kiosk loeb ainult, mitu inimest seda kasutab, ilma nimedeta.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>Mida see kiosk minust teab?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Kustuta kohe</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Tagasi sinna, kus olin</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Kõik, mida kirjutasite või valisite, on kustutatud.</translation>
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
        <translation>Töötaja vaade</translation>
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
        <translation>Vabandust, neid andmeid ei saa praegu näidata. Küsige raamatukogu töötajalt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Algusesse</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Edasi</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Prindi</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Prindi: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>tühik</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>kustutatud</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>suurtäht</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numbrid</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>tähed</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>Väli on täis.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>märk</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Kes andmed saab: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Jah, olen nõus</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Ei, ma pole nõus</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuda</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Saada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Tee midagi muud</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>Me ei tea, kas sõnum läks teele</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>Sõnumit ei saadetud</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Vabandust, sõnumit ei saadetud. Teie tekst on alles. Võite uuesti proovida või küsida raamatukogu töötajalt.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Lõpeta ja kustuta</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Teie tekst: %n sõna.</numerusform><numerusform>Teie tekst: %n sõna.</numerusform></translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>Linn võis sõnumi kätte saada. Teie tekst on alles. Ärge saatke seda uuesti: paluge raamatukogu töötajal asja kontrollida.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Palu töötajal kontrollida</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Vabandust, sõnumit ei saadetud. Teie tekst on alles. Küsige raamatukogu töötajalt.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Muuda: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Teksti suurus %1 protsenti.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>Suur kontrast sees.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>Suur kontrast väljas.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Kõne sees.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Kõne väljas.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Kõrvaklapid on ühendatud. Kõne kostab nüüd ainult kõrvaklappides. Privaatsed andmed, näiteks see, mida kirjutate, loetakse seal ette.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Kõrvaklapid on eemaldatud. Kõne kostab jälle kõlarist. Privaatseid andmeid enam ette ei loeta.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>See on kõige valjem.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>See on kõige vaiksem.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Helitugevus %1/%2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>See on kõige kiirem.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>See on kõige aeglasem.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Kiirus %1/%2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Kas vajate abi?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>Raamatukogu töötajad saavad teid aidata.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>Linnateenuste kiosk</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>Anname raamatukogu töötajatele teada.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>Andsime raamatukogu töötajatele teada.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Palun oodake siin.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Abi tuleb</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 raamatukogust tuleb teie juurde.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>Raamatukogu töötaja tuleb teie juurde.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Minge teenindusletti juurde või lehvitage töötajale.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Kõik, mida siin tegite, jääb alles, kuni tagasi tulete.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Tagasi sinna, kus olin</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Kas soovite lõpetada ja kustutada?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Kõik, mida siin tegite, kustutatakse.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>Järgmine inimene seda ei näe.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Jah, lõpeta ja kustuta</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>Ei, mine tagasi</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Prinditakse…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Oodake hetk.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Väljatrükk on valmis.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Võtke paber printerist.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Midagi ei prinditud.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Ligipääsetavuse teatis</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>Teatist ei saa praegu näidata. Küsige raamatukogu töötajalt.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Kõne praegu ei tööta. Töötajad saavad aidata.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Helitugevus %1/%2. Kiirus %3/%4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Lülita kõne välja</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Lülita kõne sisse</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Kõne ja helitugevus</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Valjemini</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Vaiksemalt</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Aeglasemalt</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Kiiremini</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Kas olete veel siin?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Jätkamiseks puudutage ekraani.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Olen veel siin</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Vabandust, midagi läks valesti.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>Kiosk alustab kohe uuesti.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>Kõik, mida tegite, on kustutatud.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Alusta uuesti</translation>
    </message>
    <message>
        <source>button</source>
        <translation>nupp</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>tekstiväli</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privaatne, ei loeta ette</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Saadetakse…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Oodake. Ärge saatke uuesti.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Andmeid tuuakse…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>See võib võtta hetke. Kui te ei soovi oodata, võite tagasi minna.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Lülita puutega uurimine sisse</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Lülita puutega uurimine välja</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Puutega uurimine on sees. Puudutage nuppu, et kuulda, mis see on. Valimiseks puudutage uuesti.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Puutega uurimine on väljas. Üks puudutus valib.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>Raamatukogu töötajad teavad, et vajate abi, ja tulevad siia teie juurde.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>Linna teenus ei vastanud õigel ajal.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>Ühendus katkes.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>Linnalt ei tulnud vastust.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>Kiosk ei saanud linna teenusega ühendust.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>Linna teenuses on praegu rike.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>Linn vastas, kuid vastust ei saanud lugeda.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>Linna teenus vastas ootamatult.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>Linna teenus ei võtnud sõnumit vastu.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>See kiosk on näidiskiosk. Linnale ei saadeta midagi.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>Kioskis tekkis viga.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>Ratastooli kasutajale</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>Inimesele, kellel on raske kõndida</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>Rulaatori kasutajale</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>Lapsevankriga</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>Nõrga nägemisega inimesele</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>Kuuldeaparaadi kasutajale</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1 on takistuseks:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1: registri järgi takistusi pole.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1: on takistusi, kuid register ei ütle, milliseid.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: takistuste kohta andmed puuduvad.</translation>
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
        <translation>(inglise keeles)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(rootsi keeles)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(soome keeles)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>valitud</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>pole saadaval</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>Nool üles. Liigub eelmisele valikule.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Nool alla. Liigub järgmisele valikule.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Nool vasakule. Liigub eelmisele valikule.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Nool paremale. Liigub järgmisele valikule.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Vali. Valib selle, millel olete.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Tagasi. Läheb ühe ekraani võrra tagasi.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Abi. Ütleb, kus te olete. Vajutage seda, et klahvide abi lõpetada.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Helitugevus üles. Muudab kõne valjemaks.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Helitugevus alla. Muudab kõne vaiksemaks.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Klahvide abi on sees. Vajutage klahvi, et kuulda, mida see teeb. Lõpetamiseks vajutage Abi.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Klahvide abi on väljas.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>Olete ekraanil: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Liikuge nooleklahvidega ja valige valikuklahviga. Tagasi viib tagasi. Hoidke Abi all, et klahve tundma õppida.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>Siin on %n valik.</numerusform><numerusform>Siin on %n valikut.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Nool vasakule. Liigub järgmisele valikule.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Nool paremale. Liigub eelmisele valikule.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Puuduta ekraani</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Kirjuta klaviatuuriga</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Lingid ja QR-koodid</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Tunne ära petusõnum</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Harjuta</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Puudutage ekraani kergelt ühe sõrmega ja tõstke sõrm ära.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Kaks kogemata kiiret puudutust loetakse üheks.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Puudutage tähti ükshaaval. Kustuta eemaldab tähe.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Kui olete valmis, puudutage Valmis.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>Link on veebiaadress või sinine allajoonitud tekst. See avab lehe.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>Lehe avamiseks suunake telefoni kaamera QR-koodile.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>Petusõnum kiirustab teid ja küsib teie pangakoode.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Teie pank ei küsi kunagi koode sõnumiga.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Edasi</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Lühikesed tunnid. Midagi, mida siin teete, ei salvestata.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>Said hakkama!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Prindi</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Teine tund</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Algusesse</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>See on puudutus. Proovige seda järgmisel ekraanil.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Puudutage suurt nuppu.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>Puuduta mind</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Väga hea! Nupp vastas teie puudutusele.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>Nii ei vali värisev käsi midagi kaks korda.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>Kui on vaja kirjutada, tuleb ekraanile klaviatuur.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>Kiosk ei salvesta seda, mida siia kirjutate.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Kirjutage oma eesnimi.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Kumb on link?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Mitte see: see on tavaline tekst. Proovige uuesti.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Lahtiolekuajad</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Õige! Veebiaadress on link.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>QR-kood on lingi ruudukujuline pilt.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Kurjategijad saadavad sõnumeid, mis näevad välja ehtsad.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Järgmiseks näete kolme sõnumit. Üks on võlts. Valige see.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Milline sõnum on võlts?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Mitte see: see ei küsi midagi ja selles pole imelikku linki. Proovige uuesti.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Raamatukogu: teie broneeritud raamat ootab teid Kallio raamatukogus.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Teie pank: teie konto suletakse täna! Avage bit.ly/pankki-x ja kirjutage oma pangakoodid.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>Helsingi linn: teie raamatukogukaart aegub mais. Küsige raamatukogust.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Õige! Panga sõnum on võlts.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>See kiirustab teid.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>See küsib teie pangakoode. Teie pank ei tee seda kunagi.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Selle link on lühike ja imelik.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Lühikesed tunnid: puudutus, kirjutamine, lingid ja petusõnumid.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Tuvasta end telefoniga</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Enne kinnitamist kontrollige teenuse nime.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Ärge andke oma koode kunagi kellelegi, isegi mitte töötajatele.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Paljud teenused paluvad end tuvastada.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>Teete seda oma telefoniga. See on ainult harjutus.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>Teenus küsib: kuidas te end tuvastate?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Pangakoodid</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Mobiil-ID</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Seejärel palub telefon teil kinnitada.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Loendi kerimine telefonis</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>Telefonis on loend sageli ekraanist pikem.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>Loendit liigutate sõrmega. See on kerimine.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>Kioski ekraan ei keri. Siin on pildid.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Mis suunas liigutate sõrme, et näha rohkem?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Pilt: telefon, millel on aasta kuude loend.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>Loend jätkub ekraani all. Näete ainult esimesi kuid. Sõrm on loendil.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Üles</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Külgsuunas</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Mitte see: alla näitab jälle loendi algust. Proovige uuesti.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Mitte see: külgsuunas näitab sageli järgmist pilti. Proovige uuesti.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Õige! Liigutage sõrme üles.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Pilt: sama telefon pärast seda, kui sõrm liikus üles.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>Loend liikus koos sõrmega üles. Nüüd näete loendi lõppu.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>Loendi algusesse tagasi minekuks liigutage sõrme alla.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Liigutage sõrme loendil üles, et näha rohkem.</translation>
    </message>
</context>
</TS>
