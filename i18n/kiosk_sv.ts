<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>BottomBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Shift</source>
        <extracomment>Layer names (also sent with ``key_pressed`` when the layer is switched). Character rows of each layer. Every character key types exactly one character. A character key was tapped but the field is at its ``maxLength``; nothing typed. The field refused the input (read-only, disabled, validator or input mask). A character was typed into a password field: do not say which one aloud. Key names of the letter layer&apos;s character keys (their labels follow Shift).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123</source>
        <comment>key label: switch to numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABC</source>
        <comment>key label: switch to letters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast: high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast: normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>What would you like to do?</source>
        <extracomment>Shown in all languages at once, so it is data here, not translated chrome.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one. You can go back at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Nothing was found. Go back and try other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-service, no staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporarily closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now. Staff are here until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now for self-service until %1. No staff are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved information does not say if the library is open today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This information is from %1. Ask the staff if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, licence %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Sorry, this information cannot be shown now. Please ask the library staff.</source>
        <extracomment>Text answers longer than this get a multi-line box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Text size %1 percent.</source>
        <extracomment>After a fault, the sorry screen stays this long before the start screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library staff can help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the service desk, or wave to a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did here stays until you come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where I was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to end and clear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did here will be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next person cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, end and clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk starts again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did here has been cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
