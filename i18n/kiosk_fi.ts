<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>BottomBar</name>
    <message>
        <source>Hold: next part</source>
        <translation>Pidä: seuraava osa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Toista</translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation>Pyydä apua</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Lopeta ja tyhjennä</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>If you do nothing for %n minutes, the kiosk asks if you are still here.</source>
        <translation>
            <numerusform>Jos et tee mitään %n minuuttiin, kioski kysyy, oletko vielä täällä.</numerusform>
            <numerusform>Jos et tee mitään %n minuuttiin, kioski kysyy, oletko vielä täällä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Saavutettavuusseloste</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>The kiosk clears everything in %n seconds.</source>
        <translation>
            <numerusform>Kioski tyhjentää kaiken %n sekunnin kuluttua.</numerusform>
            <numerusform>Kioski tyhjentää kaiken %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <translation>Isot kirjaimet</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Pyyhi</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Välilyönti</translation>
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
        <translation>Numerot</translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjaimet</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code: %1</source>
        <translation>QR-koodi: %1</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code to open the page.</source>
        <translation>Osoita koodia puhelimesi kameralla, niin sivu aukeaa.</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Library staff are helping</source>
        <translation>Kirjaston henkilökunta auttaa</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Avustustilan valikko</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message numerus="yes">
        <source>Please write at least %n characters.</source>
        <translation>
            <numerusform>Kirjoita vähintään %n merkki.</numerusform>
            <numerusform>Kirjoita vähintään %n merkkiä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Tekstin koko %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kontrasti: suuri</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kontrasti: tavallinen</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>Omat tiedot</translation>
    </message>
    <message>
        <source>Speech: not working</source>
        <translation>Puhe: ei toimi</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Puhe: päällä</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Puhe: pois</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Pienempi teksti</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
    <message>
        <source>Normal contrast</source>
        <translation>Tavallinen kontrasti</translation>
    </message>
    <message>
        <source>Speech off</source>
        <translation>Puhe pois</translation>
    </message>
    <message>
        <source>Speech on</source>
        <translation>Puhe päälle</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>The rest is not printed. Ask the staff if you need it.</source>
        <translation>Loppua ei tulostettu. Kysy henkilökunnalta, jos tarvitset sen.</translation>
    </message>
    <message>
        <source>The printer is not working. Ask the staff.</source>
        <translation>Tulostin ei toimi. Kysy henkilökunnalta.</translation>
    </message>
    <message>
        <source>Point your phone's camera at the code, or type the address:</source>
        <translation>Osoita koodia puhelimesi kameralla tai kirjoita osoite:</translation>
    </message>
    <message>
        <source>Printed %1 at %2</source>
        <translation>Tulostettu %1 klo %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sivu %1/%2</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Use the arrow keys to move up and down.</source>
        <translation>Liiku ylös ja alas nuolinäppäimillä.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Mitä haluat tehdä?</translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation>Valitse yksi. Voit aina palata takaisin.</translation>
    </message>
    <message>
        <source>More choices ▼ (%1/%2)</source>
        <translation>Lisää vaihtoehtoja ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First choices ▲ (%1/%2)</source>
        <translation>Ensimmäiset vaihtoehdot ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>More answers ▼ (%1/%2)</source>
        <translation>Lisää vastauksia ▼ (%1/%2)</translation>
    </message>
    <message>
        <source>First answers ▲ (%1/%2)</source>
        <translation>Ensimmäiset vastaukset ▲ (%1/%2)</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Edellinen sivu</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Seuraava sivu ▶</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Sivu %1/%2</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation>Mitään ei löytynyt. Palaa takaisin ja kokeile muita sanoja.</translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation>henkilökunta paikalla</translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation>auki, ei henkilökuntaa</translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation>tilapäisesti kiinni</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>tänään klo %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation>Auki nyt. Henkilökunta on paikalla klo %1 asti.</translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation>Auki nyt omatoimiaikana klo %1 asti. Henkilökuntaa ei ole paikalla.</translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation>Kiinni nyt.</translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation>Tänään kiinni.</translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation>Avautuu %1.</translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation>Emme tiedä, onko kirjasto tänään auki. Kysy henkilökunnalta.</translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation>%1: kiinni</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Osoite: %1</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Aukioloajat:</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Tieto on päivältä %1. Kysy henkilökunnalta, jos et ole varma.</translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation>Lähde: %1, lisenssi %2.</translation>
    </message>
    <message>
        <source>%1: no information</source>
        <translation>%1: ei tietoa</translation>
    </message>
</context>
<context>
    <name>results_civic</name>
    <message>
        <source>Your reference number is %1.</source>
        <translation>Viitenumerosi on %1.</translation>
    </message>
    <message>
        <source>The city will give your feedback a reference number later.</source>
        <translation>Kaupunki antaa palautteellesi viitenumeron myöhemmin.</translation>
    </message>
    <message>
        <source>The kiosk does not keep your feedback.</source>
        <translation>Kioski ei säilytä palautettasi.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Vastaanottaja: %1.</translation>
    </message>
    <message>
        <source>City of Helsinki feedback service</source>
        <translation>Helsingin kaupungin palautepalvelu</translation>
    </message>
    <message>
        <source>No voting round is open now.</source>
        <translation>Äänestys ei ole nyt auki.</translation>
    </message>
    <message>
        <source>The next round will be announced on OmaStadi.</source>
        <translation>Seuraavasta kierroksesta kerrotaan OmaStadissa.</translation>
    </message>
    <message>
        <source>A round is on now.</source>
        <translation>Kierros on nyt käynnissä.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nyt: %1</translation>
    </message>
    <message>
        <source>The round runs from %1 to %2.</source>
        <translation>Kierros on käynnissä %1–%2.</translation>
    </message>
    <message>
        <source>The round ends on %1.</source>
        <translation>Kierros päättyy %1.</translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Tieto on päivältä %1. Kysy henkilökunnalta, jos et ole varma.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Lähde: %1.</translation>
    </message>
</context>
<context>
    <name>results_places</name>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation>Tieto on päivältä %1. Kysy henkilökunnalta, jos et ole varma.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Lähde: %1.</translation>
    </message>
    <message>
        <source>north</source>
        <translation>pohjoiseen</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>koilliseen</translation>
    </message>
    <message>
        <source>east</source>
        <translation>itään</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>kaakkoon</translation>
    </message>
    <message>
        <source>south</source>
        <translation>etelään</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>lounaaseen</translation>
    </message>
    <message>
        <source>west</source>
        <translation>länteen</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>luoteeseen</translation>
    </message>
    <message>
        <source>Very close, less than 50 m</source>
        <translation>Aivan lähellä, alle 50 m</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Pyörätuoli</translation>
    </message>
    <message>
        <source>Walking is difficult</source>
        <translation>Liikkuminen on vaikeaa</translation>
    </message>
    <message>
        <source>Rollator</source>
        <translation>Rollaattori</translation>
    </message>
    <message>
        <source>Pushchair</source>
        <translation>Lastenvaunut</translation>
    </message>
    <message>
        <source>Low vision</source>
        <translation>Heikko näkö</translation>
    </message>
    <message>
        <source>Hearing aid</source>
        <translation>Kuulokoje</translation>
    </message>
    <message>
        <source>%1: no known problems.</source>
        <translation>%1: ei tunnettuja esteitä.</translation>
    </message>
    <message>
        <source>%1: there are some problems.</source>
        <translation>%1: joitakin esteitä.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Esteettömyys</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Osoite: %1</translation>
    </message>
    <message>
        <source>There is no information about access here.</source>
        <translation>Paikan esteettömyydestä ei ole tietoa.</translation>
    </message>
    <message>
        <source>Ask about access by phone: %1</source>
        <translation>Kysy esteettömyydestä puhelimella: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 klo %2</translation>
    </message>
    <message>
        <source>This event is cancelled.</source>
        <translation>Tämä tapahtuma on peruttu.</translation>
    </message>
    <message>
        <source>This event is postponed.</source>
        <translation>Tämä tapahtuma on siirretty myöhemmäksi.</translation>
    </message>
    <message>
        <source>The time of this event has changed.</source>
        <translation>Tapahtuman aika on muuttunut.</translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <source>Helper mode is not set up on this kiosk.</source>
        <extracomment>Screens shown over another; Back returns to the one below. How a session's end reason is counted in the anonymous figures. Problems found at start (config, flows, offline data, earlier crashes). Parts that can go wrong while the kiosk runs, by kind (see ``PROBLEM_KINDS``): each has a ``problem`` attribute, a plain technical text or None when all is well.</extracomment>
        <translation>Avustustilaa ei ole otettu käyttöön tässä kioskissa.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Ylläpitäjän PIN-koodi</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Henkilökunnan PIN-koodi</translation>
    </message>
    <message>
        <source>The PIN could not be checked.</source>
        <translation>PIN-koodia ei voitu tarkistaa.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 minutes.</source>
        <translation>Liian monta väärää PIN-koodia. Yritä uudelleen %1 minuutin kuluttua.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left: %1.</source>
        <translation>Väärä PIN-koodi. Yrityksiä jäljellä: %1.</translation>
    </message>
    <message>
        <source>Library staff is now helping you.</source>
        <translation>Kirjaston henkilökunta auttaa sinua nyt.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Palvelu: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Vaihe: %1</translation>
    </message>
    <message>
        <source>The resident is not in a service now.</source>
        <translation>Asiakas ei ole nyt missään palvelussa.</translation>
    </message>
    <message>
        <source>Session time: %1 min</source>
        <translation>Käyttöaika: %1 min</translation>
    </message>
    <message>
        <source>Settings: %1, text %2 %, %3, speech %4</source>
        <translation>Asetukset: %1, teksti %2 %, %3, puhe %4</translation>
    </message>
    <message>
        <source>high contrast</source>
        <translation>suuri kontrasti</translation>
    </message>
    <message>
        <source>normal contrast</source>
        <translation>tavallinen kontrasti</translation>
    </message>
    <message>
        <source>on</source>
        <translation>päällä</translation>
    </message>
    <message>
        <source>off</source>
        <translation>pois</translation>
    </message>
    <message>
        <source>The idle timer is paused.</source>
        <translation>Aikakatkaisu on pysäytetty.</translation>
    </message>
    <message>
        <source>Speech is not working.</source>
        <translation>Puhe ei toimi.</translation>
    </message>
    <message>
        <source>%1 For IT: %2</source>
        <translation>%1 IT-tukea varten: %2</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Käyttökerrat</translation>
    </message>
    <message>
        <source>Services completed</source>
        <translation>Palvelut loppuun asti</translation>
    </message>
    <message>
        <source>Services left unfinished</source>
        <translation>Palvelut kesken</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Avunpyynnöt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Aikakatkaisut</translation>
    </message>
    <message>
        <source>Back to the resident's screen</source>
        <translation>Takaisin asiakkaan näkymään</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Takaisin edelliseen vaiheeseen</translation>
    </message>
    <message>
        <source>Restart this service</source>
        <translation>Aloita tämä palvelu alusta</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Vaihda kieli</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>Vaihda tekstin koko</translation>
    </message>
    <message>
        <source>Change contrast</source>
        <translation>Vaihda kontrasti</translation>
    </message>
    <message>
        <source>Speech on or off</source>
        <translation>Puhe päälle tai pois</translation>
    </message>
    <message>
        <source>Resume the idle timer</source>
        <translation>Käynnistä aikakatkaisu</translation>
    </message>
    <message>
        <source>Pause the idle timer</source>
        <translation>Pysäytä aikakatkaisu</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Lopeta ja tyhjennä</translation>
    </message>
    <message>
        <source>End helper mode</source>
        <translation>Lopeta avustustila</translation>
    </message>
    <message>
        <source>Close the kiosk (admin PIN)</source>
        <translation>Sulje kioski (ylläpitäjän PIN)</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Kieli: %1</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Tekstin koko: %1 %</translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation>Kontrasti: suuri</translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation>Kontrasti: tavallinen</translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation>Puhe: päällä</translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation>Puhe: pois</translation>
    </message>
    <message>
        <source>Your answers in: %1</source>
        <translation>Vastauksesi palvelussa: %1</translation>
    </message>
    <message>
        <source>Text you started to write: %1</source>
        <translation>Teksti, jota aloit kirjoittaa: %1</translation>
    </message>
    <message>
        <source>You have not chosen or written anything yet.</source>
        <translation>Et ole vielä valinnut tai kirjoittanut mitään.</translation>
    </message>
    <message>
        <source>Nothing is kept when you leave. The kiosk counts only how many people use it, without names.</source>
        <translation>Mitään ei jää talteen, kun lähdet. Kioski laskee vain, montako ihmistä sitä käyttää. Nimiä se ei tallenna.</translation>
    </message>
    <message>
        <source>What does this kiosk know about me?</source>
        <translation>Mitä kioski tietää minusta?</translation>
    </message>
    <message>
        <source>Clear now</source>
        <translation>Tyhjennä nyt</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Takaisin siihen, missä olin</translation>
    </message>
    <message>
        <source>Everything you wrote or chose is now cleared.</source>
        <translation>Kaikki, mitä kirjoitit tai valitsit, on nyt poistettu.</translation>
    </message>
    <message>
        <source>Usage figures are not being saved.</source>
        <translation>Käyttötilastoja ei tallenneta.</translation>
    </message>
    <message>
        <source>Staff actions are not being logged.</source>
        <translation>Henkilökunnan toimia ei kirjata lokiin.</translation>
    </message>
    <message>
        <source>The PIN lock cannot be saved.</source>
        <translation>PIN-lukitusta ei voi tallentaa.</translation>
    </message>
    <message>
        <source>City services cannot be reached. Residents see offline data.</source>
        <translation>Kaupungin palveluihin ei saada yhteyttä. Asukkaat näkevät tallennetut tiedot.</translation>
    </message>
    <message>
        <source>The store of city data cannot be used. Answers are slower.</source>
        <translation>Kaupungin tietojen välimuistia ei voi käyttää. Vastaukset tulevat hitaammin.</translation>
    </message>
    <message>
        <source>Printouts and QR codes cannot be made.</source>
        <translation>Tulosteita ja QR-koodeja ei voi tehdä.</translation>
    </message>
    <message>
        <source>The kiosk's data folder cannot be used.</source>
        <translation>Kioskin datakansiota ei voi käyttää.</translation>
    </message>
    <message>
        <source>This went wrong but works again. Nothing to do.</source>
        <translation>Tässä oli vika, mutta se toimii taas. Sinun ei tarvitse tehdä mitään.</translation>
    </message>
    <message>
        <source>Speech had a problem. It works now.</source>
        <translation>Puheessa oli vika. Nyt se toimii.</translation>
    </message>
    <message>
        <source>The settings file has errors. Those settings use their defaults.</source>
        <translation>Asetustiedostossa on virheitä. Niissä kohdissa käytetään oletusarvoja.</translation>
    </message>
    <message>
        <source>A service is left out because its file has errors.</source>
        <translation>Yksi palvelu puuttuu, koska sen tiedostossa on virheitä.</translation>
    </message>
    <message>
        <source>The offline data cannot be read.</source>
        <translation>Tallennettuja tietoja ei voi lukea.</translation>
    </message>
    <message>
        <source>The kiosk stopped unexpectedly and started again.</source>
        <translation>Kioski pysähtyi odottamatta ja käynnistyi uudelleen.</translation>
    </message>
    <message>
        <source>Something is not working.</source>
        <translation>Jokin ei toimi.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Helper mode menu</source>
        <translation>Avustustilan valikko</translation>
    </message>
    <message>
        <source>Coaching note: %1</source>
        <translation>Ohje henkilökunnalle: %1</translation>
    </message>
    <message>
        <source>Refer next: %1</source>
        <translation>Ohjaa seuraavaksi: %1</translation>
    </message>
    <message>
        <source>The staff desk cannot be reached. Help requests wait and go when it can.</source>
        <translation>Henkilökunnan työpisteeseen ei saada yhteyttä. Avunpyynnöt odottavat ja lähtevät, kun yhteys palaa.</translation>
    </message>
    <message>
        <source>Today at this kiosk:</source>
        <translation>Tänään tässä kioskissa:</translation>
    </message>
    <message>
        <source>Practise with the resident</source>
        <translation>Harjoittele asukkaan kanssa</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Sorry, this information cannot be shown now. Please ask the library staff.</source>
        <translation>Anteeksi, emme voi näyttää tätä tietoa nyt. Kysy kirjaston henkilökunnalta.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Takaisin alkuun</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Tulosta: %1</translation>
    </message>
    <message>
        <source>space</source>
        <translation>välilyönti</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>capital letter</source>
        <translation>iso kirjain</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>numerot</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>kirjaimet</translation>
    </message>
    <message>
        <source>The field is full.</source>
        <translation>Kenttä on täynnä.</translation>
    </message>
    <message>
        <source>character</source>
        <translation>merkki</translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation>Kuka saa tiedot: %1</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Kyllä, hyväksyn</translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation>Ei, en hyväksy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation>Tee jotain muuta</translation>
    </message>
    <message>
        <source>We do not know if it was sent</source>
        <translation>Emme tiedä, lähtikö viesti</translation>
    </message>
    <message>
        <source>It was not sent</source>
        <translation>Palautettasi ei lähetetty</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. You can try again, or ask the library staff.</source>
        <translation>Anteeksi, palautettasi ei lähetetty. Tekstisi on vielä tallessa. Voit yrittää uudelleen tai kysyä kirjaston henkilökunnalta.</translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation>Lopeta ja tyhjennä</translation>
    </message>
    <message numerus="yes">
        <source>Your text: %n words.</source>
        <translation>
            <numerusform>Tekstisi: %n sana.</numerusform>
            <numerusform>Tekstisi: %n sanaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The city may have got it. Nothing is lost here. Do not send it again: ask the library staff to check it.</source>
        <translation>Kaupunki on ehkä saanut viestin. Tekstisi on vielä tallessa. Älä lähetä viestiä uudelleen. Pyydä kirjaston henkilökuntaa tarkistamaan asia.</translation>
    </message>
    <message>
        <source>Ask staff to check</source>
        <translation>Pyydä henkilökuntaa tarkistamaan</translation>
    </message>
    <message>
        <source>Sorry, it was not sent. Nothing is lost. Please ask the library staff.</source>
        <translation>Anteeksi, palautettasi ei lähetetty. Tekstisi on vielä tallessa. Kysy kirjaston henkilökunnalta.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Muuta: %1</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <translation>Tekstin koko %1 prosenttia.</translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation>Suuri kontrasti on päällä.</translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation>Suuri kontrasti on pois päältä.</translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation>Puhe on päällä.</translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation>Puhe on pois päältä.</translation>
    </message>
    <message>
        <source>Headset connected. Speech is now only in the headset. Private details, such as what you write, are read aloud there.</source>
        <translation>Kuulokkeet on kytketty. Puhe kuuluu nyt vain kuulokkeista. Yksityiset tiedot, kuten kirjoittamasi teksti, luetaan niissä ääneen.</translation>
    </message>
    <message>
        <source>Headset removed. Speech comes from the loudspeaker again. Private details are no longer read aloud.</source>
        <translation>Kuulokkeet on irrotettu. Puhe kuuluu taas kaiuttimesta. Yksityisiä tietoja ei enää lueta ääneen.</translation>
    </message>
    <message>
        <source>This is the loudest.</source>
        <translation>Tämä on suurin äänenvoimakkuus.</translation>
    </message>
    <message>
        <source>This is the quietest.</source>
        <translation>Tämä on pienin äänenvoimakkuus.</translation>
    </message>
    <message>
        <source>Volume %1 of %2.</source>
        <translation>Äänenvoimakkuus %1. Suurin on %2.</translation>
    </message>
    <message>
        <source>This is the fastest.</source>
        <translation>Tämä on nopein puhe.</translation>
    </message>
    <message>
        <source>This is the slowest.</source>
        <translation>Tämä on hitain puhe.</translation>
    </message>
    <message>
        <source>Speed %1 of %2.</source>
        <translation>Puheen nopeus %1. Nopein on %2.</translation>
    </message>
    <message>
        <source>Do you need help?</source>
        <translation>Tarvitsetko apua?</translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation>Kirjaston henkilökunta auttaa sinua.</translation>
    </message>
    <message>
        <source>City services kiosk</source>
        <extracomment>The events the window's application-wide filter acts on: touches, clicks and keys.</extracomment>
        <translation>Kaupungin palvelujen kioski</translation>
    </message>
    <message>
        <source>We are telling the library staff.</source>
        <translation>Kerromme kirjaston henkilökunnalle.</translation>
    </message>
    <message>
        <source>We have told the library staff.</source>
        <translation>Kerroimme kirjaston henkilökunnalle.</translation>
    </message>
    <message>
        <source>Please wait here.</source>
        <translation>Odota tässä.</translation>
    </message>
    <message>
        <source>Help is coming</source>
        <translation>Apu on tulossa</translation>
    </message>
    <message>
        <source>%1 from the library is on the way to you.</source>
        <translation>%1 kirjastosta on tulossa luoksesi.</translation>
    </message>
    <message>
        <source>A library staff member is on the way to you.</source>
        <translation>Joku kirjaston henkilökunnasta on tulossa luoksesi.</translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation>Mene palvelutiskille. Voit myös viittoa jonkun kirjaston henkilökunnasta luoksesi.</translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation>Kaikki tekemäsi säilyy, kunnes palaat.</translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation>Takaisin siihen, missä olin</translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation>Haluatko lopettaa ja tyhjentää?</translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation>Kaikki tekemäsi poistetaan.</translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation>Seuraava käyttäjä ei näe sitä.</translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation>Kyllä, lopeta ja tyhjennä</translation>
    </message>
    <message>
        <source>No, back to where I was</source>
        <translation>Ei, takaisin siihen, missä olin</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Tulostetaan…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Odota hetki.</translation>
    </message>
    <message>
        <source>Your printout is ready.</source>
        <translation>Tuloste on valmis.</translation>
    </message>
    <message>
        <source>Take the paper from the printer.</source>
        <translation>Ota paperi tulostimesta.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Mitään ei tulostettu.</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>Saavutettavuusseloste</translation>
    </message>
    <message>
        <source>The statement cannot be shown now. Ask the library staff.</source>
        <translation>Selostetta ei voi nyt näyttää. Kysy kirjaston henkilökunnalta.</translation>
    </message>
    <message>
        <source>Speech is not working now. The staff can help.</source>
        <translation>Puhe ei nyt toimi. Henkilökunta voi auttaa.</translation>
    </message>
    <message>
        <source>Volume %1 of %2. Speed %3 of %4.</source>
        <translation>Äänenvoimakkuus %1, suurin %2. Puheen nopeus %3, nopein %4.</translation>
    </message>
    <message>
        <source>Turn speech off</source>
        <translation>Laita puhe pois</translation>
    </message>
    <message>
        <source>Turn speech on</source>
        <translation>Laita puhe päälle</translation>
    </message>
    <message>
        <source>Speech and volume</source>
        <translation>Puhe ja äänenvoimakkuus</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Kovempaa</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Hiljempaa</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Hitaammin</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Nopeammin</translation>
    </message>
    <message>
        <source>Are you still here?</source>
        <translation>Oletko vielä täällä?</translation>
    </message>
    <message>
        <source>Touch the screen to go on.</source>
        <translation>Kosketa näyttöä, niin voit jatkaa.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Olen vielä täällä</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Anteeksi, jokin meni vikaan.</translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation>Kioski alkaa alusta hetken päästä.</translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation>Tekemäsi asiat on poistettu.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <source>button</source>
        <translation>painike</translation>
    </message>
    <message>
        <source>text field</source>
        <translation>tekstikenttä</translation>
    </message>
    <message>
        <source>private</source>
        <translation>yksityinen, ei lueta ääneen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>Please wait. Do not send it again.</source>
        <translation>Odota hetki. Älä lähetä uudelleen.</translation>
    </message>
    <message>
        <source>Getting the information…</source>
        <translation>Haetaan tietoja…</translation>
    </message>
    <message>
        <source>This can take a moment. You can go back if you do not want to wait.</source>
        <translation>Tämä voi kestää hetken. Voit palata takaisin, jos et halua odottaa.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Turn explore by touch on</source>
        <translation>Laita kosketusluku päälle</translation>
    </message>
    <message>
        <source>Turn explore by touch off</source>
        <translation>Laita kosketusluku pois</translation>
    </message>
    <message>
        <source>Explore by touch on. Touch a button to hear what it is. Tap it again to choose it.</source>
        <translation>Kosketusluku on päällä. Kosketa painiketta, niin kuulet, mikä se on. Valitse se koskettamalla uudelleen.</translation>
    </message>
    <message>
        <source>Explore by touch off. One tap chooses.</source>
        <translation>Kosketusluku on pois päältä. Yksi kosketus valitsee.</translation>
    </message>
    <message>
        <source>The library staff know you need help and will come to you here.</source>
        <translation>Kirjaston henkilökunta tietää, että tarvitset apua, ja tulee luoksesi tänne.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The city's service did not answer in time.</source>
        <translation>Kaupungin palvelu ei vastannut ajoissa.</translation>
    </message>
    <message>
        <source>The connection broke in the middle.</source>
        <translation>Yhteys katkesi kesken.</translation>
    </message>
    <message>
        <source>The answer from the city never came.</source>
        <translation>Kaupungilta ei tullut vastausta.</translation>
    </message>
    <message>
        <source>The kiosk could not reach the city's service.</source>
        <translation>Laite ei saanut yhteyttä kaupungin palveluun.</translation>
    </message>
    <message>
        <source>The city's service has a fault right now.</source>
        <translation>Kaupungin palvelussa on nyt vika.</translation>
    </message>
    <message>
        <source>The city answered, but the answer could not be read.</source>
        <translation>Kaupunki vastasi, mutta vastausta ei voitu lukea.</translation>
    </message>
    <message>
        <source>The city's service answered in an unexpected way.</source>
        <translation>Kaupungin palvelu vastasi oudosti.</translation>
    </message>
    <message>
        <source>The city's service did not accept it.</source>
        <translation>Kaupungin palvelu ei ottanut viestiä vastaan.</translation>
    </message>
    <message>
        <source>This kiosk is a demo. Nothing is sent to the city.</source>
        <translation>Tämä laite on esittelykäytössä. Mitään ei lähetetä kaupungille.</translation>
    </message>
    <message>
        <source>Something went wrong in the kiosk.</source>
        <translation>Laitteessa tapahtui virhe.</translation>
    </message>
</context>
<context>
    <name>results_access</name>
    <message>
        <source>For a wheelchair user</source>
        <translation>Pyörätuolin käyttäjälle</translation>
    </message>
    <message>
        <source>For someone who walks with difficulty</source>
        <translation>Liikkumisesteiselle</translation>
    </message>
    <message>
        <source>For a rollator user</source>
        <translation>Rollaattorin käyttäjälle</translation>
    </message>
    <message>
        <source>With a pushchair</source>
        <translation>Lastenvaunujen kanssa</translation>
    </message>
    <message>
        <source>For someone with low vision</source>
        <translation>Heikkonäköiselle</translation>
    </message>
    <message>
        <source>For a hearing aid user</source>
        <translation>Kuulolaitteen käyttäjälle</translation>
    </message>
    <message>
        <source>%1, these things are in the way:</source>
        <translation>%1 on näitä esteitä:</translation>
    </message>
    <message>
        <source>%1, the register knows of no obstacles.</source>
        <translation>%1 ei ole rekisterin mukaan esteitä.</translation>
    </message>
    <message>
        <source>%1, there are some obstacles, but the register does not say what they are.</source>
        <translation>%1 on joitakin esteitä, mutta rekisteri ei kerro, mitä ne ovat.</translation>
    </message>
    <message>
        <source>%1: no information about obstacles.</source>
        <translation>%1: esteistä ei ole tietoa.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <source>Staff desk: help requests</source>
        <translation>Henkilökunnan työpiste: avunpyynnöt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help requests (newest last)</source>
        <translation>&amp;Avunpyynnöt (uusin viimeisenä)</translation>
    </message>
    <message>
        <source>Help requests</source>
        <translation>Avunpyynnöt</translation>
    </message>
    <message>
        <source>Your first &amp;name (the resident sees it):</source>
        <translation>Etu&amp;nimesi (asiakas näkee sen):</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Etunimesi</translation>
    </message>
    <message>
        <source>&amp;I&apos;m coming</source>
        <translation>&amp;Tulen</translation>
    </message>
    <message>
        <source>I&apos;m coming</source>
        <translation>Tulen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>I &amp;cannot come after all</source>
        <translation>En &amp;pääsekään</translation>
    </message>
    <message>
        <source>I cannot come after all</source>
        <translation>En pääsekään</translation>
    </message>
    <message>
        <source>&amp;Kiosks</source>
        <translation>&amp;Kioskit</translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation>Kioskit</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kioski</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Connected to %1. Places: %2.</source>
        <translation>Yhteys: %1. Paikat: %2.</translation>
    </message>
    <message>
        <source>Not connected to %1: requests cannot be seen now. For IT: %2</source>
        <translation>Ei yhteyttä: %1. Avunpyyntöjä ei nyt näy. IT:lle: %2</translation>
    </message>
    <message>
        <source>Last closed: %1 (%2)</source>
        <translation>Viimeksi suljettu: %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 new) %2</source>
        <translation>(%1 uutta) %2</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Uusi: %1</translation>
    </message>
    <message>
        <source>Help request from %1.</source>
        <translation>Avunpyyntö kioskilta %1.</translation>
    </message>
    <message>
        <source>Still waiting for help: %1.</source>
        <translation>Odottaa yhä apua: %1.</translation>
    </message>
    <message>
        <source>waiting %1 min</source>
        <translation>odottanut %1 min</translation>
    </message>
    <message>
        <source>%1, text %2 %, speech %3</source>
        <translation>%1, teksti %2 %, puhe %3</translation>
    </message>
    <message>
        <source>on</source>
        <translation>päällä</translation>
    </message>
    <message>
        <source>off</source>
        <translation>pois</translation>
    </message>
    <message>
        <source>no service</source>
        <translation>ei palvelua</translation>
    </message>
    <message>
        <source>claiming…</source>
        <translation>ilmoitetaan…</translation>
    </message>
    <message>
        <source>you are going</source>
        <translation>sinä menet</translation>
    </message>
    <message>
        <source>%1 is going</source>
        <translation>%1 menee</translation>
    </message>
    <message>
        <source>another desk</source>
        <translation>toinen työpiste</translation>
    </message>
    <message>
        <source>nobody yet: escalated</source>
        <translation>ei vielä ketään: eskaloitu</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ei vielä ketään</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vapaa</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>käytössä</translation>
    </message>
    <message>
        <source>staff helping</source>
        <translation>henkilökunta auttaa</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>EI YHTEYTTÄ</translation>
    </message>
    <message>
        <source>no speech</source>
        <translation>ei puhetta</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>tulostin</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>ei verkkoa</translation>
    </message>
    <message>
        <source>staff arrived</source>
        <translation>henkilökunta tuli</translation>
    </message>
    <message>
        <source>the resident left</source>
        <translation>asiakas lähti</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>the kiosk stopped</source>
        <translation>kioski pysähtyi</translation>
    </message>
</context>
<context>
    <name>other_language</name>
    <message>
        <source>(in English)</source>
        <translation>(englanniksi)</translation>
    </message>
    <message>
        <source>(in Swedish)</source>
        <translation>(ruotsiksi)</translation>
    </message>
    <message>
        <source>(in Finnish)</source>
        <translation>(suomeksi)</translation>
    </message>
</context>
<context>
    <name>explore</name>
    <message>
        <source>selected</source>
        <translation>valittu</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>ei käytössä</translation>
    </message>
</context>
<context>
    <name>keypad</name>
    <message>
        <source>Up arrow. Moves to the previous choice.</source>
        <translation>Nuoli ylös. Siirtää edelliseen valintaan.</translation>
    </message>
    <message>
        <source>Down arrow. Moves to the next choice.</source>
        <translation>Nuoli alas. Siirtää seuraavaan valintaan.</translation>
    </message>
    <message>
        <source>Left arrow. Moves to the previous choice.</source>
        <translation>Nuoli vasemmalle. Siirtää edelliseen valintaan.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the next choice.</source>
        <translation>Nuoli oikealle. Siirtää seuraavaan valintaan.</translation>
    </message>
    <message>
        <source>Select. Chooses what you are on.</source>
        <translation>Valitse. Valitsee sen, missä olet.</translation>
    </message>
    <message>
        <source>Back. Goes back one screen.</source>
        <translation>Takaisin. Palaa edelliseen näyttöön.</translation>
    </message>
    <message>
        <source>Help. Tells where you are. Press it to stop key help.</source>
        <translation>Ohje. Kertoo, missä olet. Lopeta näppäinten ohjeet painamalla sitä.</translation>
    </message>
    <message>
        <source>Volume up. Makes the speech louder.</source>
        <translation>Äänenvoimakkuus ylös. Puhe kuuluu kovempaa.</translation>
    </message>
    <message>
        <source>Volume down. Makes the speech quieter.</source>
        <translation>Äänenvoimakkuus alas. Puhe kuuluu hiljempaa.</translation>
    </message>
    <message>
        <source>Key help on. Press a key to hear what it does. Press Help to stop.</source>
        <translation>Näppäinten ohjeet ovat päällä. Paina näppäintä, niin kuulet, mitä se tekee. Lopeta painamalla Ohje.</translation>
    </message>
    <message>
        <source>Key help off.</source>
        <translation>Näppäinten ohjeet ovat pois päältä.</translation>
    </message>
    <message>
        <source>You are on the screen: %1.</source>
        <translation>Olet näytöllä: %1.</translation>
    </message>
    <message>
        <source>Move with the arrow keys and choose with the select key. Back goes back. Hold Help to learn the keys.</source>
        <translation>Liiku nuolinäppäimillä ja valitse valintanäppäimellä. Takaisin-näppäin vie takaisin. Pidä Ohje-näppäintä painettuna, niin kuulet näppäinten ohjeet.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n choices.</source>
        <translation>
            <numerusform>Tässä on %n valinta.</numerusform><numerusform>Tässä on %n valintaa.</numerusform></translation>
    </message>
    <message>
        <source>Left arrow. Moves to the next choice.</source>
        <translation>Nuoli vasemmalle. Siirtää seuraavaan valintaan.</translation>
    </message>
    <message>
        <source>Right arrow. Moves to the previous choice.</source>
        <translation>Nuoli oikealle. Siirtää edelliseen valintaan.</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <source>Tap the screen</source>
        <translation>Kosketa näyttöä</translation>
    </message>
    <message>
        <source>Write with the keyboard</source>
        <translation>Kirjoita näppäimistöllä</translation>
    </message>
    <message>
        <source>Links and QR codes</source>
        <translation>Linkit ja QR-koodit</translation>
    </message>
    <message>
        <source>Spot a fake message</source>
        <translation>Tunnista huijausviesti</translation>
    </message>
    <message>
        <source>Practise using the screen</source>
        <translation>Harjoittele</translation>
    </message>
    <message>
        <source>Touch the screen lightly with one finger, then lift it.</source>
        <translation>Kosketa näyttöä kevyesti yhdellä sormella ja nosta sormi pois.</translation>
    </message>
    <message>
        <source>Two quick taps by accident count as one.</source>
        <translation>Jos kosketat vahingossa kaksi kertaa nopeasti, se lasketaan yhdeksi.</translation>
    </message>
    <message>
        <source>Tap the letters one at a time. Backspace deletes a letter.</source>
        <translation>Kosketa kirjaimia yksi kerrallaan. Poista-näppäin poistaa kirjaimen.</translation>
    </message>
    <message>
        <source>Tap Done when you are ready.</source>
        <translation>Kosketa Valmis, kun olet valmis.</translation>
    </message>
    <message>
        <source>A link is a web address, or blue underlined text. It opens a page.</source>
        <translation>Linkki on verkko-osoite tai sininen alleviivattu teksti. Se avaa sivun.</translation>
    </message>
    <message>
        <source>Point your phone's camera at a QR code to open its page.</source>
        <translation>Avaa QR-koodin sivu osoittamalla koodia puhelimen kameralla.</translation>
    </message>
    <message>
        <source>A fake message hurries you and asks for your bank codes.</source>
        <translation>Huijausviesti hoputtaa ja pyytää pankkitunnuksiasi.</translation>
    </message>
    <message>
        <source>Your bank never asks for your codes in a message.</source>
        <translation>Pankki ei koskaan pyydä tunnuksiasi viestillä.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Short lessons. Nothing you do here is saved.</source>
        <translation>Lyhyitä harjoituksia. Mitään tekemääsi ei tallenneta.</translation>
    </message>
    <message>
        <source>You did it!</source>
        <translation>Onnistuit!</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Another lesson</source>
        <translation>Toinen harjoitus</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Takaisin alkuun</translation>
    </message>
    <message>
        <source>That is a tap. Try it on the next screen.</source>
        <translation>Se on kosketus. Kokeile sitä seuraavalla näytöllä.</translation>
    </message>
    <message>
        <source>Tap the big button.</source>
        <translation>Kosketa isoa painiketta.</translation>
    </message>
    <message>
        <source>Tap me</source>
        <translation>Kosketa minua</translation>
    </message>
    <message>
        <source>Well done! The button answered your tap.</source>
        <translation>Hienoa! Painike vastasi kosketukseesi.</translation>
    </message>
    <message>
        <source>So a shaking hand does not choose anything twice.</source>
        <translation>Siksi vapiseva käsi ei valitse mitään kahdesti.</translation>
    </message>
    <message>
        <source>A keyboard comes on the screen when you need to write.</source>
        <translation>Näytölle tulee näppäimistö, kun sinun pitää kirjoittaa.</translation>
    </message>
    <message>
        <source>The kiosk does not save what you write here.</source>
        <translation>Kioski ei tallenna sitä, mitä kirjoitat tähän.</translation>
    </message>
    <message>
        <source>Write your first name.</source>
        <translation>Kirjoita etunimesi.</translation>
    </message>
    <message>
        <source>Which one is a link?</source>
        <translation>Kumpi on linkki?</translation>
    </message>
    <message>
        <source>Not that one: it is ordinary text. Try again.</source>
        <translation>Ei tuo: se on tavallista tekstiä. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Aukioloajat</translation>
    </message>
    <message>
        <source>Right! A web address is a link.</source>
        <translation>Oikein! Verkko-osoite on linkki.</translation>
    </message>
    <message>
        <source>A QR code is a square picture of a link.</source>
        <translation>QR-koodi on neliön muotoinen kuva linkistä.</translation>
    </message>
    <message>
        <source>Criminals send messages that look real.</source>
        <translation>Rikolliset lähettävät viestejä, jotka näyttävät aidoilta.</translation>
    </message>
    <message>
        <source>Next you see three messages. One is fake. Choose it.</source>
        <translation>Seuraavaksi näet kolme viestiä. Yksi on huijaus. Valitse se.</translation>
    </message>
    <message>
        <source>Which message is fake?</source>
        <translation>Mikä viesti on huijaus?</translation>
    </message>
    <message>
        <source>Not that one: it asks for nothing and has no strange link. Try again.</source>
        <translation>Ei tuo: se ei pyydä mitään, eikä siinä ole outoa linkkiä. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Library: the book you reserved is waiting for you at Kallio library.</source>
        <translation>Kirjasto: varaamasi kirja odottaa sinua Kallion kirjastossa.</translation>
    </message>
    <message>
        <source>Your bank: your account is closed today! Open bit.ly/pankki-x and write your bank codes.</source>
        <translation>Pankkisi: tilisi suljetaan tänään! Avaa bit.ly/pankki-x ja kirjoita pankkitunnuksesi.</translation>
    </message>
    <message>
        <source>City of Helsinki: your library card expires in May. Ask at a library.</source>
        <translation>Helsingin kaupunki: kirjastokorttisi vanhenee toukokuussa. Kysy kirjastosta.</translation>
    </message>
    <message>
        <source>Right! The bank message is fake.</source>
        <translation>Oikein! Pankin viesti on huijaus.</translation>
    </message>
    <message>
        <source>It hurries you.</source>
        <translation>Se hoputtaa sinua.</translation>
    </message>
    <message>
        <source>It asks for your bank codes. Your bank never does that.</source>
        <translation>Se pyytää pankkitunnuksiasi. Pankki ei koskaan tee niin.</translation>
    </message>
    <message>
        <source>Its link is short and strange.</source>
        <translation>Sen linkki on lyhyt ja outo.</translation>
    </message>
    <message>
        <source>Short lessons: tap, write, links and fake messages.</source>
        <translation>Lyhyitä harjoituksia: kosketus, kirjoittaminen, linkit ja huijausviestit.</translation>
    </message>
    <message>
        <source>Identify yourself on a phone</source>
        <translation>Tunnistaudu puhelimella</translation>
    </message>
    <message>
        <source>Check the name of the service before you confirm.</source>
        <translation>Tarkista palvelun nimi ennen kuin vahvistat.</translation>
    </message>
    <message>
        <source>Never give your codes to anyone, not even the staff.</source>
        <translation>Älä koskaan anna tunnuksiasi kenellekään, et edes henkilökunnalle.</translation>
    </message>
    <message>
        <source>Many services ask you to identify yourself.</source>
        <translation>Monessa palvelussa pitää tunnistautua.</translation>
    </message>
    <message>
        <source>You do it on your own phone. This is only practice.</source>
        <translation>Teet sen omalla puhelimellasi. Tämä on vain harjoitus.</translation>
    </message>
    <message>
        <source>The service asks: how do you identify yourself?</source>
        <translation>Palvelu kysyy: miten tunnistaudut?</translation>
    </message>
    <message>
        <source>Bank codes</source>
        <translation>Verkkopankkitunnukset</translation>
    </message>
    <message>
        <source>Mobile certificate</source>
        <translation>Mobiilivarmenne</translation>
    </message>
    <message>
        <source>Next your phone asks you to confirm.</source>
        <translation>Seuraavaksi puhelimesi pyytää sinua vahvistamaan.</translation>
    </message>
    <message>
        <source>Scroll a list on a phone</source>
        <translation>Vieritä listaa puhelimessa</translation>
    </message>
    <message>
        <source>On a phone, a list is often longer than the screen.</source>
        <translation>Puhelimessa lista on usein pidempi kuin näyttö.</translation>
    </message>
    <message>
        <source>You move the list with your finger. This is called scrolling.</source>
        <translation>Siirrät listaa sormella. Sitä sanotaan vierittämiseksi.</translation>
    </message>
    <message>
        <source>The kiosk does not scroll. Here you see pictures.</source>
        <translation>Kioskin näyttö ei vierity. Tässä näet kuvia.</translation>
    </message>
    <message>
        <source>Which way do you move your finger to see more?</source>
        <translation>Mihin suuntaan liikutat sormea, jotta näet lisää?</translation>
    </message>
    <message>
        <source>Picture: a phone with a list of the months of the year.</source>
        <translation>Kuva: puhelin, jossa on lista vuoden kuukausista.</translation>
    </message>
    <message>
        <source>The list goes on below the screen. You see only the first months. A finger is on the list.</source>
        <translation>Lista jatkuu näytön alareunan alle. Näet vain ensimmäiset kuukaudet. Sormi on listan päällä.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ylöspäin</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Alaspäin</translation>
    </message>
    <message>
        <source>Sideways</source>
        <translation>Sivulle</translation>
    </message>
    <message>
        <source>Not that one: down shows the start of the list again. Try again.</source>
        <translation>Ei tuo. Alaspäin näet taas listan alun. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Not that one: sideways often shows the next picture. Try again.</source>
        <translation>Ei tuo. Sivulle näet usein seuraavan kuvan. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Right! Move your finger up.</source>
        <translation>Oikein! Liikuta sormea ylöspäin.</translation>
    </message>
    <message>
        <source>Picture: the same phone after the finger moved up.</source>
        <translation>Kuva: sama puhelin, kun sormi on liikkunut ylöspäin.</translation>
    </message>
    <message>
        <source>The list moved up with the finger. Now you see the end of the list.</source>
        <translation>Lista liikkui sormen mukana ylöspäin. Nyt näet listan lopun.</translation>
    </message>
    <message>
        <source>To go back to the start of the list, move your finger down.</source>
        <translation>Liikuta sormea alaspäin, niin pääset takaisin listan alkuun.</translation>
    </message>
    <message>
        <source>Move your finger up on a list to see more of it.</source>
        <translation>Liikuta sormea listalla ylöspäin, niin näet siitä lisää.</translation>
    </message>
</context>
</TS>
