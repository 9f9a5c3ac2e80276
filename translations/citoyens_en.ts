<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivationSheet</name>
    <message>
        <source>This code can be used once, until %1 at %2.</source>
        <translation>This code can be used once, until %1 at %2.</translation>
    </message>
    <message>
        <source>Open Citoyens, or the citizen platform in a web browser.</source>
        <translation>Open Citoyens, or the citizen platform in a web browser.</translation>
    </message>
    <message>
        <source>Open Citoyens, or the citizen platform in a web browser:
%1</source>
        <translation>Open Citoyens, or the citizen platform in a web browser:
%1</translation>
    </message>
    <message>
        <source>Choose “Activate my account” and enter your e-mail address (%1) and the code above.</source>
        <translation>Choose “Activate my account” and enter your e-mail address (%1) and the code above.</translation>
    </message>
    <message>
        <source>Choose your own password. Nobody else knows it, not even the town hall staff.</source>
        <translation>Choose your own password. Nobody else knows it, not even the town hall staff.</translation>
    </message>
    <message>
        <source>Your account is then open: sign in with your e-mail address and your password.</source>
        <translation>Your account is then open: sign in with your e-mail address and your password.</translation>
    </message>
    <message>
        <source>The activation sheet cannot be written to %1: %2</source>
        <translation>The activation sheet cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>Account activation</source>
        <translation>Account activation</translation>
    </message>
    <message>
        <source>The activation sheet cannot be written: the PDF could not be started.</source>
        <translation>The activation sheet cannot be written: the PDF could not be started.</translation>
    </message>
    <message>
        <source>Activate your account on the citizen platform</source>
        <translation>Activate your account on the citizen platform</translation>
    </message>
    <message>
        <source>Account of: %1</source>
        <translation>Account of: %1</translation>
    </message>
    <message>
        <source>E-mail address: %1</source>
        <translation>E-mail address: %1</translation>
    </message>
    <message>
        <source>Your activation code</source>
        <translation>Your activation code</translation>
    </message>
    <message>
        <source>How to activate your account</source>
        <translation>How to activate your account</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Keep this sheet until your account is active, and do not share the code. If it has expired, the town hall desk can give you a new one.</source>
        <translation>Keep this sheet until your account is active, and do not share the code. If it has expired, the town hall desk can give you a new one.</translation>
    </message>
    <message>
        <source>The activation sheet cannot be printed on %1.</source>
        <translation>The activation sheet cannot be printed on %1.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The e-mail address or the password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session ended after a long period of inactivity. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved session is no longer valid. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must choose a new password before continuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is incorrect. Check the code received by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes were entered. Ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not follow the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of file is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request. Update the application or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a problem (error %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the proposed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must accept the terms of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SIRET number has 14 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least 12 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain at least one digit and one letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain at least one capital and one lower-case letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain at least one special character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. It may be stopped: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be found. Check your Internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to an unsafe address; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your Internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your Internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not recognised: it was not issued by a trusted authority. The connection was refused to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another address. The connection was refused to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. The connection was refused to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check the date and time of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked. The connection was refused to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). The connection was refused to protect your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Update the application or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of parts goes from 1 to 20, by halves (2.5 for instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet&apos;s balance is too low for this purchase. Top up your wallet first.</source>
        <translation>Your wallet&apos;s balance is too low for this purchase. Top up your wallet first.</translation>
    </message>
    <message numerus="yes">
        <source>Top-ups you started are still waiting for payment. Pay or abandon one of them on the payment page, or try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Top-ups you started are still waiting for payment. Pay or abandon one of them on the payment page, then try again.</source>
        <translation>Top-ups you started are still waiting for payment. Pay or abandon one of them on the payment page, then try again.</translation>
    </message>
    <message>
        <source>This request is not approved yet: nothing can be bought with it.</source>
        <translation>This request is not approved yet: nothing can be bought with it.</translation>
    </message>
    <message>
        <source>The payment service needs an e-mail address of 6 to 80 characters for the receipt. Change your account&apos;s e-mail address, then try again.</source>
        <translation>The payment service needs an e-mail address of 6 to 80 characters for the receipt. Change your account&apos;s e-mail address, then try again.</translation>
    </message>
    <message>
        <source>The payment service is not available at the moment. Nothing was charged. Try again in a few minutes.</source>
        <translation>The payment service is not available at the moment. Nothing was charged. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>This service is not booked by the day.</source>
        <translation>This service is not booked by the day.</translation>
    </message>
    <message>
        <source>The deadline has passed: this can no longer be changed.</source>
        <translation>The deadline has passed: this can no longer be changed.</translation>
    </message>
    <message>
        <source>This can only be recorded on the day itself or afterwards.</source>
        <translation>This can only be recorded on the day itself or afterwards.</translation>
    </message>
    <message>
        <source>This day has already been refunded: it can no longer be changed.</source>
        <translation>This day has already been refunded: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM.</source>
        <translation>Enter a time as HH:MM.</translation>
    </message>
    <message>
        <source>This is outside the allowed range.</source>
        <translation>This is outside the allowed range.</translation>
    </message>
    <message>
        <source>This is not allowed here.</source>
        <translation>This is not allowed here.</translation>
    </message>
    <message>
        <source>This is given twice.</source>
        <translation>This is given twice.</translation>
    </message>
    <message>
        <source>The commune has not (or no longer) validated this child.</source>
        <translation>The commune has not (or no longer) validated this child.</translation>
    </message>
</context>
<context>
    <name>citoyens::AccountWidget</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::AddServicePage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose, in your commune, the item that matches your situation, then press the &quot;Validate&quot; button at the bottom of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune or service, e.g. Rosières</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a commune or a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes and their services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the chosen service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of communes is loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commune or service matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::Application</name>
    <message>
        <source>Citoyens: the citizen platform of the Communauté d&apos;Agglomération du Puy-en-Velay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the platform&apos;s server (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file (test or on-premise server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the local data (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the system&apos;s keychain: &quot;Remember me&quot; keeps the session in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be an https:// URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is disabled (--no-keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::AttendanceCommands</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>Attendance can only be taken on the day itself or afterwards.</source>
        <translation>Attendance can only be taken on the day itself or afterwards.</translation>
    </message>
    <message>
        <source>Justified absence already refunded: it can no longer be changed.</source>
        <translation>Justified absence already refunded: it can no longer be changed.</translation>
    </message>
    <message>
        <source>This service or this booking is not one of your communes&apos;.</source>
        <translation>This service or this booking is not one of your communes&apos;.</translation>
    </message>
</context>
<context>
    <name>citoyens::AttendancePage</name>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <source>Present (P)</source>
        <translation>Present (P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent (A)</source>
        <translation>Absent (A)</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Justified absence (J)</source>
        <translation>Justified absence (J)</translation>
    </message>
    <message>
        <source>Justified absence</source>
        <translation>Justified absence</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Last mark</source>
        <translation>Last mark</translation>
    </message>
    <message>
        <source>Booked children</source>
        <translation>Booked children</translation>
    </message>
    <message>
        <source>P: present; A: absent; J: justified absence. The next child is selected after each mark.</source>
        <translation>P: present; A: absent; J: justified absence. The next child is selected after each mark.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No service of your communes is booked per day.</source>
        <translation>No service of your communes is booked per day.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>The list could not be read.</translation>
    </message>
    <message>
        <source>No child is booked for %1 on this day.</source>
        <translation>No child is booked for %1 on this day.</translation>
    </message>
    <message>
        <source>%1: a mark is already being recorded.</source>
        <translation>%1: a mark is already being recorded.</translation>
    </message>
    <message>
        <source>%1: already %2.</source>
        <translation>%1: already %2.</translation>
    </message>
    <message>
        <source>Record a justified absence for %1 on %2? The day is refunded to the family, and this mark can no longer be changed.</source>
        <translation>Record a justified absence for %1 on %2? The day is refunded to the family, and this mark can no longer be changed.</translation>
    </message>
    <message>
        <source>Refund and record</source>
        <translation>Refund and record</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1: %2 recorded.</translation>
    </message>
    <message>
        <source>%1: the mark was not recorded. %2</source>
        <translation>%1: the mark was not recorded. %2</translation>
    </message>
    <message>
        <source>%1: the mark could not be confirmed. %2 Mark again to be sure.</source>
        <translation>%1: the mark could not be confirmed. %2 Mark again to be sure.</translation>
    </message>
    <message>
        <source>Previous day (Alt+←)</source>
        <translation>Previous day (Alt+←)</translation>
    </message>
    <message>
        <source>Next day (Alt+→)</source>
        <translation>Next day (Alt+→)</translation>
    </message>
</context>
<context>
    <name>citoyens::AttendanceTableModel</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Justified absence</source>
        <translation>Justified absence</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n justified)</source>
        <translation>
            <numerusform>(%n justified)</numerusform>
            <numerusform>(%n justified)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not marked</source>
        <translation>
            <numerusform>%n not marked</numerusform>
            <numerusform>%n not marked</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old, born on %1</source>
        <translation>
            <numerusform>%n year old, born on %1</numerusform>
            <numerusform>%n years old, born on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) (%1)</source>
        <translation>
            <numerusform>%n year (%1)</numerusform>
            <numerusform>%n years (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording: %1…</source>
        <translation>Recording: %1…</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>citoyens::AuthWidget</name>
    <message>
        <source>Welcome to the citizen platform of the Communauté d&apos;Agglomération du Puy-en-Velay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or access MY USER ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage MY ASSOCIATED SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage MY RESERVATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed. You can now sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::BeneficiariesPage</name>
    <message>
        <source>There is no beneficiary associated with your user account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification will reach you as soon as the town hall has validated. You will then be able to order services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 %2 from your beneficiaries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::BeneficiaryForm</name>
    <message>
        <source>You are changing who this child is (name, date of birth, photo or PAI): every commune that has validated the child must validate it again, and nothing can be booked or bought for the child until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;Last name of the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;First name of the beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in the form DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG. The photo is cropped to the identity format (35 × 45 mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional &amp;information / PAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clie&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and add another beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the identity photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JPEG and PNG images are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the identity photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has been saved. You can enter the next beneficiary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The beneficiary is saved, but the photo could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::BeneficiaryRowProxy</name>
    <message>
        <source>Awaiting validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>Missing &amp;documents</source>
        <translation>Missing &amp;documents</translation>
    </message>
    <message>
        <source>A document is unreadable</source>
        <translation>A document is unreadable</translation>
    </message>
    <message>
        <source>The proof of address is more than three months old</source>
        <translation>The proof of address is more than three months old</translation>
    </message>
    <message>
        <source>The documents do not match the declared details</source>
        <translation>The documents do not match the declared details</translation>
    </message>
    <message>
        <source>The applicant does not live in the commune</source>
        <translation>The applicant does not live in the commune</translation>
    </message>
    <message>
        <source>This request is a duplicate</source>
        <translation>This request is a duplicate</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Shortcut: %1</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <source>Choose a reason or type one</source>
        <translation>Choose a reason or type one</translation>
    </message>
    <message>
        <source>Confirm the refusal</source>
        <translation>Confirm the refusal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reaso&amp;n for the refusal</source>
        <translation>Reaso&amp;n for the refusal</translation>
    </message>
    <message>
        <source>Document to complete</source>
        <translation>Document to complete</translation>
    </message>
    <message>
        <source>Message to the citizen (optional)</source>
        <translation>Message to the citizen (optional)</translation>
    </message>
    <message>
        <source>For example: the page with the tax reference is missing</source>
        <translation>For example: the page with the tax reference is missing</translation>
    </message>
    <message>
        <source>Ask for the document</source>
        <translation>Ask for the document</translation>
    </message>
    <message>
        <source>Document to &amp;complete</source>
        <translation>Document to &amp;complete</translation>
    </message>
    <message>
        <source>&amp;Message to the citizen (optional)</source>
        <translation>&amp;Message to the citizen (optional)</translation>
    </message>
    <message>
        <source>Reason for the refusal: choose a reason or type one.</source>
        <translation>Reason for the refusal: choose a reason or type one.</translation>
    </message>
    <message>
        <source>Document to complete: choose the document to ask for.</source>
        <translation>Document to complete: choose the document to ask for.</translation>
    </message>
</context>
<context>
    <name>citoyens::DesktopNotifier</name>
    <message>
        <source>%1 new notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::DocumentBrowser</name>
    <message>
        <source>This request has no document.</source>
        <translation>This request has no document.</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documents of the request</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Next document</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, file %2</translation>
    </message>
</context>
<context>
    <name>citoyens::DocumentField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG, 10 MB at most. You can also drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::DocumentViewer</name>
    <message>
        <source>Document image</source>
        <translation>Document image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: the PDF is damaged or unreadable.</source>
        <translation>“%1” cannot be shown: the PDF is damaged or unreadable.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit to the view</source>
        <translation>Fit to the view</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: the file cannot be read (%2).</source>
        <translation>“%1” cannot be shown: the file cannot be read (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: the image is damaged or in a format this application does not read.</source>
        <translation>“%1” cannot be shown: the image is damaged or in a format this application does not read.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown here: documents of this type (%2) are not supported. Only images and PDF files can be viewed.</source>
        <translation>“%1” cannot be shown here: documents of this type (%2) are not supported. Only images and PDF files can be viewed.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>PDF document %1</source>
        <translation>PDF document %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 of %2 · %3</translation>
    </message>
</context>
<context>
    <name>citoyens::ForcedPasswordChangePage</name>
    <message>
        <source>&amp;Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For security reasons, every user of the platform must now have a password that follows the rules below. Your password was created before these rules: choose a new one to continue. Your other sessions will be closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::ForgotPasswordPage</name>
    <message>
        <source>&amp;Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account. If it has an account, you will receive a 6-digit code to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::FormErrors</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not follow all the rules listed below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::HomePage</name>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Welcome to the desk of %1. From here you serve the citizens who come to the town hall: find them, create their account, act on their behalf.</source>
        <translation>Welcome to the desk of %1. From here you serve the citizens who come to the town hall: find them, create their account, act on their behalf.</translation>
    </message>
    <message>
        <source>Welcome to the desk.</source>
        <translation>Welcome to the desk.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to your home page. You can manage your personal information and your orders here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please remember to add your supporting documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has now been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::InactivityWarningDialog</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your security, you will be automatically signed out after 2 hours of inactivity. What you have typed will be kept until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left before sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be signed out in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::SupportingDocumentsPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach your supporting documents and fill in the information requested, then &quot;Validate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In whole euros, e.g. 23 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference tax income (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual income after deductions, reductions and various charges (line 25 of the tax notice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of tax shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares shown on the tax notice according to the number of children or dependants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotient familial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference tax income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tax shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotient familial and its bracket appear here once the income and the number of shares are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotient familial: %1 € — bracket &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotient familial: %1 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request is being sent. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was cancelled. Everything you entered is still here: press &quot;Validate&quot; to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1). The session will not be kept after the application closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. The session will not be kept after the application closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::MainWindow</name>
    <message>
        <source>Citoyens — Communauté d&apos;Agglomération du Puy-en-Velay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out after 2 hours of inactivity. Sign in again to continue where you left off: what you were typing has been kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::NoSecretStore</name>
    <message>
        <source>No system keychain is available on this computer. The session will not be kept after the application closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::NotificationBanner</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View my notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::NotificationRowProxy</name>
    <message>
        <source>Unread: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::NotificationsPage</name>
    <message>
        <source>You have no notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected notification as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>MY ACCOUNT</source>
        <translation>MY ACCOUNT</translation>
    </message>
    <message>
        <source>DESK</source>
        <translation>DESK</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>My services</translation>
    </message>
    <message>
        <source>My personal information</source>
        <translation>My personal information</translation>
    </message>
    <message>
        <source>My beneficiaries</source>
        <translation>My beneficiaries</translation>
    </message>
    <message>
        <source>My notifications</source>
        <translation>My notifications</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>My orders</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>My wallet</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>My reservations</translation>
    </message>
</context>
<context>
    <name>citoyens::PasswordChangeForm</name>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::PasswordRulesWidget</name>
    <message>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At least 1 digit and 1 letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 1 upper-case and 1 lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 1 special character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not met yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::PersonalDetailsForm</name>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to the &amp;newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am a &amp;company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility: Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility: Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Ci&amp;vility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, in the form DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SIRET number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::ProfilePage</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit my personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed. Your other sessions have been closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SIRET %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::RegisterDetailsPage</name>
    <message>
        <source>I accept the &amp;terms and conditions and the privacy policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::RegisterEmailPage</name>
    <message>
        <source>Create an &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you have never had an account on the Citoyens platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address and click “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::ResetPasswordPage</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;Code received by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 has an account, a 6-digit code has just been sent to it. It is valid for 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::ServicesPage</name>
    <message>
        <source>You have not asked for any service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My service requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the missing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once your registration requests are made, remember to enter your beneficiaries by clicking here &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request has been withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has been sent: your request is pending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town hall asks for a document to complete this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The town hall asks for a document to complete this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw your request &quot;%1&quot;? The town hall will no longer examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request is being sent. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request has been sent. The town hall will examine it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh my requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requests could not be refreshed: %1 They are shown as last saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Buy</translation>
    </message>
    <message>
        <source>Buy with the selected approved request</source>
        <translation>Buy with the selected approved request</translation>
    </message>
    <message>
        <source>Your order %1 is paid: %2. It is listed in &quot;My orders&quot;.</source>
        <translation>Your order %1 is paid: %2. It is listed in &quot;My orders&quot;.</translation>
    </message>
</context>
<context>
    <name>citoyens::SidebarModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::SignInPage</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps you signed in on this computer, using the system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the Citoyens platform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For security reasons, every user of citoyens.agglo-lepuyenvelay.fr must change their password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can update it by clicking “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In addition, and for your security, you will be automatically signed out after 2 hours of inactivity on your part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Communauté d&apos;Agglomération du Puy-en-Velay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::SubscriptionCommands</name>
    <message>
        <source>Another request is being sent. Try again in a moment.</source>
        <translation>Another request is being sent. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>citoyens::SubscriptionTableModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents to complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::VerifyCodePage</name>
    <message>
        <source>&amp;Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* &amp;Code received by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 does not have an account yet, we have just sent it a 6-digit code. Enter it below to create your account. The code is valid for 30 minutes. If the address already has an account, you will receive a message saying so instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code has been sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>citoyens::AssistedSessionWidget</name>
    <message>
        <source>&amp;End the assistance</source>
        <translation>&amp;End the assistance</translation>
    </message>
    <message>
        <source>CITIZEN&apos;S ACCOUNT</source>
        <translation>CITIZEN&apos;S ACCOUNT</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <source>Assisted session</source>
        <translation>Assisted session</translation>
    </message>
    <message>
        <source>You are acting for %1</source>
        <translation>You are acting for %1</translation>
    </message>
    <message>
        <source>End the assistance</source>
        <translation>End the assistance</translation>
    </message>
    <message>
        <source>Document field for the scan</source>
        <translation>Document field for the scan</translation>
    </message>
    <message>
        <source>Attach the scanned document</source>
        <translation>Attach the scanned document</translation>
    </message>
    <message>
        <source>New document from the scanner: %1</source>
        <translation>New document from the scanner: %1</translation>
    </message>
    <message>
        <source>New document from the scanner: %1. Open a request&apos;s documents to attach it.</source>
        <translation>New document from the scanner: %1. Open a request&apos;s documents to attach it.</translation>
    </message>
</context>
<context>
    <name>citoyens::CitizenRecordView</name>
    <message>
        <source>← &amp;Back to the search</source>
        <translation>← &amp;Back to the search</translation>
    </message>
    <message>
        <source>&amp;Open an assisted session</source>
        <translation>&amp;Open an assisted session</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Citizen&apos;s record</source>
        <translation>Citizen&apos;s record</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Back to the search</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries</source>
        <translation>&amp;Beneficiaries</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>&amp;Requests in your communes</source>
        <translation>&amp;Requests in your communes</translation>
    </message>
    <message>
        <source>Requests in your communes</source>
        <translation>Requests in your communes</translation>
    </message>
    <message>
        <source>Open an assisted session</source>
        <translation>Open an assisted session</translation>
    </message>
    <message>
        <source>Code read out by the citizen</source>
        <translation>Code read out by the citizen</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Code read out by the &amp;citizen</source>
        <translation>Code read out by the &amp;citizen</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Loading the record…</translation>
    </message>
    <message>
        <source>Born on %1</source>
        <translation>Born on %1</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <source>Account not activated yet</source>
        <translation>Account not activated yet</translation>
    </message>
    <message>
        <source>No beneficiary</source>
        <translation>No beneficiary</translation>
    </message>
    <message>
        <source>No request in your communes</source>
        <translation>No request in your communes</translation>
    </message>
    <message>
        <source>A code was sent to the citizen&apos;s e-mail address. Ask them to read it out to you.</source>
        <translation>A code was sent to the citizen&apos;s e-mail address. Ask them to read it out to you.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>citoyens::CitizensPage</name>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>&amp;Search by name, e-mail, birth date or a beneficiary&apos;s name</source>
        <translation>&amp;Search by name, e-mail, birth date or a beneficiary&apos;s name</translation>
    </message>
    <message>
        <source>Search a citizen</source>
        <translation>Search a citizen</translation>
    </message>
    <message>
        <source>Dupont, marie@…, 14/03/1985</source>
        <translation>Dupont, marie@…, 14/03/1985</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Citizens found</translation>
    </message>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Type at least 2 characters.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>No citizen found.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) found.</source>
        <translation>
            <numerusform>%n citizen found.</numerusform>
            <numerusform>%n citizens found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::AssistedSession</name>
    <message>
        <source>The desk session is locked. Enter your password to continue.</source>
        <translation>The desk session is locked. Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>citoyens::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Change user</source>
        <translation>&amp;Change user</translation>
    </message>
    <message>
        <source>Locked desk</source>
        <translation>Locked desk</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Change user</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Signed in as %1. Enter your password to continue.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Password: %1</translation>
    </message>
</context>
<context>
    <name>citoyens::NewCitizenPage</name>
    <message>
        <source>Save the activation sheet</source>
        <translation>Save the activation sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Send the code by &amp;e-mail</source>
        <translation>Send the code by &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Print an activation sheet</source>
        <translation>&amp;Print an activation sheet</translation>
    </message>
    <message>
        <source>&amp;Open an assisted session</source>
        <translation>&amp;Open an assisted session</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>&amp;New citizen</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>New citizen</translation>
    </message>
    <message>
        <source>Create the account with the citizen. They receive an activation code and choose their password themselves: nobody at the desk sees it.</source>
        <translation>Create the account with the citizen. They receive an activation code and choose their password themselves: nobody at the desk sees it.</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Civility</source>
        <translation>&amp;Civility</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>E-&amp;mail address</source>
        <translation>E-&amp;mail address</translation>
    </message>
    <message>
        <source>Send the code by e-mail</source>
        <translation>Send the code by e-mail</translation>
    </message>
    <message>
        <source>Print an activation sheet</source>
        <translation>Print an activation sheet</translation>
    </message>
    <message>
        <source>Open an assisted session</source>
        <translation>Open an assisted session</translation>
    </message>
    <message>
        <source>The account of %1 is created. The activation sheet is saved in %2: hand it to the citizen.</source>
        <translation>The account of %1 is created. The activation sheet is saved in %2: hand it to the citizen.</translation>
    </message>
    <message>
        <source>The account of %1 is created, but the activation sheet was not saved. Print it again: the code is given only once.</source>
        <translation>The account of %1 is created, but the activation sheet was not saved. Print it again: the code is given only once.</translation>
    </message>
    <message>
        <source>The account of %1 is created. The activation code was sent to %2.</source>
        <translation>The account of %1 is created. The activation code was sent to %2.</translation>
    </message>
    <message>
        <source>activation-%1.pdf</source>
        <translation>activation-%1.pdf</translation>
    </message>
    <message>
        <source>The account of %1 is created. The activation sheet went to %2: hand it to the citizen.</source>
        <translation>The account of %1 is created. The activation sheet went to %2: hand it to the citizen.</translation>
    </message>
    <message>
        <source>The account of %1 is created, but the activation sheet was not printed. Print it again: the code is given only once.</source>
        <translation>The account of %1 is created, but the activation sheet was not printed. Print it again: the code is given only once.</translation>
    </message>
    <message>
        <source>Activation sheet</source>
        <translation>Activation sheet</translation>
    </message>
    <message>
        <source>Print the activation sheet</source>
        <translation>Print the activation sheet</translation>
    </message>
</context>
<context>
    <name>citoyens::QueueCommands</name>
    <message>
        <source>This request has already been handled by another agent.</source>
        <translation>This request has already been handled by another agent.</translation>
    </message>
</context>
<context>
    <name>citoyens::QueuePage</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>No request is waiting for a decision.</source>
        <translation>No request is waiting for a decision.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Requests and beneficiaries</source>
        <translation>Requests and beneficiaries</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Refresh the queue</translation>
    </message>
    <message>
        <source>Requests waiting for a decision</source>
        <translation>Requests waiting for a decision</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>The queue could not be refreshed: %1</source>
        <translation>The queue could not be refreshed: %1</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>All communes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary(ies)</source>
        <translation>
            <numerusform>%n beneficiary</numerusform>
            <numerusform>%n beneficiaries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::QueueTableModel</name>
    <message>
        <source>Request (documents to complete)</source>
        <translation>Request (documents to complete)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Service or beneficiary</source>
        <translation>Service or beneficiary</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>citoyens::RequestView</name>
    <message>
        <source>dddd d MMMM yyyy &apos;at&apos; HH:mm</source>
        <translation>dddd d MMMM yyyy &apos;at&apos; HH:mm</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documents of the request</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>Request from %1</source>
        <translation>Request from %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Declared income</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>Tax parts</source>
        <translation>Tax parts</translation>
    </message>
    <message>
        <source>Family quotient</source>
        <translation>Family quotient</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Beneficiary %1</source>
        <translation>Beneficiary %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Loading the photo…</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>A document could not be downloaded: %1</source>
        <translation>A document could not be downloaded: %1</translation>
    </message>
    <message>
        <source>The photo could not be shown.</source>
        <translation>The photo could not be shown.</translation>
    </message>
    <message>
        <source>Document to complete: %1</source>
        <translation>Document to complete: %1</translation>
    </message>
</context>
<context>
    <name>citoyens::WorkstationPage</name>
    <message>
        <source>Scanner folder</source>
        <translation>Scanner folder</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choose a folder…</translation>
    </message>
    <message>
        <source>&amp;No scanner</source>
        <translation>&amp;No scanner</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>The folder where this desk&apos;s scanner saves what it scans. During an assisted session, each new file there is offered as the document to attach.</source>
        <translation>The folder where this desk&apos;s scanner saves what it scans. During an assisted session, each new file there is offered as the document to attach.</translation>
    </message>
    <message>
        <source>No scanner folder: documents are chosen one by one.</source>
        <translation>No scanner folder: documents are chosen one by one.</translation>
    </message>
    <message>
        <source>Scanner folder: %1</source>
        <translation>Scanner folder: %1</translation>
    </message>
</context>
<context>
    <name>citoyens::WalkInCommands</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>The server&apos;s answer could not be read (%1).</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>The service does not run on this day of the week.</source>
        <translation>The service does not run on this day of the week.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Closed: %1.</translation>
    </message>
    <message>
        <source>Closed during the school holidays (%1).</source>
        <translation>Closed during the school holidays (%1).</translation>
    </message>
    <message>
        <source>Open during the school holidays only.</source>
        <translation>Open during the school holidays only.</translation>
    </message>
    <message>
        <source>The school calendar for this day is not published yet.</source>
        <translation>The school calendar for this day is not published yet.</translation>
    </message>
    <message>
        <source>Not open for booking yet.</source>
        <translation>Not open for booking yet.</translation>
    </message>
    <message>
        <source>This day is over.</source>
        <translation>This day is over.</translation>
    </message>
    <message>
        <source>Can be booked.</source>
        <translation>Can be booked.</translation>
    </message>
    <message>
        <source>Late booking, with a surcharge of %1.</source>
        <translation>Late booking, with a surcharge of %1.</translation>
    </message>
    <message>
        <source>Full.</source>
        <translation>Full.</translation>
    </message>
    <message>
        <source>Full; places are left on the waiting list.</source>
        <translation>Full; places are left on the waiting list.</translation>
    </message>
    <message>
        <source>The booking deadline has passed.</source>
        <translation>The booking deadline has passed.</translation>
    </message>
    <message>
        <source>Already booked for this child.</source>
        <translation>Already booked for this child.</translation>
    </message>
    <message>
        <source>Already on the waiting list for this child.</source>
        <translation>Already on the waiting list for this child.</translation>
    </message>
    <message>
        <source>On the waiting list; can still be withdrawn.</source>
        <translation>On the waiting list; can still be withdrawn.</translation>
    </message>
    <message>
        <source>Booked; can still be cancelled.</source>
        <translation>Booked; can still be cancelled.</translation>
    </message>
    <message>
        <source>On the waiting list; can no longer be withdrawn.</source>
        <translation>On the waiting list; can no longer be withdrawn.</translation>
    </message>
    <message>
        <source>Booked; can no longer be cancelled.</source>
        <translation>Booked; can no longer be cancelled.</translation>
    </message>
</context>
<context>
    <name>BookingRule</name>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>the same day before %1</source>
        <translation>the same day before %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) ahead, before %1</source>
        <translation>
            <numerusform>%n working day ahead, before %1</numerusform>
            <numerusform>%n working days ahead, before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous day before %1</source>
        <translation>the previous day before %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead, before %1</source>
        <translation>
            <numerusform>%n day ahead, before %1</numerusform>
            <numerusform>%n days ahead, before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous %1 before %2</source>
        <translation>the previous %1 before %2</translation>
    </message>
    <message>
        <source>%1 of the previous week, before %2</source>
        <translation>%1 of the previous week, before %2</translation>
    </message>
    <message>
        <source>%1 of week W-%2, before %3</source>
        <translation>%1 of week W-%2, before %3</translation>
    </message>
    <message>
        <source>the 1st of the previous month, before %1</source>
        <translation>the 1st of the previous month, before %1</translation>
    </message>
    <message>
        <source>day %1 of the previous month, before %2</source>
        <translation>day %1 of the previous month, before %2</translation>
    </message>
</context>
<context>
    <name>FrenchCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victory in Europe Day</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Bastille Day</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice Day</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>All Saints&apos; holidays</source>
        <translation>All Saints&apos; holidays</translation>
    </message>
    <message>
        <source>Christmas holidays</source>
        <translation>Christmas holidays</translation>
    </message>
    <message>
        <source>Winter holidays</source>
        <translation>Winter holidays</translation>
    </message>
    <message>
        <source>Spring holidays</source>
        <translation>Spring holidays</translation>
    </message>
    <message>
        <source>Ascension bridge</source>
        <translation>Ascension bridge</translation>
    </message>
    <message>
        <source>Summer holidays</source>
        <translation>Summer holidays</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>Waiting for the card payment</source>
        <translation>Waiting for the card payment</translation>
    </message>
    <message>
        <source>Card payment not made: nothing was charged</source>
        <translation>Card payment not made: nothing was charged</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Paid by card (authorisation no. %1)</source>
        <translation>Paid by card (authorisation no. %1)</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>The file %1 could not be written. Choose another folder.</translation>
    </message>
    <message>
        <source>Receipt of order %1</source>
        <translation>Receipt of order %1</translation>
    </message>
    <message>
        <source>Commune of %1</source>
        <translation>Commune of %1</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>Order no. %1 of %2</source>
        <translation>Order no. %1 of %2</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total paid</translation>
    </message>
    <message>
        <source>Paid with the wallet</source>
        <translation>Paid with the wallet</translation>
    </message>
    <message>
        <source>This receipt was issued by the Citoyens platform of the %1.</source>
        <translation>This receipt was issued by the Citoyens platform of the %1.</translation>
    </message>
    <message>
        <source>Childcare costs statement %1</source>
        <translation>Childcare costs statement %1</translation>
    </message>
    <message>
        <source>Statement of childcare costs for %1</source>
        <translation>Statement of childcare costs for %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Issued to: %1</translation>
    </message>
    <message>
        <source>Childcare costs paid in %1 for children under 6 on 1 January %1, to be entered in your income tax return.</source>
        <translation>Childcare costs paid in %1 for children under 6 on 1 January %1, to be entered in your income tax return.</translation>
    </message>
    <message>
        <source>No childcare costs were paid in %1 for a child under 6.</source>
        <translation>No childcare costs were paid in %1 for a child under 6.</translation>
    </message>
    <message>
        <source>%1 %2, born on %3</source>
        <translation>%1 %2, born on %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total for %1</source>
        <translation>Total for %1</translation>
    </message>
    <message>
        <source>Issued by the Citoyens platform of the %1.</source>
        <translation>Issued by the Citoyens platform of the %1.</translation>
    </message>
</context>
<context>
    <name>citoyens::OrderLineModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>citoyens::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>citoyens::OrdersPage</name>
    <message>
        <source>You have not ordered anything yet. Once the town hall has approved a request, &quot;Buy&quot; in &quot;My services&quot; orders what it offers.</source>
        <translation>You have not ordered anything yet. Once the town hall has approved a request, &quot;Buy&quot; in &quot;My services&quot; orders what it offers.</translation>
    </message>
    <message>
        <source>&amp;Download the receipt (PDF)</source>
        <translation>&amp;Download the receipt (PDF)</translation>
    </message>
    <message>
        <source>Childcare costs &amp;statement (PDF)</source>
        <translation>Childcare costs &amp;statement (PDF)</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>My orders</translation>
    </message>
    <message>
        <source>History and details of my orders</source>
        <translation>History and details of my orders</translation>
    </message>
    <message>
        <source>Your orders could not be refreshed: %1 They are shown as last saved on this computer.</source>
        <translation>Your orders could not be refreshed: %1 They are shown as last saved on this computer.</translation>
    </message>
    <message>
        <source>Lines of the selected order</source>
        <translation>Lines of the selected order</translation>
    </message>
    <message>
        <source>Download the receipt of the selected order (PDF)</source>
        <translation>Download the receipt of the selected order (PDF)</translation>
    </message>
    <message>
        <source>Childcare costs statement</source>
        <translation>Childcare costs statement</translation>
    </message>
    <message>
        <source>The childcare costs paid in a year for your children under 6 on 1 January, child by child, for your income tax return.</source>
        <translation>The childcare costs paid in a year for your children under 6 on 1 January, child by child, for your income tax return.</translation>
    </message>
    <message>
        <source>Download the childcare costs statement of the chosen year (PDF)</source>
        <translation>Download the childcare costs statement of the chosen year (PDF)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Order no. %1 of %2</source>
        <translation>Order no. %1 of %2</translation>
    </message>
    <message>
        <source>%1, commune of %2</source>
        <translation>%1, commune of %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Paid with the wallet</source>
        <translation>Paid with the wallet</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt was saved in %1.</source>
        <translation>The receipt was saved in %1.</translation>
    </message>
    <message>
        <source>The statement could not be prepared: %1</source>
        <translation>The statement could not be prepared: %1</translation>
    </message>
    <message>
        <source>Save the childcare costs statement</source>
        <translation>Save the childcare costs statement</translation>
    </message>
    <message>
        <source>The childcare costs statement for %1 was saved in %2.</source>
        <translation>The childcare costs statement for %1 was saved in %2.</translation>
    </message>
    <message>
        <source>Refresh my orders</source>
        <translation>Refresh my orders</translation>
    </message>
</context>
<context>
    <name>citoyens::PurchaseDialog</name>
    <message>
        <source>Pay with my &amp;wallet</source>
        <translation>Pay with my &amp;wallet</translation>
    </message>
    <message>
        <source>Pay by &amp;card</source>
        <translation>Pay by &amp;card</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Opening the payment page…</translation>
    </message>
    <message>
        <source>Pay the exact amount by card</source>
        <translation>Pay the exact amount by card</translation>
    </message>
    <message>
        <source>Pay with my wallet</source>
        <translation>Pay with my wallet</translation>
    </message>
    <message>
        <source>Loading what this service offers…</source>
        <translation>Loading what this service offers…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Paying…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Load the offers again</source>
        <translation>Load the offers again</translation>
    </message>
    <message>
        <source>No child named</source>
        <translation>No child named</translation>
    </message>
    <message>
        <source>For the c&amp;hild (optional)</source>
        <translation>For the c&amp;hild (optional)</translation>
    </message>
    <message>
        <source>Confirm the purchase</source>
        <translation>Confirm the purchase</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Cancel the purchase</translation>
    </message>
    <message>
        <source>This request is not approved yet: nothing can be bought with it.</source>
        <translation>This request is not approved yet: nothing can be bought with it.</translation>
    </message>
    <message>
        <source>The offers could not be loaded: %1</source>
        <translation>The offers could not be loaded: %1</translation>
    </message>
    <message>
        <source>This service has nothing to buy yet.</source>
        <translation>This service has nothing to buy yet.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quantity of %1</source>
        <translation>Quantity of %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation>Balance after purchase: %1</translation>
    </message>
    <message>
        <source>Balance after purchase: not known yet</source>
        <translation>Balance after purchase: not known yet</translation>
    </message>
    <message>
        <source>Choose a quantity for at least one item.</source>
        <translation>Choose a quantity for at least one item.</translation>
    </message>
    <message>
        <source>Your wallet is short of %1 for this purchase.</source>
        <translation>Your wallet is short of %1 for this purchase.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>citoyens::TopUpOperation</name>
    <message>
        <source>Payment accepted, %1 credited</source>
        <translation>Payment accepted, %1 credited</translation>
    </message>
    <message>
        <source>Payment accepted, %1 credited (authorisation no. %2)</source>
        <translation>Payment accepted, %1 credited (authorisation no. %2)</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Payment refused</translation>
    </message>
    <message>
        <source>Payment abandoned</source>
        <translation>Payment abandoned</translation>
    </message>
    <message>
        <source>Payment expired</source>
        <translation>Payment expired</translation>
    </message>
    <message>
        <source>Opening the payment page for %1…</source>
        <translation>Opening the payment page for %1…</translation>
    </message>
    <message>
        <source>The payment page could not be opened. Open this address in your browser to pay %1: %2</source>
        <translation>The payment page could not be opened. Open this address in your browser to pay %1: %2</translation>
    </message>
    <message>
        <source>Waiting for the payment of %1 on the payment page…</source>
        <translation>Waiting for the payment of %1 on the payment page…</translation>
    </message>
</context>
<context>
    <name>citoyens::WalletMovementModel</name>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>citoyens::WalletPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>No movement yet. Top up your wallet with the amounts of the &quot;Funds deposit&quot; block.</source>
        <translation>No movement yet. Top up your wallet with the amounts of the &quot;Funds deposit&quot; block.</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>My wallet</translation>
    </message>
    <message>
        <source>Refresh my wallet</source>
        <translation>Refresh my wallet</translation>
    </message>
    <message>
        <source>Your wallet could not be refreshed: %1 It is shown as last saved on this computer.</source>
        <translation>Your wallet could not be refreshed: %1 It is shown as last saved on this computer.</translation>
    </message>
    <message>
        <source>Movements of my wallet</source>
        <translation>Movements of my wallet</translation>
    </message>
    <message>
        <source>Balance of my wallet: %1</source>
        <translation>Balance of my wallet: %1</translation>
    </message>
    <message>
        <source>Balance of my wallet: not known yet</source>
        <translation>Balance of my wallet: not known yet</translation>
    </message>
</context>
<context>
    <name>citoyens::WalletPanel</name>
    <message>
        <source>FUNDS DEPOSIT</source>
        <translation>FUNDS DEPOSIT</translation>
    </message>
    <message>
        <source>&amp;Top up my wallet</source>
        <translation>&amp;Top up my wallet</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Open the payment page again</translation>
    </message>
    <message>
        <source>Funds deposit</source>
        <translation>Funds deposit</translation>
    </message>
    <message>
        <source>Top-up amount %1</source>
        <translation>Top-up amount %1</translation>
    </message>
    <message>
        <source>Top up my wallet</source>
        <translation>Top up my wallet</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Balance: not known yet</source>
        <translation>Balance: not known yet</translation>
    </message>
</context>
<context>
    <name>citoyens::SyncProblemRow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>%1:00</source>
        <comment>an hour on the clock</comment>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>hours and minutes</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a deadline: day and time</comment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>○ Late booking</source>
        <translation>○ Late booking</translation>
    </message>
    <message>
        <source>○ Bookable</source>
        <translation>○ Bookable</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Booked</translation>
    </message>
    <message>
        <source>⧗ Waiting list</source>
        <translation>⧗ Waiting list</translation>
    </message>
    <message>
        <source>● Full</source>
        <translation>● Full</translation>
    </message>
    <message>
        <source>— Closed</source>
        <translation>— Closed</translation>
    </message>
    <message>
        <source>✕ Deadline passed</source>
        <translation>✕ Deadline passed</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>✓ Was booked</source>
        <translation>✓ Was booked</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <source>%1, bookable with a surcharge of %2 until %3, %4</source>
        <translation>%1, bookable with a surcharge of %2 until %3, %4</translation>
    </message>
    <message>
        <source>%1, bookable until %2, %3</source>
        <translation>%1, bookable until %2, %3</translation>
    </message>
    <message>
        <source>%1, booked, cancellable until %2, %3</source>
        <translation>%1, booked, cancellable until %2, %3</translation>
    </message>
    <message>
        <source>%1, booked, can no longer be cancelled (since %2), %3</source>
        <translation>%1, booked, can no longer be cancelled (since %2), %3</translation>
    </message>
    <message>
        <source>%1, on the waiting list, can be withdrawn until %2, %3</source>
        <translation>%1, on the waiting list, can be withdrawn until %2, %3</translation>
    </message>
    <message>
        <source>%1, on the waiting list, can no longer be withdrawn, %2</source>
        <translation>%1, on the waiting list, can no longer be withdrawn, %2</translation>
    </message>
    <message>
        <source>%1, full: %2</source>
        <translation>%1, full: %2</translation>
    </message>
    <message>
        <source>%1, closed: %2</source>
        <translation>%1, closed: %2</translation>
    </message>
    <message>
        <source>%1, booking deadline passed (%2)</source>
        <translation>%1, booking deadline passed (%2)</translation>
    </message>
    <message>
        <source>%1, past, attendance: %2</source>
        <translation>%1, past, attendance: %2</translation>
    </message>
    <message>
        <source>%1, past, was booked</source>
        <translation>%1, past, was booked</translation>
    </message>
    <message>
        <source>%1, past</source>
        <translation>%1, past</translation>
    </message>
    <message>
        <source>%1: booked, %2 (surcharge %3 included)</source>
        <translation>%1: booked, %2 (surcharge %3 included)</translation>
    </message>
    <message>
        <source>%1: booked, %2</source>
        <translation>%1: booked, %2</translation>
    </message>
    <message>
        <source>%1: on the waiting list, nothing charged</source>
        <translation>%1: on the waiting list, nothing charged</translation>
    </message>
    <message>
        <source>%1: not booked — %2</source>
        <translation>%1: not booked — %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::BookingConfirmDialog</name>
    <message>
        <source>Pay with my &amp;wallet</source>
        <translation>Pay with my &amp;wallet</translation>
    </message>
    <message>
        <source>Pay by &amp;card</source>
        <translation>Pay by &amp;card</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Opening the payment page…</translation>
    </message>
    <message>
        <source>Pay the booking by card</source>
        <translation>Pay the booking by card</translation>
    </message>
    <message>
        <source>Pay the booking with my wallet</source>
        <translation>Pay the booking with my wallet</translation>
    </message>
    <message>
        <source>%1 The days are free again.</source>
        <translation>%1 The days are free again.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Booking…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Confirm the booking</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to book, total %1:</source>
        <translation>
            <numerusform>%n day to book, total %1:</numerusform>
            <numerusform>%n days to book, total %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>The town hall applies its rules to each day when it receives the booking: a day that is closed, full or past its deadline by then is not booked, and not charged.</source>
        <translation>The town hall applies its rules to each day when it receives the booking: a day that is closed, full or past its deadline by then is not booked, and not charged.</translation>
    </message>
    <message>
        <source>Do not book</source>
        <translation>Do not book</translation>
    </message>
    <message>
        <source>Balance after booking: %1</source>
        <translation>Balance after booking: %1</translation>
    </message>
    <message>
        <source>Balance after booking: not known yet</source>
        <translation>Balance after booking: not known yet</translation>
    </message>
    <message>
        <source>Nothing was booked: your wallet is short of %1.</source>
        <translation>Nothing was booked: your wallet is short of %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was booked: %1</source>
        <translation>Nothing was booked: %1</translation>
    </message>
</context>
<context>
    <name>citoyens::BookingMonthModel</name>
    <message>
        <source>☑ Chosen</source>
        <translation>☑ Chosen</translation>
    </message>
    <message>
        <source>%1, no information</source>
        <translation>%1, no information</translation>
    </message>
    <message>
        <source>%1, chosen for booking</source>
        <translation>%1, chosen for booking</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
</context>
<context>
    <name>citoyens::PatternDialog</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Weekly pattern</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Days of the week</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>&amp;Every week</source>
        <translation>&amp;Every week</translation>
    </message>
    <message>
        <source>One week in &amp;two</source>
        <translation>One week in &amp;two</translation>
    </message>
    <message>
        <source>E&amp;ven weeks</source>
        <translation>E&amp;ven weeks</translation>
    </message>
    <message>
        <source>O&amp;dd weeks</source>
        <translation>O&amp;dd weeks</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>Days the pattern would book</source>
        <translation>Days the pattern would book</translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation>Continue to the confirmation</translation>
    </message>
    <message>
        <source>Close the weekly pattern</source>
        <translation>Close the weekly pattern</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Would be booked (%n day(s), %1):</source>
        <translation>
            <numerusform>Would be booked (%n day, %1):</numerusform>
            <numerusform>Would be booked (%n days, %1):</numerusform>
        </translation>
    </message>
    <message>
        <source>Would not be booked:</source>
        <translation>Would not be booked:</translation>
    </message>
    <message>
        <source>Not shown on this computer yet (the town hall decides): %1</source>
        <translation>Not shown on this computer yet (the town hall decides): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>citoyens::ReservationsPage</name>
    <message>
        <source>Booking done: %1. Paid by card: %2.</source>
        <translation>Booking done: %1. Paid by card: %2.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ &amp;Previous month</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>&amp;Next month ▶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Cancel the &amp;reservation</source>
        <translation>Cancel the &amp;reservation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>&amp;Weekly pattern…</source>
        <translation>&amp;Weekly pattern…</translation>
    </message>
    <message>
        <source>No upcoming reservation.</source>
        <translation>No upcoming reservation.</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>My reservations</translation>
    </message>
    <message>
        <source>Book and cancel the canteen, garderie and holiday-centre days of your children. Every day says until when it can be booked or cancelled, and at what price.</source>
        <translation>Book and cancel the canteen, garderie and holiday-centre days of your children. Every day says until when it can be booked or cancelled, and at what price.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Refresh the month</source>
        <translation>Refresh the month</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Days of the month</translation>
    </message>
    <message>
        <source>Arrows move between days, Space chooses a day to book, Return books the chosen days, Page Up and Page Down change the month.</source>
        <translation>Arrows move between days, Space chooses a day to book, Return books the chosen days, Page Up and Page Down change the month.</translation>
    </message>
    <message>
        <source>Cancel the reservation</source>
        <translation>Cancel the reservation</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Weekly pattern</translation>
    </message>
    <message>
        <source>Upcoming reservations</source>
        <translation>Upcoming reservations</translation>
    </message>
    <message>
        <source>Upcoming reservations of every child</source>
        <translation>Upcoming reservations of every child</translation>
    </message>
    <message>
        <source>No validated child yet: add your children in &quot;My beneficiaries&quot;; once the town hall has validated them, their days can be booked here.</source>
        <translation>No validated child yet: add your children in &quot;My beneficiaries&quot;; once the town hall has validated them, their days can be booked here.</translation>
    </message>
    <message>
        <source>No approved service with days to book yet: ask for one in &quot;My services&quot;.</source>
        <translation>No approved service with days to book yet: ask for one in &quot;My services&quot;.</translation>
    </message>
    <message>
        <source>Loading the days of %1…</source>
        <translation>Loading the days of %1…</translation>
    </message>
    <message>
        <source>The days could not be refreshed: %1 They are shown as last saved on this computer.</source>
        <translation>The days could not be refreshed: %1 They are shown as last saved on this computer.</translation>
    </message>
    <message>
        <source>The days could not be loaded: %1</source>
        <translation>The days could not be loaded: %1</translation>
    </message>
    <message>
        <source>No deadline ahead this month.</source>
        <translation>No deadline ahead this month.</translation>
    </message>
    <message>
        <source>Next deadline: book %1 before %2 — %3</source>
        <translation>Next deadline: book %1 before %2 — %3</translation>
    </message>
    <message>
        <source>Next deadline: cancel %1 before %2 — %3</source>
        <translation>Next deadline: cancel %1 before %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Book the chosen days</source>
        <translation>&amp;Book the chosen days</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book the chosen days (%n day(s), %1)</source>
        <translation>
            <numerusform>&amp;Book the chosen days (%n day, %1)</numerusform>
            <numerusform>&amp;Book the chosen days (%n days, %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the &amp;waiting list</source>
        <translation>Leave the &amp;waiting list</translation>
    </message>
    <message>
        <source>It can no longer be cancelled: the deadline was %1.</source>
        <translation>It can no longer be cancelled: the deadline was %1.</translation>
    </message>
    <message>
        <source>Choose the days to book first: move to a day and press Space.</source>
        <translation>Choose the days to book first: move to a day and press Space.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Leave the waiting list for %1? Nothing was charged for it.</source>
        <translation>Leave the waiting list for %1? Nothing was charged for it.</translation>
    </message>
    <message>
        <source>Cancel the reservation of %1? %2 will be refunded to your wallet.</source>
        <translation>Cancel the reservation of %1? %2 will be refunded to your wallet.</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Leave the waiting list</translation>
    </message>
    <message>
        <source>Leave the list</source>
        <translation>Leave the list</translation>
    </message>
    <message>
        <source>%1: left the waiting list.</source>
        <translation>%1: left the waiting list.</translation>
    </message>
    <message>
        <source>%1: reservation cancelled, %2 refunded to your wallet.</source>
        <translation>%1: reservation cancelled, %2 refunded to your wallet.</translation>
    </message>
    <message>
        <source>%1: not cancelled — %2</source>
        <translation>%1: not cancelled — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) booked</source>
        <translation>
            <numerusform>%n day booked</numerusform>
            <numerusform>%n days booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) on the waiting list</source>
        <translation>
            <numerusform>%n day on the waiting list</numerusform>
            <numerusform>%n days on the waiting list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) not booked</source>
        <translation>
            <numerusform>%n day not booked</numerusform>
            <numerusform>%n days not booked</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking done: %1. Paid from your wallet: %2.</source>
        <translation>Booking done: %1. Paid from your wallet: %2.</translation>
    </message>
    <message>
        <source>Stay on the list</source>
        <translation>Stay on the list</translation>
    </message>
    <message>
        <source>Keep the reservation</source>
        <translation>Keep the reservation</translation>
    </message>
</context>
<context>
    <name>citoyens::UpcomingReservationModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
</context>
<context>
    <name>citoyens::ReservationChooser</name>
    <message>
        <source>C&amp;hild</source>
        <translation>C&amp;hild</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;What</translation>
    </message>
</context>
<context>
    <name>citoyens::MissingFundsBox</name>
    <message>
        <source>You are missing %1.</source>
        <translation>You are missing %1.</translation>
    </message>
    <message>
        <source>Top &amp;up %1</source>
        <translation>Top &amp;up %1</translation>
    </message>
    <message>
        <source>Top up %1</source>
        <translation>Top up %1</translation>
    </message>
</context>
<context>
    <name>citoyens::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>citoyens::CardPaymentOperation</name>
    <message>
        <source>Card payment accepted: order %1 is paid.</source>
        <translation>Card payment accepted: order %1 is paid.</translation>
    </message>
    <message>
        <source>Card payment refused: nothing was charged.</source>
        <translation>Card payment refused: nothing was charged.</translation>
    </message>
    <message>
        <source>Card payment abandoned: nothing was charged.</source>
        <translation>Card payment abandoned: nothing was charged.</translation>
    </message>
    <message>
        <source>The time to pay has passed: nothing was charged.</source>
        <translation>The time to pay has passed: nothing was charged.</translation>
    </message>
    <message>
        <source>The card payment could not be made: nothing was charged.</source>
        <translation>The card payment could not be made: nothing was charged.</translation>
    </message>
    <message>
        <source>The payment page could not be opened. Open this address in your browser to pay %1 by card: %2</source>
        <translation>The payment page could not be opened. Open this address in your browser to pay %1 by card: %2</translation>
    </message>
    <message>
        <source>Waiting for the card payment of %1 on the payment page…</source>
        <translation>Waiting for the card payment of %1 on the payment page…</translation>
    </message>
</context>
</TS>
