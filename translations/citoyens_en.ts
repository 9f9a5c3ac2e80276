<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>citoyens::AccountWidget</name>
    <message>
        <source>MY ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My personal information</source>
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
</TS>
