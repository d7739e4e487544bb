<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Håll: nästa del</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Be om hjälp</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Avsluta och radera</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>Om du inte gör något på %n minut frågar kiosken om du är kvar.</numerusform>
            <numerusform>Om du inte gör något på %n minuter frågar kiosken om du är kvar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tillgänglighetsutlåtande</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>Kiosken raderar allt om %n sekund.</numerusform>
            <numerusform>Kiosken raderar allt om %n sekunder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Stora bokstäver</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation>123</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Bokstäver</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR-kod: %1</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>Rikta telefonens kamera mot koden så öppnas sidan.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Bibliotekets personal hjälper</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Hjälplägets meny</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Skriv minst %n tecken.</numerusform>
            <numerusform>Skriv minst %n tecken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Textstorlek %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kontrast: hög</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kontrast: normal</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Mina uppgifter</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Tal: fungerar inte</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Tal: på</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Tal: av</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Normal kontrast</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Tal av</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Tal på</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>Resten skrevs inte ut. Fråga personalen om du behöver den.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>Skrivaren fungerar inte. Fråga personalen.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Rikta telefonens kamera mot koden eller skriv adressen:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Utskriven %1 kl. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Flytta upp och ner med piltangenterna.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Vad vill du göra?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Välj en sak. Du kan alltid gå tillbaka.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>Fler alternativ ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>Första alternativen ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>Fler svar ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>Första svaren ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Föregående sida</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Nästa sida ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Sida %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Inget hittades. Gå tillbaka och pröva andra ord.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>personal på plats</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>självbetjäning utan personal</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>tillfälligt stängt</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>i dag kl. %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Öppet nu. Personalen är på plats till kl. %1.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Öppet nu med självbetjäning till kl. %1. Ingen personal är på plats.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Stängt nu.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Stängt i dag.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Öppnar %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>De sparade uppgifterna säger inte om biblioteket är öppet i dag.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: stängt</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Öppettider:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Uppgiften är från %1. Fråga personalen om du är osäker.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Källa: %1, licens %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: ingen information</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Ditt referensnummer är %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>Staden ger din respons ett referensnummer senare.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>Kiosken sparar inte din respons.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Skickat till: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>Helsingfors stads responstjänst</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>Ingen röstning pågår nu.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>Nästa omgång meddelas i OmaStadi.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>En omgång pågår nu.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>Omgången pågår %1–%2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>Omgången slutar %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Uppgiften är från %1. Fråga personalen om du är osäker.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Källa: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Uppgiften är från %1. Fråga personalen om du är osäker.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Källa: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>åt norr</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>åt nordost</translation>
    </message>
    <message>
        <source>east</source>
        <translation>åt öster</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>åt sydost</translation>
    </message>
    <message>
        <source>south</source>
        <translation>åt söder</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>åt sydväst</translation>
    </message>
    <message>
        <source>west</source>
        <translation>åt väster</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>åt nordväst</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Mycket nära, under 50 m</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Rullstol</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Svårt att gå</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Rollator</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Barnvagn</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Nedsatt syn</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Hörapparat</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: inga kända hinder.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: det finns vissa hinder.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adress: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>Det finns inga uppgifter om tillgängligheten.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Fråga om tillgängligheten per telefon: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Evenemanget är inställt.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>Evenemanget är uppskjutet.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>Tiden för evenemanget har ändrats.</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Helper mode is not set up on this kiosk.</source>
        <extracomment>Screens shown over another; Back returns to the one below. How a session's end reason is counted in the anonymous figures. Problems found at start (config, flows, offline data, earlier crashes). Parts that can go wrong while the kiosk runs, by kind (see ``PROBLEM_KINDS``): each has a ``problem`` attribute, a plain technical text or None when all is well.</extracomment>
        <translation>Hjälpläget är inte aktiverat på den här kiosken.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Administratörens PIN-kod</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personalens PIN-kod</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>PIN-koden kunde inte kontrolleras.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 minutes.</source>
        <translation>För många fel PIN-koder. Försök igen om %1 minuter.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>Fel PIN-kod. Försök kvar: %1.</translation>
    </message>
    <message>
        <source>Library staff is now helping you.</source>
        <translation>Bibliotekets personal hjälper dig nu.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Tjänst: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Steg: %1</translation>
    </message>
    <message>
        <source>The resident is not in a service now.</source>
        <translation>Kunden är inte i någon tjänst nu.</translation>
    </message>
    <message>
        <source>Session time: %1 min</source>
        <translation>Tid vid kiosken: %1 min</translation>
    </message>
    <message>
        <source>Settings: %1, text %2 %, %3, speech %4</source>
        <translation>Inställningar: %1, text %2 %, %3, tal %4</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>hög kontrast</translation>
    </message>
    <message>
        <source>normal contrast</source>
        <translation>normal kontrast</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>The idle timer is paused.</source>
        <translation>Tidsgränsen är pausad.</translation>
    </message>
    <message>
        <source>Speech is not working.</source>
        <translation>Talet fungerar inte.</translation>
    </message>
    <message>
        <source>%1 For IT: %2</source>
        <translation>%1 För IT-stödet: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Services completed</source>
        <translation>Tjänster slutförda</translation>
    </message>
    <message>
        <source>Services left unfinished</source>
        <translation>Tjänster avbrutna</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Hjälpförfrågningar</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tidsgräns nådd</translation>
    </message>
    <message>
        <source>Back to the resident's screen</source>
        <translation>Tillbaka till kundens vy</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <source>Restart this service</source>
        <translation>Börja om den här tjänsten</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Byt språk</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>Byt textstorlek</translation>
    </message>
    <message>
        <source>Change contrast</source>
        <translation>Byt kontrast</translation>
    </message>
    <message>
        <source>Speech on or off</source>
        <translation>Tal på eller av</translation>
    </message>
    <message>
        <source>Resume the idle timer</source>
        <translation>Starta tidsgränsen igen</translation>
    </message>
    <message>
        <source>Pause the idle timer</source>
        <translation>Pausa tidsgränsen</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Avsluta och radera</translation>
    </message>
    <message>
        <source>End helper mode</source>
        <translation>Avsluta hjälpläget</translation>
    </message>
    <message>
        <source>Close the kiosk (admin PIN)</source>
        <translation>Stäng kiosken (administratörens PIN)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Språk: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Textstorlek: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kontrast: hög</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kontrast: normal</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Tal: på</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Tal: av</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Dina svar i tjänsten: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Text som du började skriva: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>Du har inte valt eller skrivit något ännu.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Inget sparas när du går. Kiosken räknar bara hur många som använder den, utan namn.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>Vad vet kiosken om mig?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Radera nu</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Tillbaka dit jag var</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Allt du skrev eller valde är nu raderat.</translation>
    </message>
    <message>
        <source>Usage figures are not being saved.</source>
        <translation>Användningsstatistiken sparas inte.</translation>
    </message>
    <message>
        <source>Staff actions are not being logged.</source>
        <translation>Personalens åtgärder loggas inte.</translation>
    </message>
    <message>
        <source>The PIN lock cannot be saved.</source>
        <translation>PIN-låset kan inte sparas.</translation>
    </message>
    <message>
        <source>City services cannot be reached. Residents see offline data.</source>
        <translation>Stadens tjänster går inte att nå. Invånarna ser sparade uppgifter.</translation>
    </message>
    <message>
        <source>The store of city data cannot be used. Answers are slower.</source>
        <translation>Cachen för stadens uppgifter kan inte användas. Svaren kommer långsammare.</translation>
    </message>
    <message>
        <source>Printouts and QR codes cannot be made.</source>
        <translation>Utskrifter och QR-koder kan inte göras.</translation>
    </message>
    <message>
        <source>The kiosk's data folder cannot be used.</source>
        <translation>Kioskens datamapp kan inte användas.</translation>
    </message>
    <message>
        <source>This went wrong but works again. Nothing to do.</source>
        <translation>Här uppstod ett fel, men nu fungerar det igen. Du behöver inte göra något.</translation>
    </message>
    <message>
        <source>Speech had a problem. It works now.</source>
        <translation>Talet hade ett fel. Nu fungerar det.</translation>
    </message>
    <message>
        <source>The settings file has errors. Those settings use their defaults.</source>
        <translation>Inställningsfilen har fel. För de inställningarna används standardvärden.</translation>
    </message>
    <message>
        <source>A service is left out because its file has errors.</source>
        <translation>En tjänst saknas eftersom dess fil har fel.</translation>
    </message>
    <message>
        <source>The offline data cannot be read.</source>
        <translation>De sparade uppgifterna kan inte läsas.</translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly and started again.</source>
        <translation>Kiosken stannade oväntat och startade om.</translation>
    </message>
    <message>
        <source>Something is not working.</source>
        <translation>Något fungerar inte.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Hjälplägets meny</translation>
    </message>
    <message>
        <source>Coaching note: %1</source>
        <translation>Tips för personalen: %1</translation>
    </message>
    <message>
        <source>Refer next: %1</source>
        <translation>Hänvisa vidare: %1</translation>
    </message>
    <message>
        <source>The staff desk cannot be reached. Help requests wait and go when it can.</source>
        <translation>Personalens arbetsstation kan inte nås. Hjälpbegäranden väntar och skickas när det går.</translation>
    </message>
    <message>
        <source>Today at this kiosk:</source>
        <translation>I dag vid den här kiosken:</translation>
    </message>
    <message>
        <source>Practise with the resident</source>
        <translation>Öva med invånaren</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Sorry, this information cannot be shown now. Please ask the library staff.</source>
        <translation>Förlåt, vi kan inte visa uppgifterna nu. Fråga bibliotekets personal.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Tillbaka till början</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Skriv ut: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>mellanslag</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>raderat</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>stor bokstav</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>siffror</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>bokstäver</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>Fältet är fullt.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>tecken</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Vem får uppgifterna: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Ja, jag godkänner</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Nej, jag godkänner inte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Gör något annat</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>Vi vet inte om det skickades</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>Responsen skickades inte</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Responsen skickades inte. Din text finns kvar. Du kan försöka igen eller fråga bibliotekets personal.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Avsluta och radera</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Din text: %n ord.</numerusform>
            <numerusform>Din text: %n ord.</numerusform>
        </translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>Staden kan ha fått det. Ingenting har försvunnit här. Skicka det inte igen, utan be bibliotekets personal kontrollera saken.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Be personalen kontrollera</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Responsen skickades inte. Din text finns kvar. Fråga bibliotekets personal.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Ändra: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Textstorlek %1 procent.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>Hög kontrast är på.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>Hög kontrast är av.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Talet är på.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Talet är av.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Hörlurarna är anslutna. Talet hörs nu bara i hörlurarna. Privata uppgifter, som det du skriver, läses upp där.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Hörlurarna är urkopplade. Talet hörs från högtalaren igen. Privata uppgifter läses inte längre upp.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>Det här är den högsta volymen.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>Det här är den lägsta volymen.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Volym %1 av %2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>Det här är det snabbaste talet.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>Det här är det långsammaste talet.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Talhastighet %1 av %2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Behöver du hjälp?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>Bibliotekets personal hjälper dig.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>Kiosk för stadens tjänster</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>Vi meddelar bibliotekets personal.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>Vi har meddelat bibliotekets personal.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Vänta här.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Hjälpen är på väg</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 från biblioteket är på väg till dig.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>En person från biblioteket är på väg till dig.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Gå till servicedisken eller vinka åt någon i personalen.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Allt du har gjort här finns kvar tills du kommer tillbaka.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Tillbaka dit jag var</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Vill du avsluta och radera?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Allt du har gjort här raderas.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>Nästa person kan inte se det.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Ja, avsluta och radera</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>Nej, tillbaka dit jag var</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Vänta ett ögonblick.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Utskriften är klar.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Ta papperet från skrivaren.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Ingenting skrevs ut.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Tillgänglighetsutlåtande</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>Utlåtandet kan inte visas nu. Fråga bibliotekets personal.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Talet fungerar inte nu. Personalen kan hjälpa dig.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Volym %1 av %2. Talhastighet %3 av %4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Stäng av talet</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Sätt på talet</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Tal och volym</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Högre</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Lägre</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Långsammare</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Snabbare</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Rör vid skärmen för att fortsätta.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Jag är kvar</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Förlåt, något gick fel.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>Kiosken börjar om strax.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>Det du gjorde här har raderats.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>button</source>
        <translation>knapp</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>textfält</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat, läses inte upp</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Vänta en stund. Skicka inte igen.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Hämtar uppgifter…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>Det kan ta en stund. Du kan gå tillbaka om du inte vill vänta.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Slå på utforska med beröring</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Stäng av utforska med beröring</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Utforska med beröring är på. Rör vid en knapp för att höra vad den är. Tryck igen för att välja den.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Utforska med beröring är av. Ett tryck väljer.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>Bibliotekets personal vet att du behöver hjälp och kommer hit till dig.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>Stadens tjänst svarade inte i tid.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>Förbindelsen bröts mitt i.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>Svaret från staden kom aldrig.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>Kiosken fick ingen kontakt med stadens tjänst.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>Stadens tjänst har ett fel just nu.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>Staden svarade, men svaret gick inte att läsa.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>Stadens tjänst svarade på ett oväntat sätt.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>Stadens tjänst tog inte emot det.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>Den här kiosken är en demo. Ingenting skickas till staden.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>Något gick fel i kiosken.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>För den som använder rullstol</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>För den som har svårt att gå</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>För den som använder rollator</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>Med barnvagn</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>För den som ser dåligt</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>För den som använder hörapparat</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1 finns de här hindren:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1 finns inga kända hinder enligt registret.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1 finns det vissa hinder, men registret säger inte vilka.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: ingen information om hinder.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Staff desk: help requests</source>
        <translation>Personalens arbetsstation: hjälpbegäranden</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help requests (newest last)</source>
        <translation>&amp;Hjälpbegäranden (den nyaste sist)</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Hjälpbegäranden</translation>
    </message>
    <message>
        <source>Your first &amp;name (the resident sees it):</source>
        <translation>Ditt för&amp;namn (kunden ser det):</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Ditt förnamn</translation>
    </message>
    <message>
        <source>&amp;I&apos;m coming</source>
        <translation>&amp;Jag kommer</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Jag kommer</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>I &amp;cannot come after all</source>
        <translation>Jag &amp;kan inte komma ändå</translation>
    </message>
    <message>
        <source>I cannot come after all</source>
        <translation>Jag kan inte komma ändå</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Kiosker</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kiosker</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosken</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Programversion</translation>
    </message>
    <message>
        <source>Connected to %1. Places: %2.</source>
        <translation>Ansluten till %1. Platser: %2.</translation>
    </message>
    <message>
        <source>Not connected to %1: requests cannot be seen now. For IT: %2</source>
        <translation>Ingen anslutning till %1: begäranden syns inte nu. För IT: %2</translation>
    </message>
    <message>
        <source>Last closed: %1 (%2)</source>
        <translation>Senast stängd: %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 new) %2</source>
        <translation>(%1 nya) %2</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Ny: %1</translation>
    </message>
    <message>
        <source>Help request from %1.</source>
        <translation>Hjälpbegäran från kiosken %1.</translation>
    </message>
    <message>
        <source>Still waiting for help: %1.</source>
        <translation>Väntar fortfarande på hjälp: %1.</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>väntat %1 min</translation>
    </message>
    <message>
        <source>%1, text %2 %, speech %3</source>
        <translation>%1, text %2 %, tal %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>ingen tjänst</translation>
    </message>
    <message>
        <source>claiming…</source>
        <translation>meddelar…</translation>
    </message>
    <message>
        <source>you are going</source>
        <translation>du går</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 går</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>en annan arbetsstation</translation>
    </message>
    <message>
        <source>nobody yet: escalated</source>
        <translation>ingen ännu: eskalerad</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>används</translation>
    </message>
    <message>
        <source>staff helping</source>
        <translation>personalen hjälper</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>INGEN ANSLUTNING</translation>
    </message>
    <message>
        <source>no speech</source>
        <translation>inget tal</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>skrivare</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>inget nätverk</translation>
    </message>
    <message>
        <source>staff arrived</source>
        <translation>personalen kom</translation>
    </message>
    <message>
        <source>the resident left</source>
        <translation>kunden gick</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>the kiosk stopped</source>
        <translation>kiosken stannade</translation>
    </message>
</context>
<context>
    <name>other_language</name>
    <message>
        <source>(in English)</source>
        <translation>(på engelska)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(på svenska)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(på finska)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>vald</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>inte tillgänglig</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>Pil upp. Flyttar till föregående val.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Pil ner. Flyttar till nästa val.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Pil vänster. Flyttar till föregående val.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Pil höger. Flyttar till nästa val.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Välj. Väljer det du står på.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Tillbaka. Går tillbaka en skärm.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Hjälp. Berättar var du är. Tryck på den för att sluta med tangenthjälpen.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Volym upp. Gör talet starkare.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Volym ner. Gör talet tystare.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Tangenthjälpen är på. Tryck på en tangent för att höra vad den gör. Tryck på Hjälp för att sluta.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Tangenthjälpen är av.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>Du är på skärmen: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Flytta med piltangenterna och välj med valtangenten. Tillbaka går tillbaka. Håll ner Hjälp för att lära dig tangenterna.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>Det finns %n val.</numerusform><numerusform>Det finns %n val.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Pil vänster. Flyttar till nästa val.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Pil höger. Flyttar till föregående val.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Tryck på skärmen</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Skriv med tangentbordet</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Länkar och QR-koder</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Känn igen ett falskt meddelande</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Öva</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Rör lätt vid skärmen med ett finger och lyft sedan fingret.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Två snabba tryck av misstag räknas som ett.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Tryck på bokstäverna en i taget. Radera tar bort en bokstav.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Tryck på Klar när du är klar.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>En länk är en webbadress eller blå understruken text. Den öppnar en sida.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>Rikta telefonens kamera mot en QR-kod för att öppna sidan.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>Ett falskt meddelande stressar dig och ber om dina bankkoder.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Din bank ber aldrig om dina koder i ett meddelande.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Korta lektioner. Inget du gör här sparas.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>Du klarade det!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>En annan lektion</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Tillbaka till början</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>Det är ett tryck. Prova på nästa skärm.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Tryck på den stora knappen.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>Tryck på mig</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Bra! Knappen svarade på ditt tryck.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>Så en darrande hand väljer inget två gånger.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>Ett tangentbord visas på skärmen när du behöver skriva.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>Kiosken sparar inte det du skriver här.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Skriv ditt förnamn.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Vilken är en länk?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Inte den: det är vanlig text. Försök igen.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Rätt! En webbadress är en länk.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>En QR-kod är en fyrkantig bild av en länk.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Brottslingar skickar meddelanden som ser äkta ut.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Nu ser du tre meddelanden. Ett är falskt. Välj det.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Vilket meddelande är falskt?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Inte det: det ber inte om något och har ingen konstig länk. Försök igen.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Biblioteket: boken du reserverade väntar på dig på Berghälls bibliotek.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Din bank: ditt konto stängs i dag! Öppna bit.ly/pankki-x och skriv dina bankkoder.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>Helsingfors stad: ditt lånekort går ut i maj. Fråga på ett bibliotek.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Rätt! Bankens meddelande är falskt.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>Det stressar dig.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>Det ber om dina bankkoder. Din bank gör aldrig det.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Dess länk är kort och konstig.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Korta lektioner: tryck, skriv, länkar och falska meddelanden.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Identifiera dig med telefonen</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Kontrollera tjänstens namn innan du bekräftar.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Ge aldrig dina koder till någon, inte ens till personalen.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Många tjänster ber dig identifiera dig.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>Du gör det med din egen telefon. Det här är bara en övning.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>Tjänsten frågar: hur identifierar du dig?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Nätbankskoder</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Mobilcertifikat</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Sedan ber telefonen dig att bekräfta.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Rulla en lista på en telefon</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>På en telefon är en lista ofta längre än skärmen.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>Du flyttar listan med fingret. Det kallas att rulla.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>Kioskens skärm rullar inte. Här ser du bilder.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Åt vilket håll flyttar du fingret för att se mer?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Bild: en telefon med en lista över årets månader.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>Listan fortsätter nedanför skärmen. Du ser bara de första månaderna. Ett finger ligger på listan.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Uppåt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nedåt</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Åt sidan</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Inte den: nedåt visar början av listan igen. Försök igen.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Inte den: åt sidan visar ofta nästa bild. Försök igen.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Rätt! Flytta fingret uppåt.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Bild: samma telefon efter att fingret flyttats uppåt.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>Listan flyttade sig uppåt med fingret. Nu ser du slutet av listan.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>Flytta fingret nedåt för att komma tillbaka till början av listan.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Flytta fingret uppåt på en lista för att se mer av den.</translation>
    </message>
</context>
</TS>
