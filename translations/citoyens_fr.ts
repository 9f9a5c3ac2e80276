<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActivationSheet</name>
    <message>
        <source>This code can be used once, until %1 at %2.</source>
        <translation>Ce code est utilisable une seule fois, jusqu&apos;au %1 à %2.</translation>
    </message>
    <message>
        <source>Open Citoyens, or the citizen platform in a web browser.</source>
        <translation>Ouvrez Citoyens, ou la plateforme citoyenne dans un navigateur web.</translation>
    </message>
    <message>
        <source>Open Citoyens, or the citizen platform in a web browser:
%1</source>
        <translation>Ouvrez Citoyens, ou la plateforme citoyenne dans un navigateur web :
%1</translation>
    </message>
    <message>
        <source>Choose “Activate my account” and enter your e-mail address (%1) and the code above.</source>
        <translation>Choisissez « Activer mon compte », puis saisissez votre adresse e-mail (%1) et le code ci-dessus.</translation>
    </message>
    <message>
        <source>Choose your own password. Nobody else knows it, not even the town hall staff.</source>
        <translation>Choisissez votre propre mot de passe. Personne d&apos;autre ne le connaît, pas même le personnel de la mairie.</translation>
    </message>
    <message>
        <source>Your account is then open: sign in with your e-mail address and your password.</source>
        <translation>Votre compte est alors ouvert : connectez-vous avec votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>The activation sheet cannot be written to %1: %2</source>
        <translation>La fiche d&apos;activation ne peut pas être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Account activation</source>
        <translation>Activation du compte</translation>
    </message>
    <message>
        <source>The activation sheet cannot be written: the PDF could not be started.</source>
        <translation>La fiche d&apos;activation ne peut pas être enregistrée : le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Activate your account on the citizen platform</source>
        <translation>Activez votre compte sur la plateforme citoyenne</translation>
    </message>
    <message>
        <source>Account of: %1</source>
        <translation>Compte de : %1</translation>
    </message>
    <message>
        <source>E-mail address: %1</source>
        <translation>Adresse e-mail : %1</translation>
    </message>
    <message>
        <source>Your activation code</source>
        <translation>Votre code d&apos;activation</translation>
    </message>
    <message>
        <source>How to activate your account</source>
        <translation>Pour activer votre compte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Keep this sheet until your account is active, and do not share the code. If it has expired, the town hall desk can give you a new one.</source>
        <translation>Conservez cette fiche jusqu&apos;à l&apos;activation de votre compte et ne communiquez le code à personne. S&apos;il a expiré, l&apos;accueil de la mairie peut vous en remettre un nouveau.</translation>
    </message>
    <message>
        <source>The activation sheet cannot be printed on %1.</source>
        <translation>La fiche d&apos;activation ne peut pas être imprimée sur %1.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The e-mail address or the password is incorrect.</source>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your session ended after a long period of inactivity. Please sign in again.</source>
        <translation>Votre session a pris fin après une longue période d&apos;inactivité. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your saved session is no longer valid. Please sign in again.</source>
        <translation>Votre session enregistrée n&apos;est plus valide. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You must choose a new password before continuing.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de continuer.</translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>This code is incorrect. Check the code received by e-mail.</source>
        <translation>Ce code est incorrect. Vérifiez le code reçu par e-mail.</translation>
    </message>
    <message>
        <source>This code has expired. Ask for a new one.</source>
        <translation>Ce code a expiré. Demandez-en un nouveau.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered. Ask for a new code.</source>
        <translation>Trop de codes erronés ont été saisis. Demandez un nouveau code.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment before trying again.</source>
        <translation>Trop de tentatives. Patientez un instant avant de réessayer.</translation>
    </message>
    <message>
        <source>Some fields are not filled in correctly.</source>
        <translation>Certains champs ne sont pas correctement renseignés.</translation>
    </message>
    <message>
        <source>The password does not follow the rules.</source>
        <translation>Le mot de passe ne respecte pas les règles.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Le fichier est trop volumineux.</translation>
    </message>
    <message>
        <source>This type of file is not accepted.</source>
        <translation>Ce type de fichier n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The server refused the request. Update the application or contact support.</source>
        <translation>Le serveur a refusé la demande. Mettez à jour l&apos;application ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé(e) à effectuer cette action.</translation>
    </message>
    <message>
        <source>The server has a problem (error %1). Try again later.</source>
        <translation>Le serveur rencontre un problème (erreur %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la demande (erreur %1).</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est requis.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>La valeur saisie est trop longue.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Cette adresse e-mail n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>La valeur saisie contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>Choose one of the proposed values.</source>
        <translation>Choisissez l&apos;une des valeurs proposées.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This date is too far in the past.</source>
        <translation>Cette date est trop ancienne.</translation>
    </message>
    <message>
        <source>You must accept the terms of use.</source>
        <translation>Vous devez accepter les conditions générales.</translation>
    </message>
    <message>
        <source>A SIRET number has 14 digits.</source>
        <translation>Un numéro SIRET comporte 14 chiffres.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Le code comporte 6 chiffres.</translation>
    </message>
    <message>
        <source>The password must be at least 12 characters long.</source>
        <translation>Le mot de passe doit avoir une longueur minimale de 12 caractères.</translation>
    </message>
    <message>
        <source>The password must contain at least one digit and one letter.</source>
        <translation>Le mot de passe doit contenir à minima 1 chiffre et 1 lettre.</translation>
    </message>
    <message>
        <source>The password must contain at least one capital and one lower-case letter.</source>
        <translation>Le mot de passe doit contenir à minima 1 majuscule et 1 minuscule.</translation>
    </message>
    <message>
        <source>The password must contain at least one special character.</source>
        <translation>Le mot de passe doit contenir à minima 1 caractère spécial.</translation>
    </message>
    <message>
        <source>This value has the wrong type.</source>
        <translation>Cette valeur n&apos;est pas du bon type.</translation>
    </message>
    <message>
        <source>Enter a date in the form %1, for example 14/03/2019.</source>
        <translation>Saisissez une date au format %1, par exemple 14/03/2019.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server refused the connection. It may be stopped: try again later.</source>
        <translation>Le serveur a refusé la connexion. Il est peut-être arrêté : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server cannot be found. Check your Internet connection.</source>
        <translation>Le serveur est introuvable. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The server redirected the request to an unsafe address; it was not followed.</source>
        <translation>Le serveur a redirigé la demande vers une adresse non sécurisée ; la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Check your Internet connection.</source>
        <translation>La connexion au serveur a été perdue. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your Internet connection.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not recognised: it was not issued by a trusted authority. The connection was refused to protect your data.</source>
        <translation>Le certificat du serveur n&apos;est pas reconnu : il n&apos;a pas été délivré par une autorité de confiance. La connexion a été refusée pour protéger vos données.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another address. The connection was refused to protect your data.</source>
        <translation>Le certificat du serveur appartient à une autre adresse. La connexion a été refusée pour protéger vos données.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. The connection was refused to protect your data.</source>
        <translation>Le certificat du serveur a expiré. La connexion a été refusée pour protéger vos données.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check the date and time of this computer.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked. The connection was refused to protect your data.</source>
        <translation>Le certificat du serveur a été révoqué. La connexion a été refusée pour protéger vos données.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (%1). The connection was refused to protect your data.</source>
        <translation>La connexion sécurisée au serveur a échoué (%1). La connexion a été refusée pour protéger vos données.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read. Update the application or contact support.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue. Mettez à jour l&apos;application ou contactez l&apos;assistance.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Cette valeur ne peut pas être négative.</translation>
    </message>
    <message>
        <source>This is too large.</source>
        <translation>Cette valeur est trop grande.</translation>
    </message>
    <message>
        <source>The number of parts goes from 1 to 20, by halves (2.5 for instance).</source>
        <translation>Le nombre de parts fiscales va de 1 à 20, par demi-part (2,5 par exemple).</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>This cannot be found.</source>
        <translation>Cet élément est introuvable.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Ce fichier est vide.</translation>
    </message>
    <message>
        <source>Only PDF, JPEG and PNG files are accepted.</source>
        <translation>Seuls les fichiers PDF, JPEG et PNG sont acceptés.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Your wallet&apos;s balance is too low for this purchase. Top up your wallet first.</source>
        <translation>Le solde de votre porte-monnaie est insuffisant pour cet achat. Rechargez d&apos;abord votre porte-monnaie.</translation>
    </message>
    <message numerus="yes">
        <source>Top-ups you started are still waiting for payment. Pay or abandon one of them on the payment page, or try again in %n minute(s).</source>
        <translation>
            <numerusform>Des rechargements déjà commencés attendent leur paiement. Payez ou abandonnez l&apos;un d&apos;eux sur la page de paiement, ou réessayez dans %n minute.</numerusform>
            <numerusform>Des rechargements déjà commencés attendent leur paiement. Payez ou abandonnez l&apos;un d&apos;eux sur la page de paiement, ou réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top-ups you started are still waiting for payment. Pay or abandon one of them on the payment page, then try again.</source>
        <translation>Des rechargements déjà commencés attendent leur paiement. Payez ou abandonnez l&apos;un d&apos;eux sur la page de paiement, puis réessayez.</translation>
    </message>
    <message>
        <source>This request is not approved yet: nothing can be bought with it.</source>
        <translation>Cette demande n&apos;est pas encore validée : rien ne peut être acheté avec elle.</translation>
    </message>
    <message>
        <source>The payment service needs an e-mail address of 6 to 80 characters for the receipt. Change your account&apos;s e-mail address, then try again.</source>
        <translation>Le service de paiement demande une adresse e-mail de 6 à 80 caractères pour envoyer le justificatif. Changez l&apos;adresse e-mail de votre compte, puis réessayez.</translation>
    </message>
    <message>
        <source>The payment service is not available at the moment. Nothing was charged. Try again in a few minutes.</source>
        <translation>Le service de paiement est momentanément indisponible. Rien n&apos;a été débité. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>This service is not booked by the day.</source>
        <translation>Ce service ne se réserve pas à la journée.</translation>
    </message>
    <message>
        <source>The deadline has passed: this can no longer be changed.</source>
        <translation>Le délai est dépassé : ce n&apos;est plus modifiable.</translation>
    </message>
    <message>
        <source>This can only be recorded on the day itself or afterwards.</source>
        <translation>Ce n&apos;est possible que le jour même ou après.</translation>
    </message>
    <message>
        <source>This day has already been refunded: it can no longer be changed.</source>
        <translation>Ce jour a déjà été remboursé : il ne peut plus être changé.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM.</source>
        <translation>Saisissez une heure au format HH:MM.</translation>
    </message>
    <message>
        <source>This is outside the allowed range.</source>
        <translation>Cette valeur est hors des limites permises.</translation>
    </message>
    <message>
        <source>This is not allowed here.</source>
        <translation>Ce n&apos;est pas permis ici.</translation>
    </message>
    <message>
        <source>This is given twice.</source>
        <translation>Cette valeur est donnée deux fois.</translation>
    </message>
    <message>
        <source>The commune has not (or no longer) validated this child.</source>
        <translation>La commune n&apos;a pas (ou plus) validé cet enfant.</translation>
    </message>
    <message>
        <source>This is booked day by day, for a child, in &quot;My reservations&quot;.</source>
        <translation>Cela se réserve jour par jour, pour un enfant, dans « Mes réservations ».</translation>
    </message>
    <message>
        <source>The CAF and the MSA found no file for this identity. Check the birth name, the first names, the birth date and the commune of birth.</source>
        <translation>La CAF et la MSA n&apos;ont trouvé aucun dossier pour cette identité. Vérifiez le nom de naissance, les prénoms, la date et la commune de naissance.</translation>
    </message>
    <message>
        <source>The CAF and the MSA cannot be asked at the moment. Try again later.</source>
        <translation>La CAF et la MSA ne peuvent pas être interrogées pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The family quotient from the CAF / MSA has expired. Get it again, or attach the document.</source>
        <translation>Le quotient familial de la CAF / MSA a expiré. Récupérez-le à nouveau, ou joignez le justificatif.</translation>
    </message>
    <message>
        <source>Tick the box: the commune asks the CAF or the MSA only with this consent.</source>
        <translation>Cochez la case : la commune n&apos;interroge la CAF ou la MSA qu&apos;avec ce consentement.</translation>
    </message>
    <message>
        <source>Type the commune&apos;s name, then choose it in the list.</source>
        <translation>Tapez le nom de la commune, puis choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Choose the country in the list.</source>
        <translation>Choisissez le pays dans la liste.</translation>
    </message>
</context>
<context>
    <name>citoyens::AccountWidget</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Déconne&amp;xion</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
</context>
<context>
    <name>citoyens::AddServicePage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Please choose, in your commune, the item that matches your situation, then press the &quot;Validate&quot; button at the bottom of the page</source>
        <translation>Merci de choisir, dans votre commune, l&apos;élément correspondant à votre situation puis appuyer sur le bouton « Valider », en bas de la page</translation>
    </message>
    <message>
        <source>Commune or service, e.g. Rosières</source>
        <translation>Commune ou service, par ex. Rosières</translation>
    </message>
    <message>
        <source>&amp;Find a commune or a service</source>
        <translation>&amp;Rechercher une commune ou un service</translation>
    </message>
    <message>
        <source>Communes and their services</source>
        <translation>Les communes et leurs services</translation>
    </message>
    <message>
        <source>Back to my services</source>
        <translation>Retour à mes services</translation>
    </message>
    <message>
        <source>Validate the chosen service</source>
        <translation>Valider le service choisi</translation>
    </message>
    <message>
        <source>Choose a service in the list first.</source>
        <translation>Choisissez d&apos;abord un service dans la liste.</translation>
    </message>
    <message>
        <source>The list of communes is loading…</source>
        <translation>Chargement de la liste des communes…</translation>
    </message>
    <message>
        <source>No commune or service matches &quot;%1&quot;.</source>
        <translation>Aucune commune ni aucun service ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>citoyens::Application</name>
    <message>
        <source>Citoyens: the citizen platform of the Communauté d&apos;Agglomération du Puy-en-Velay.</source>
        <translation>Citoyens : la plateforme citoyen de la Communauté d&apos;Agglomération du Puy-en-Velay.</translation>
    </message>
    <message>
        <source>Address of the platform&apos;s server (default: %1).</source>
        <translation>Adresse du serveur de la plateforme (par défaut : %1).</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file (test or on-premise server).</source>
        <translation>Faire aussi confiance à l&apos;autorité de certification de ce fichier PEM (serveur de test ou hébergé sur place).</translation>
    </message>
    <message>
        <source>Language of the interface: fr or en.</source>
        <translation>Langue de l&apos;interface : fr ou en.</translation>
    </message>
    <message>
        <source>Folder of the local data (default: %1).</source>
        <translation>Dossier des données locales (par défaut : %1).</translation>
    </message>
    <message>
        <source>Do not use the system&apos;s keychain: &quot;Remember me&quot; keeps the session in memory only.</source>
        <translation>Ne pas utiliser le trousseau du système : « Se souvenir de moi » garde la session en mémoire seulement.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>The server address must be an https:// URL: %1</source>
        <translation>L&apos;adresse du serveur doit être une URL https:// : %1</translation>
    </message>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1.</translation>
    </message>
    <message>
        <source>The keychain is disabled (--no-keychain).</source>
        <translation>Le trousseau est désactivé (--no-keychain).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
</context>
<context>
    <name>citoyens::AttendanceCommands</name>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Attendance can only be taken on the day itself or afterwards.</source>
        <translation>Le pointage n&apos;est possible que le jour même ou après.</translation>
    </message>
    <message>
        <source>Justified absence already refunded: it can no longer be changed.</source>
        <translation>Absence justifiée déjà remboursée : elle ne peut plus être changée.</translation>
    </message>
    <message>
        <source>This service or this booking is not one of your communes&apos;.</source>
        <translation>Ce service ou cette réservation n&apos;est pas de vos communes.</translation>
    </message>
</context>
<context>
    <name>citoyens::AttendancePage</name>
    <message>
        <source>Format: dd/mm/yyyy</source>
        <translation>Format : jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Not yet: %1 is still to come; children are marked on the day itself or after.</source>
        <translation>Pas encore : le %1 est à venir ; le pointage se fait le jour même ou après.</translation>
    </message>
    <message>
        <source>Keep the current mark</source>
        <translation>Garder le pointage actuel</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Prestation :</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <source>Present (P)</source>
        <translation>Présent (P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
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
        <translation>Absence justifiée (J)</translation>
    </message>
    <message>
        <source>Justified absence</source>
        <translation>Absence justifiée</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Last mark</source>
        <translation>Dernier pointage</translation>
    </message>
    <message>
        <source>Booked children</source>
        <translation>Enfants inscrits</translation>
    </message>
    <message>
        <source>P: present; A: absent; J: justified absence. The next child is selected after each mark.</source>
        <translation>P : présent ; A : absent ; J : absence justifiée. L&apos;enfant suivant est sélectionné après chaque pointage.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No service of your communes is booked per day.</source>
        <translation>Aucun service de vos communes ne se réserve à la journée.</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>La liste n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No child is booked for %1 on this day.</source>
        <translation>Aucun enfant n&apos;est inscrit ce jour-là pour %1.</translation>
    </message>
    <message>
        <source>%1: a mark is already being recorded.</source>
        <translation>%1 : un pointage est déjà en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1: already %2.</source>
        <translation>%1 : déjà « %2 ».</translation>
    </message>
    <message>
        <source>Record a justified absence for %1 on %2? The day is refunded to the family, and this mark can no longer be changed.</source>
        <translation>Enregistrer une absence justifiée pour %1 le %2 ? La journée est remboursée à la famille, et ce pointage ne pourra plus être changé.</translation>
    </message>
    <message>
        <source>Refund and record</source>
        <translation>Rembourser et enregistrer</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1 : « %2 » enregistré.</translation>
    </message>
    <message>
        <source>%1: the mark was not recorded. %2</source>
        <translation>%1 : le pointage n&apos;a pas été enregistré. %2</translation>
    </message>
    <message>
        <source>%1: the mark could not be confirmed. %2 Mark again to be sure.</source>
        <translation>%1 : le pointage n&apos;a pas pu être confirmé. %2 Pointez à nouveau pour en être sûr.</translation>
    </message>
    <message>
        <source>Previous day (Alt+←)</source>
        <translation>Jour précédent (Alt+←)</translation>
    </message>
    <message>
        <source>Next day (Alt+→)</source>
        <translation>Jour suivant (Alt+→)</translation>
    </message>
</context>
<context>
    <name>citoyens::AttendanceTableModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Justified absence</source>
        <translation>Absence justifiée</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non pointé</translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n justified)</source>
        <translation>
            <numerusform>(dont %n justifiée)</numerusform>
            <numerusform>(dont %n justifiées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not marked</source>
        <translation>
            <numerusform>%n non pointé</numerusform>
            <numerusform>%n non pointés</numerusform>
        </translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old, born on %1</source>
        <translation>
            <numerusform>%n an, date de naissance %1</numerusform>
            <numerusform>%n ans, date de naissance %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) (%1)</source>
        <translation>
            <numerusform>%n an (%1)</numerusform>
            <numerusform>%n ans (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording: %1…</source>
        <translation>Enregistrement : %1…</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pointage</translation>
    </message>
</context>
<context>
    <name>citoyens::AuthWidget</name>
    <message>
        <source>Welcome to the citizen platform of the Communauté d&apos;Agglomération du Puy-en-Velay</source>
        <translation>Bienvenue sur la plateforme citoyen de la Communauté d&apos;Agglomération du Puy-en-Velay</translation>
    </message>
    <message>
        <source>Create or access MY USER ACCOUNT</source>
        <translation>Créer ou accéder à MON COMPTE USAGER</translation>
    </message>
    <message>
        <source>Manage MY ASSOCIATED SERVICES</source>
        <translation>Gérer MES SERVICES ASSOCIÉS</translation>
    </message>
    <message>
        <source>Manage MY RESERVATIONS</source>
        <translation>Gérer MES RÉSERVATIONS</translation>
    </message>
    <message>
        <source>Your password has been changed. You can now sign in with it.</source>
        <translation>Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>citoyens::BeneficiariesPage</name>
    <message>
        <source>There is no beneficiary associated with your user account.</source>
        <translation>Il n&apos;y a pas de filiation associée à votre compte usager.</translation>
    </message>
    <message>
        <source>&amp;Add a beneficiary</source>
        <translation>&amp;Ajouter une filiation</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>A notification will reach you as soon as the town hall has validated. You will then be able to order services.</source>
        <translation>Une notification vous parviendra dès validation de la part de la mairie. Vous pourrez ensuite procéder à la commande de services.</translation>
    </message>
    <message>
        <source>My beneficiaries</source>
        <translation>Mes Filiations</translation>
    </message>
    <message>
        <source>Add a beneficiary</source>
        <translation>Ajouter une filiation</translation>
    </message>
    <message>
        <source>Edit the selected beneficiary</source>
        <translation>Modifier la filiation sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected beneficiary</source>
        <translation>Supprimer la filiation sélectionnée</translation>
    </message>
    <message>
        <source>The changes have been saved.</source>
        <translation>Les modifications ont été enregistrées.</translation>
    </message>
    <message>
        <source>The beneficiary has been deleted.</source>
        <translation>La filiation a été supprimée.</translation>
    </message>
    <message>
        <source>Delete the beneficiary</source>
        <translation>Supprimer la filiation</translation>
    </message>
    <message>
        <source>Delete %1 %2 from your beneficiaries?</source>
        <translation>Supprimer %1 %2 de vos filiations ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>citoyens::BeneficiaryForm</name>
    <message>
        <source>You are changing who this child is (name, date of birth, photo or PAI): every commune that has validated the child must validate it again, and nothing can be booked or bought for the child until then.</source>
        <translation>Vous modifiez l&apos;identité de l&apos;enfant (nom, date de naissance, photo ou PAI) : chaque commune qui l&apos;a validé devra le valider à nouveau, et rien ne pourra être réservé ni acheté pour lui d&apos;ici là.</translation>
    </message>
    <message>
        <source>Validation again</source>
        <translation>Nouvelle validation</translation>
    </message>
    <message>
        <source>Add a beneficiary</source>
        <translation>Ajouter une filiation</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Supprimer la photo</translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation>Aucun fichier sélectionné.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save +</source>
        <translation>&amp;Enregistrer +</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>* &amp;Last name of the beneficiary</source>
        <translation>* N&amp;om du bénéficiaire</translation>
    </message>
    <message>
        <source>* &amp;First name of the beneficiary</source>
        <translation>* &amp;Prénom du bénéficiaire</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>Optional, in the form %1</source>
        <translation>Facultative, au format %1</translation>
    </message>
    <message>
        <source>&amp;Type of relationship</source>
        <translation>&amp;Type de filiation</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>Identity &amp;photo</source>
        <translation>Photo d&apos;&amp;identité</translation>
    </message>
    <message>
        <source>JPEG or PNG. The photo is cropped to the identity format (35 × 45 mm).</source>
        <translation>JPEG ou PNG. La photo est recadrée au format identité (35 × 45 mm).</translation>
    </message>
    <message>
        <source>Identity photo</source>
        <translation>Photo d&apos;identité</translation>
    </message>
    <message>
        <source>Additional &amp;information / PAI</source>
        <translation>In&amp;formations complémentaires / PAI</translation>
    </message>
    <message>
        <source>&amp;Group (optional)</source>
        <translation>&amp;Groupe (facultatif)</translation>
    </message>
    <message>
        <source>The child&apos;s group at school or at the leisure centre, if you were given one</source>
        <translation>Le groupe de l&apos;enfant à l&apos;école ou à l&apos;accueil de loisirs, si on vous l&apos;a indiqué</translation>
    </message>
    <message>
        <source>Clie&amp;nt (optional)</source>
        <translation>C&amp;lient (facultatif)</translation>
    </message>
    <message>
        <source>Your family&apos;s customer number, if it is on a town hall invoice</source>
        <translation>Votre numéro de client famille, s&apos;il figure sur une facture de la mairie</translation>
    </message>
    <message>
        <source>Save and add another beneficiary</source>
        <translation>Enregistrer et ajouter une autre filiation</translation>
    </message>
    <message>
        <source>* Required field</source>
        <translation>* Champ requis</translation>
    </message>
    <message>
        <source>— Choose —</source>
        <translation>— Choisir —</translation>
    </message>
    <message>
        <source>Choose the identity photo</source>
        <translation>Choisir la photo d&apos;identité</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Only JPEG and PNG images are accepted.</source>
        <translation>Seules les images JPEG et PNG sont acceptées.</translation>
    </message>
    <message>
        <source>Preview of the identity photo</source>
        <translation>Aperçu de la photo d&apos;identité</translation>
    </message>
    <message>
        <source>Photo on file</source>
        <translation>Photo enregistrée</translation>
    </message>
    <message>
        <source>%1 %2 has been saved. You can enter the next beneficiary.</source>
        <translation>%1 %2 a été enregistré(e). Vous pouvez saisir le bénéficiaire suivant.</translation>
    </message>
    <message>
        <source>the photo could not be read.</source>
        <translation>la photo n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The beneficiary is saved, but the photo could not be sent: %1</source>
        <translation>La filiation est enregistrée, mais la photo n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>citoyens::BeneficiaryRowProxy</name>
    <message>
        <source>Awaiting validation</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>To complete: %1</source>
        <translation>À compléter : %1</translation>
    </message>
    <message>
        <source>%1, born on %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>you are: %1</source>
        <translation>vous êtes : %1</translation>
    </message>
</context>
<context>
    <name>citoyens::DateField</name>
    <message>
        <source>In the form %1, for example 14/03/2019</source>
        <translation>Au format %1, par exemple 14/03/2019</translation>
    </message>
</context>
<context>
    <name>citoyens::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Missing &amp;documents</source>
        <translation>&amp;Pièces à compléter</translation>
    </message>
    <message>
        <source>A document is unreadable</source>
        <translation>Un justificatif est illisible</translation>
    </message>
    <message>
        <source>The proof of address is more than three months old</source>
        <translation>Le justificatif de domicile date de plus de trois mois</translation>
    </message>
    <message>
        <source>The documents do not match the declared details</source>
        <translation>Les justificatifs ne correspondent pas aux informations déclarées</translation>
    </message>
    <message>
        <source>The applicant does not live in the commune</source>
        <translation>Le demandeur ne réside pas dans la commune</translation>
    </message>
    <message>
        <source>This request is a duplicate</source>
        <translation>Cette demande est un doublon</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Raccourci : %1</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Choose a reason or type one</source>
        <translation>Choisissez un motif ou saisissez-le</translation>
    </message>
    <message>
        <source>Confirm the refusal</source>
        <translation>Confirmer le refus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reaso&amp;n for the refusal</source>
        <translation>&amp;Motif du refus</translation>
    </message>
    <message>
        <source>Document to complete</source>
        <translation>Document à compléter</translation>
    </message>
    <message>
        <source>Message to the citizen (optional)</source>
        <translation>Message au demandeur (facultatif)</translation>
    </message>
    <message>
        <source>For example: the page with the tax reference is missing</source>
        <translation>Par exemple : la page avec la référence fiscale manque</translation>
    </message>
    <message>
        <source>Ask for the document</source>
        <translation>Demander la pièce</translation>
    </message>
    <message>
        <source>Document to &amp;complete</source>
        <translation>&amp;Document à compléter</translation>
    </message>
    <message>
        <source>&amp;Message to the citizen (optional)</source>
        <translation>Me&amp;ssage au demandeur (facultatif)</translation>
    </message>
    <message>
        <source>Reason for the refusal: choose a reason or type one.</source>
        <translation>Motif du refus : choisissez un motif ou saisissez-le.</translation>
    </message>
    <message>
        <source>Document to complete: choose the document to ask for.</source>
        <translation>Document à compléter : choisissez la pièce à demander.</translation>
    </message>
</context>
<context>
    <name>citoyens::DecisionStatusLine</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Shortcut: %1 or %2</source>
        <translation>Raccourci : %1 ou %2</translation>
    </message>
</context>
<context>
    <name>citoyens::DesktopNotifier</name>
    <message>
        <source>%1 new notifications</source>
        <translation>%1 nouvelles notifications</translation>
    </message>
</context>
<context>
    <name>citoyens::DocumentBrowser</name>
    <message>
        <source>This request has no document.</source>
        <translation>Cette demande n&apos;a aucun document.</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documents de la demande</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Document suivant</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Document précédent</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, fichier %2</translation>
    </message>
</context>
<context>
    <name>citoyens::DocumentField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No file selected.</source>
        <translation>Aucun fichier sélectionné.</translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation>Choisir le fichier : %1</translation>
    </message>
    <message>
        <source>Remove the file: %1</source>
        <translation>Supprimer le fichier : %1</translation>
    </message>
    <message>
        <source>Chosen file: %1</source>
        <translation>Fichier choisi : %1</translation>
    </message>
    <message>
        <source>PDF, JPEG or PNG, 10 MB at most. You can also drop the file here.</source>
        <translation>PDF, JPEG ou PNG, 10 Mo au maximum. Vous pouvez aussi déposer le fichier ici.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file is larger than %1.</source>
        <translation>Le fichier dépasse %1.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choisissez un fichier.</translation>
    </message>
    <message>
        <source>This file cannot be found.</source>
        <translation>Ce fichier est introuvable.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>PDF document %1</source>
        <translation>Document PDF %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>citoyens::DocumentViewer</name>
    <message>
        <source>Document image</source>
        <translation>Image du document</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: the PDF is damaged or unreadable.</source>
        <translation>« %1 » ne peut pas être affiché : le PDF est endommagé ou illisible.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit to the view</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: the file cannot be read (%2).</source>
        <translation>« %1 » ne peut pas être affiché : le fichier ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>“%1” cannot be shown: the image is damaged or in a format this application does not read.</source>
        <translation>« %1 » ne peut pas être affiché : l&apos;image est endommagée ou dans un format que cette application ne lit pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown here: documents of this type (%2) are not supported. Only images and PDF files can be viewed.</source>
        <translation>« %1 » ne peut pas être affiché ici : les documents de ce type (%2) ne sont pas pris en charge. Seuls les images et les fichiers PDF peuvent être consultés.</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>PDF document %1</source>
        <translation>Document PDF %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 sur %2 · %3</translation>
    </message>
</context>
<context>
    <name>citoyens::ForcedPasswordChangePage</name>
    <message>
        <source>&amp;Change my password</source>
        <translation>C&amp;hanger mon mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Déconnexion</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>For security reasons, every user of the platform must now have a password that follows the rules below. Your password was created before these rules: choose a new one to continue. Your other sessions will be closed.</source>
        <translation>Par mesure de sécurité, tous les utilisateurs de la plateforme doivent désormais avoir un mot de passe qui respecte les règles ci-dessous. Votre mot de passe a été créé avant ces règles : choisissez-en un nouveau pour continuer. Vos autres sessions seront fermées.</translation>
    </message>
</context>
<context>
    <name>citoyens::ForgotPasswordPage</name>
    <message>
        <source>&amp;Send the code</source>
        <translation>Envo&amp;yer le code</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>Retour à la &amp;connexion</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account. If it has an account, you will receive a 6-digit code to choose a new password.</source>
        <translation>Saisissez l&apos;adresse e-mail de votre compte. Si elle correspond à un compte, vous recevrez un code à 6 chiffres pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
</context>
<context>
    <name>citoyens::FormErrors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The password does not follow all the rules listed below.</source>
        <translation>Le mot de passe ne respecte pas toutes les règles ci-dessous.</translation>
    </message>
</context>
<context>
    <name>citoyens::HomePage</name>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Welcome to the desk of %1. From here you serve the citizens who come to the town hall: find them, create their account, act on their behalf.</source>
        <translation>Bienvenue au guichet de %1. Vous y servez les usagers qui viennent en mairie : les retrouver, créer leur compte, agir pour eux.</translation>
    </message>
    <message>
        <source>Welcome to the desk.</source>
        <translation>Bienvenue au guichet.</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Welcome to your home page. You can manage your personal information and your orders here.</source>
        <translation>Bienvenue sur votre page d&apos;accueil. Vous pouvez y gérer vos informations personnelles ainsi que vos commandes.</translation>
    </message>
    <message>
        <source>Please remember to add your supporting documents &gt;</source>
        <translation>Merci de penser à mettre vos pièces justificatives &gt;</translation>
    </message>
    <message>
        <source>Please remember to add your supporting documents: open My services</source>
        <translation>Merci de penser à mettre vos pièces justificatives : ouvrir Mes services</translation>
    </message>
    <message>
        <source>Your account has now been created.</source>
        <translation>Votre compte est maintenant créé.</translation>
    </message>
    <message>
        <source>Hello %1 %2</source>
        <translation>Bonjour %1 %2</translation>
    </message>
</context>
<context>
    <name>citoyens::InactivityWarningDialog</name>
    <message>
        <source>&amp;Stay signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>For your security, you will be automatically signed out after 2 hours of inactivity. What you have typed will be kept until you sign in again.</source>
        <translation>Pour votre sécurité, vous serez automatiquement déconnecté(e) au bout de 2 heures d&apos;inactivité. Ce que vous avez saisi sera conservé jusqu&apos;à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>Time left before sign-out</source>
        <translation>Temps restant avant la déconnexion</translation>
    </message>
    <message>
        <source>You will be signed out in %1.</source>
        <translation>Vous serez déconnecté(e) dans %1.</translation>
    </message>
</context>
<context>
    <name>citoyens::SupportingDocumentsPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes Services</translation>
    </message>
    <message>
        <source>Attach your supporting documents and fill in the information requested, then &quot;Validate&quot;.</source>
        <translation>Joignez vos justificatifs et renseignez les informations demandées, puis cliquez sur « Valider ».</translation>
    </message>
    <message>
        <source>In whole euros, e.g. 23 500</source>
        <translation>En euros entiers, par ex. 23 500</translation>
    </message>
    <message>
        <source>&amp;Reference tax income (€)</source>
        <translation>&amp;Revenu fiscal de référence (€)</translation>
    </message>
    <message>
        <source>Annual income after deductions, reductions and various charges (line 25 of the tax notice).</source>
        <translation>Revenus annuels après déductions, réductions et imputations diverses (ligne 25 de l&apos;avis d&apos;imposition).</translation>
    </message>
    <message>
        <source>&amp;Number of tax shares</source>
        <translation>&amp;Nombre de parts fiscales</translation>
    </message>
    <message>
        <source>Shares shown on the tax notice according to the number of children or dependants.</source>
        <translation>Parts qui figurent sur l&apos;avis d&apos;imposition selon le nombre d&apos;enfants ou de personnes à charge.</translation>
    </message>
    <message>
        <source>Quotient familial</source>
        <translation>Quotient familial</translation>
    </message>
    <message>
        <source>Reference tax income</source>
        <translation>Revenu fiscal de référence</translation>
    </message>
    <message>
        <source>Number of tax shares</source>
        <translation>Nombre de parts fiscales</translation>
    </message>
    <message>
        <source>Sending the documents</source>
        <translation>Envoi des justificatifs</translation>
    </message>
    <message>
        <source>Back to the list of services</source>
        <translation>Retour à la liste des services</translation>
    </message>
    <message>
        <source>Cancel the sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Validate the request</source>
        <translation>Valider la demande</translation>
    </message>
    <message>
        <source>The quotient familial and its bracket appear here once the income and the number of shares are filled in.</source>
        <translation>Le quotient familial et sa tranche s&apos;affichent ici une fois le revenu et le nombre de parts renseignés.</translation>
    </message>
    <message>
        <source>Quotient familial: %1 € — bracket &quot;%2&quot;</source>
        <translation>Quotient familial : %1 € — tranche « %2 »</translation>
    </message>
    <message>
        <source>Quotient familial: %1 €</source>
        <translation>Quotient familial : %1 €</translation>
    </message>
    <message>
        <source>Another request is being sent. Try again in a moment.</source>
        <translation>Une autre demande est en cours d&apos;envoi. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Sending was cancelled. Everything you entered is still here: press &quot;Validate&quot; to try again.</source>
        <translation>L&apos;envoi a été annulé. Tout ce que vous avez saisi est conservé : appuyez sur « Valider » pour réessayer.</translation>
    </message>
    <message>
        <source>Get my &amp;quotient from the CAF / MSA</source>
        <translation>Récupérer mon &amp;quotient auprès de la CAF / MSA</translation>
    </message>
    <message>
        <source>Attach a document &amp;instead</source>
        <translation>Joindre plutôt un justificati&amp;f</translation>
    </message>
    <message>
        <source>Get my quotient from the CAF / MSA</source>
        <translation>Récupérer mon quotient auprès de la CAF / MSA</translation>
    </message>
    <message>
        <source>Instead of the document, the income and the parts: the commune asks the CAF or the MSA.</source>
        <translation>À la place du justificatif, du revenu et des parts : la commune interroge la CAF ou la MSA.</translation>
    </message>
    <message>
        <source>Family quotient from the CAF / MSA</source>
        <translation>Quotient familial de la CAF / MSA</translation>
    </message>
    <message>
        <source>Attach a document instead</source>
        <translation>Joindre plutôt un justificatif</translation>
    </message>
    <message>
        <source>%1 — bracket &quot;%2&quot;</source>
        <translation>%1 — tranche « %2 »</translation>
    </message>
    <message>
        <source>The income statement, the income and the parts are no longer asked.</source>
        <translation>L&apos;attestation de revenus, le revenu fiscal et les parts ne sont plus demandés.</translation>
    </message>
    <message>
        <source>Or, with no document and no income to type in:</source>
        <translation>Ou, sans justificatif ni revenu à saisir :</translation>
    </message>
</context>
<context>
    <name>citoyens::KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1). The session will not be kept after the application closes.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). La session ne sera pas conservée après la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused. The session will not be kept after the application closes.</source>
        <translation>L&apos;accès au trousseau du système a été refusé. La session ne sera pas conservée après la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1).</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé (%1).</translation>
    </message>
</context>
<context>
    <name>citoyens::LegalTextDialog</name>
    <message>
        <source>Terms of use</source>
        <translation>Conditions générales d&apos;utilisation</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>citoyens::MainWindow</name>
    <message>
        <source>Citoyens — Communauté d&apos;Agglomération du Puy-en-Velay</source>
        <translation>Citoyens — Communauté d&apos;Agglomération du Puy-en-Velay</translation>
    </message>
    <message>
        <source>Reconnecting to your account…</source>
        <translation>Reconnexion à votre compte…</translation>
    </message>
    <message>
        <source>You were signed out after 2 hours of inactivity. Sign in again to continue where you left off: what you were typing has been kept.</source>
        <translation>Vous avez été déconnecté(e) au bout de 2 heures d&apos;inactivité. Reconnectez-vous pour reprendre là où vous en étiez : ce que vous étiez en train de saisir a été conservé.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Vous êtes déconnecté(e).</translation>
    </message>
</context>
<context>
    <name>citoyens::NoSecretStore</name>
    <message>
        <source>No system keychain is available on this computer. The session will not be kept after the application closes.</source>
        <translation>Aucun trousseau du système n&apos;est disponible sur cet ordinateur. La session ne sera pas conservée après la fermeture de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>citoyens::NotificationBanner</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Voir</translation>
    </message>
    <message>
        <source>New notification</source>
        <translation>Nouvelle notification</translation>
    </message>
    <message>
        <source>View my notifications</source>
        <translation>Voir mes notifications</translation>
    </message>
    <message>
        <source>Close the announcement</source>
        <translation>Fermer l&apos;annonce</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>citoyens::NotificationRowProxy</name>
    <message>
        <source>Unread: %1</source>
        <translation>Non lue : %1</translation>
    </message>
</context>
<context>
    <name>citoyens::NotificationsPage</name>
    <message>
        <source>You have no notification.</source>
        <translation>Vous n&apos;avez aucune notification.</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marquer comme lue</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>My notifications</source>
        <translation>Mes notifications</translation>
    </message>
    <message>
        <source>Mark the selected notification as read</source>
        <translation>Marquer la notification sélectionnée comme lue</translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>MY ACCOUNT</source>
        <translation>MON COMPTE</translation>
    </message>
    <message>
        <source>DESK</source>
        <translation>GUICHET</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>My personal information</source>
        <translation>Mes informations personnelles</translation>
    </message>
    <message>
        <source>My beneficiaries</source>
        <translation>Mes filiations</translation>
    </message>
    <message>
        <source>My notifications</source>
        <translation>Mes notifications</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Nouvel usager</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>Mon porte-monnaie</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>Mes réservations</translation>
    </message>
</context>
<context>
    <name>citoyens::PasswordChangeForm</name>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>* C&amp;urrent password</source>
        <translation>* Mot de passe act&amp;uel</translation>
    </message>
    <message>
        <source>* &amp;New password</source>
        <translation>* Nou&amp;veau mot de passe</translation>
    </message>
</context>
<context>
    <name>citoyens::PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
</context>
<context>
    <name>citoyens::PasswordRulesWidget</name>
    <message>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Longueur minimale de %n caractère</numerusform>
            <numerusform>Longueur minimale de %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>At least 1 digit and 1 letter</source>
        <translation>Contient à minima 1 chiffre et 1 lettre</translation>
    </message>
    <message>
        <source>At least 1 upper-case and 1 lower-case letter</source>
        <translation>Contient à minima 1 majuscule et 1 minuscule</translation>
    </message>
    <message>
        <source>At least 1 special character</source>
        <translation>Contient à minima 1 caractère spécial</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1 : respecté</translation>
    </message>
    <message>
        <source>%1: not met yet</source>
        <translation>%1 : pas encore respecté</translation>
    </message>
</context>
<context>
    <name>citoyens::PersonalDetailsForm</name>
    <message>
        <source>Mr</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Subscribe to the &amp;newsletter</source>
        <translation>S&apos;inscrire à la &amp;newsletter</translation>
    </message>
    <message>
        <source>I am a &amp;company</source>
        <translation>Je suis une &amp;société</translation>
    </message>
    <message>
        <source>Civility: Mr</source>
        <translation>Civilité : M</translation>
    </message>
    <message>
        <source>Civility: Ms</source>
        <translation>Civilité : Mme</translation>
    </message>
    <message>
        <source>* Ci&amp;vility</source>
        <translation>* &amp;Civilité</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>* &amp;First name</source>
        <translation>* &amp;Prénom</translation>
    </message>
    <message>
        <source>* &amp;Last name</source>
        <translation>* N&amp;om</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>* &amp;Password</source>
        <translation>* &amp;Mot de passe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Optional, in the form %1</source>
        <translation>Facultative, au format %1</translation>
    </message>
    <message>
        <source>Date of bir&amp;th</source>
        <translation>Da&amp;te de naissance</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>SIRET number</source>
        <translation>Numéro SIRET</translation>
    </message>
    <message>
        <source>* Company na&amp;me</source>
        <translation>* R&amp;aison sociale</translation>
    </message>
    <message>
        <source>S&amp;IRET number</source>
        <translation>Numéro S&amp;IRET</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
</context>
<context>
    <name>citoyens::ProfilePage</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Change my password</source>
        <translation>C&amp;hanger mon mot de passe</translation>
    </message>
    <message>
        <source>My personal information</source>
        <translation>Mes informations personnelles</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Edit my personal information</source>
        <translation>Modifier mes informations personnelles</translation>
    </message>
    <message>
        <source>* Required field</source>
        <translation>* Champ requis</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your information has been saved.</source>
        <translation>Vos informations ont été enregistrées.</translation>
    </message>
    <message>
        <source>Your password has been changed. Your other sessions have been closed.</source>
        <translation>Votre mot de passe a été modifié. Vos autres sessions ont été fermées.</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Inscrit(e)</translation>
    </message>
    <message>
        <source>Not subscribed</source>
        <translation>Non inscrit(e)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (SIRET %2)</source>
        <translation>%1 (SIRET %2)</translation>
    </message>
</context>
<context>
    <name>citoyens::RegisterDetailsPage</name>
    <message>
        <source>I accept the terms of &amp;use and the privacy policy.</source>
        <translation>J&apos;accepte les conditions générales d&apos;&amp;utilisation et la politique de confidentialité.</translation>
    </message>
    <message>
        <source>&amp;Save &gt;</source>
        <translation>&amp;Enregistrer &gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Your personal information</source>
        <translation>Vos informations personnelles</translation>
    </message>
    <message>
        <source>* Required field</source>
        <translation>* Champ requis</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>Conditions générales</translation>
    </message>
    <message>
        <source>Email address: %1</source>
        <translation>Adresse e-mail : %1</translation>
    </message>
    <message>
        <source>Read the terms of use</source>
        <translation>Lire les conditions générales d&apos;utilisation</translation>
    </message>
    <message>
        <source>Read the privacy policy</source>
        <translation>Lire la politique de confidentialité</translation>
    </message>
</context>
<context>
    <name>citoyens::RegisterEmailPage</name>
    <message>
        <source>Create an &amp;account</source>
        <translation>C&amp;réer un compte</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>Retour à la &amp;connexion</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Créez votre compte</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>Enter your e-mail address and click “%1”.</source>
        <translation>Renseignez votre adresse e-mail et cliquez sur « %1 ».</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Create an account only if you have never had one on the Citoyens platform. If you already have one, go back to sign in (“%1” is there if you no longer know your password).</source>
        <translation>Créez un compte uniquement si vous n&apos;en avez jamais eu sur la plateforme Citoyens. Si vous en avez déjà un, revenez à la connexion (« %1 » s&apos;y trouve si vous ne connaissez plus votre mot de passe).</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
</context>
<context>
    <name>citoyens::ResetPasswordPage</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Change the password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Back to sign-in</source>
        <translation>Retour à la &amp;connexion</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>* &amp;Code received by e-mail</source>
        <translation>* Co&amp;de reçu par e-mail</translation>
    </message>
    <message>
        <source>* &amp;New password</source>
        <translation>* &amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>If %1 has an account, a 6-digit code has just been sent to it. It is valid for 30 minutes.</source>
        <translation>Si %1 correspond à un compte, un code à 6 chiffres vient d&apos;y être envoyé. Il est valable 30 minutes.</translation>
    </message>
</context>
<context>
    <name>citoyens::ServicesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Refresh my requests</source>
        <translation>Actualiser mes demandes</translation>
    </message>
    <message>
        <source>Your requests could not be refreshed: %1 They are shown as last saved on this computer.</source>
        <translation>Vos demandes n&apos;ont pas pu être actualisées : %1 Elles sont affichées telles qu&apos;enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You have not asked for any service yet.</source>
        <translation>Vous n&apos;avez encore demandé aucun service.</translation>
    </message>
    <message>
        <source>&amp;Add a service</source>
        <translation>&amp;Ajouter un service</translation>
    </message>
    <message>
        <source>&amp;Withdraw the request</source>
        <translation>&amp;Retirer la demande</translation>
    </message>
    <message>
        <source>Missing document</source>
        <translation>Justificatif manquant</translation>
    </message>
    <message>
        <source>Send the &amp;document</source>
        <translation>Envoyer le &amp;justificatif</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes Services</translation>
    </message>
    <message>
        <source>My service requests</source>
        <translation>Mes demandes de services</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ajouter un service</translation>
    </message>
    <message>
        <source>Withdraw the selected request</source>
        <translation>Retirer la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Which document</source>
        <translation>Justificatif à &amp;fournir</translation>
    </message>
    <message>
        <source>Send the missing document</source>
        <translation>Envoyer le justificatif manquant</translation>
    </message>
    <message>
        <source>Once your registration requests are made, remember to enter your beneficiaries by clicking here &gt;</source>
        <translation>Une fois vos demandes d&apos;inscription effectuées, n&apos;oubliez pas de saisir vos filiations en cliquant ici &gt;</translation>
    </message>
    <message>
        <source>Your request has been withdrawn.</source>
        <translation>Votre demande a été retirée.</translation>
    </message>
    <message>
        <source>The document has been sent: your request is pending again.</source>
        <translation>Le justificatif a été envoyé : votre demande est de nouveau en attente.</translation>
    </message>
    <message>
        <source>The town hall asks for a document to complete this request.</source>
        <translation>La mairie réclame un justificatif pour compléter cette demande.</translation>
    </message>
    <message>
        <source>The town hall asks for a document to complete this request: %1</source>
        <translation>La mairie réclame un justificatif pour compléter cette demande : %1</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirer la demande</translation>
    </message>
    <message>
        <source>Withdraw your request &quot;%1&quot;? The town hall will no longer examine it.</source>
        <translation>Retirer votre demande « %1 » ? La mairie ne l&apos;examinera plus.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Another request is being sent. Try again in a moment.</source>
        <translation>Une autre demande est en cours d&apos;envoi. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Your request has been sent. The town hall will examine it.</source>
        <translation>Votre demande a été envoyée. La mairie va l&apos;examiner.</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>Ac&amp;heter</translation>
    </message>
    <message>
        <source>Buy with the selected approved request</source>
        <translation>Acheter avec la demande validée sélectionnée</translation>
    </message>
    <message>
        <source>Your order %1 is paid: %2. It is listed in &quot;My orders&quot;.</source>
        <translation>Votre commande %1 est payée : %2. Elle figure dans « Mes commandes ».</translation>
    </message>
</context>
<context>
    <name>citoyens::SidebarModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n élément non lu</numerusform>
            <numerusform>%1, %n éléments non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::SignInPage</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember me</source>
        <translation>&amp;Se souvenir de moi</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Mot de passe &amp;oublié ?</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Create an &amp;account</source>
        <translation>C&amp;réer un compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Already registered?</source>
        <translation>Déjà inscrit ?</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>Adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Keeps you signed in on this computer, using the system&apos;s keychain.</source>
        <translation>Vous garde connecté(e) sur cet ordinateur, grâce au trousseau du système.</translation>
    </message>
    <message>
        <source>New to the Citoyens platform?</source>
        <translation>Nouveau sur la plateforme Citoyens ?</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Security notice</source>
        <translation>Avis de sécurité</translation>
    </message>
    <message>
        <source>For security reasons, every user of citoyens.agglo-lepuyenvelay.fr must change their password:</source>
        <translation>Par mesure de sécurité, tous les utilisateurs de citoyens.agglo-lepuyenvelay.fr doivent changer leur mot de passe :</translation>
    </message>
    <message>
        <source>You can update it by clicking “%1”.</source>
        <translation>La mise à jour peut s&apos;effectuer en cliquant sur « %1 ».</translation>
    </message>
    <message>
        <source>In addition, and for your security, you will be automatically signed out after 2 hours of inactivity on your part.</source>
        <translation>En complément et pour votre sécurité, vous serez automatiquement déconnecté(e) au bout de 2 heures d&apos;inactivité de votre part.</translation>
    </message>
    <message>
        <source>The Communauté d&apos;Agglomération du Puy-en-Velay</source>
        <translation>La Communauté d&apos;Agglomération du Puy-en-Velay</translation>
    </message>
</context>
<context>
    <name>citoyens::SubscriptionCommands</name>
    <message>
        <source>Another request is being sent. Try again in a moment.</source>
        <translation>Une autre demande est en cours d&apos;envoi. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>citoyens::SubscriptionTableModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Documents to complete</source>
        <translation>Pièces à compléter</translation>
    </message>
    <message>
        <source>Documents to complete: %1</source>
        <translation>Pièces à compléter : %1</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nom du Service</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>citoyens::VerifyCodePage</name>
    <message>
        <source>&amp;Remember me</source>
        <translation>&amp;Se souvenir de moi</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Send a &amp;new code</source>
        <translation>Renvoyer un &amp;nouveau code</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation>Confirmez votre adresse e-mail</translation>
    </message>
    <message>
        <source>* &amp;Code received by e-mail</source>
        <translation>* Co&amp;de reçu par e-mail</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>If %1 does not have an account yet, we have just sent it a 6-digit code. Enter it below to create your account. The code is valid for 30 minutes. If the address already has an account, you will receive a message saying so instead.</source>
        <translation>Si %1 n&apos;a pas encore de compte, nous venons d&apos;y envoyer un code à 6 chiffres. Saisissez-le ci-dessous pour créer votre compte. Le code est valable 30 minutes. Si l&apos;adresse a déjà un compte, vous recevrez à la place un message qui vous l&apos;indique.</translation>
    </message>
    <message>
        <source>A new code has been sent to %1.</source>
        <translation>Un nouveau code a été envoyé à %1.</translation>
    </message>
</context>
<context>
    <name>citoyens::AssistedSessionWidget</name>
    <message>
        <source>End the assistance  (%1)</source>
        <translation>Terminer l&apos;assistance  (%1)</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Raccourci : %1</translation>
    </message>
    <message>
        <source>What you typed or attached for %1 has not been sent and will be lost. End the assistance anyway?</source>
        <translation>Ce que vous avez saisi ou joint pour %1 n&apos;a pas été envoyé et sera perdu. Terminer l&apos;assistance quand même ?</translation>
    </message>
    <message>
        <source>Keep the assistance open</source>
        <translation>Garder l&apos;assistance ouverte</translation>
    </message>
    <message>
        <source>CITIZEN&apos;S ACCOUNT</source>
        <translation>COMPTE DE L&apos;USAGER</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>Assisted session</source>
        <translation>Session assistée</translation>
    </message>
    <message>
        <source>You are acting for %1</source>
        <translation>Vous agissez pour %1</translation>
    </message>
    <message>
        <source>End the assistance</source>
        <translation>Terminer l&apos;assistance</translation>
    </message>
    <message>
        <source>Document field for the scan</source>
        <translation>Pièce à laquelle joindre le document numérisé</translation>
    </message>
    <message>
        <source>Attach the scanned document</source>
        <translation>Joindre le document numérisé</translation>
    </message>
    <message>
        <source>New document from the scanner: %1</source>
        <translation>Nouveau document du scanner : %1</translation>
    </message>
    <message>
        <source>New document from the scanner: %1. Open a request&apos;s documents to attach it.</source>
        <translation>Nouveau document du scanner : %1. Ouvrez les pièces d&apos;une demande pour le joindre.</translation>
    </message>
</context>
<context>
    <name>citoyens::CitizenRecordView</name>
    <message>
        <source>← &amp;Back to the search</source>
        <translation>← &amp;Retour à la recherche</translation>
    </message>
    <message>
        <source>&amp;Open an assisted session</source>
        <translation>&amp;Ouvrir une session assistée</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Citizen&apos;s record</source>
        <translation>Fiche de l&apos;usager</translation>
    </message>
    <message>
        <source>Back to the search</source>
        <translation>Retour à la recherche</translation>
    </message>
    <message>
        <source>&amp;Beneficiaries</source>
        <translation>&amp;Bénéficiaires</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>&amp;Requests in your communes</source>
        <translation>&amp;Demandes dans vos communes</translation>
    </message>
    <message>
        <source>Requests in your communes</source>
        <translation>Demandes dans vos communes</translation>
    </message>
    <message>
        <source>Open an assisted session</source>
        <translation>Ouvrir une session assistée</translation>
    </message>
    <message>
        <source>Code read out by the citizen</source>
        <translation>Code lu par l&apos;usager</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Code read out by the &amp;citizen</source>
        <translation>Code lu par l&apos;&amp;usager</translation>
    </message>
    <message>
        <source>Loading the record…</source>
        <translation>Chargement de la fiche…</translation>
    </message>
    <message>
        <source>Born on %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Account activated</source>
        <translation>Compte activé</translation>
    </message>
    <message>
        <source>Account not activated yet</source>
        <translation>Compte pas encore activé</translation>
    </message>
    <message>
        <source>No beneficiary</source>
        <translation>Aucun bénéficiaire</translation>
    </message>
    <message>
        <source>No request in your communes</source>
        <translation>Aucune demande dans vos communes</translation>
    </message>
    <message>
        <source>A code was sent to the citizen&apos;s e-mail address. Ask them to read it out to you.</source>
        <translation>Un code a été envoyé à l&apos;adresse e-mail de l&apos;usager. Demandez-lui de vous le lire.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>&amp;Get the CAF / MSA quotient</source>
        <translation>Récupérer le &amp;quotient CAF / MSA</translation>
    </message>
    <message>
        <source>Get the CAF / MSA quotient</source>
        <translation>Récupérer le quotient CAF / MSA</translation>
    </message>
    <message>
        <source>With the citizen&apos;s consent, given at the desk.</source>
        <translation>Avec le consentement de l&apos;usager, donné au guichet.</translation>
    </message>
    <message>
        <source>Family quotient of %1</source>
        <translation>Quotient familial de %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1, obtained with the citizen&apos;s consent.</source>
        <translation>%1, obtenu avec le consentement de l&apos;usager.</translation>
    </message>
</context>
<context>
    <name>citoyens::CitizensPage</name>
    <message>
        <source>Citizens</source>
        <translation>Usagers</translation>
    </message>
    <message>
        <source>&amp;Search by name, e-mail, birth date or a beneficiary&apos;s name</source>
        <translation>&amp;Rechercher par nom, e-mail, date de naissance ou nom d&apos;un bénéficiaire</translation>
    </message>
    <message>
        <source>Search a citizen</source>
        <translation>Rechercher un usager</translation>
    </message>
    <message>
        <source>Dupont, marie@…, 14/03/1985</source>
        <translation>Dupont, marie@…, 14/03/1985</translation>
    </message>
    <message>
        <source>Citizens found</source>
        <translation>Usagers trouvés</translation>
    </message>
    <message>
        <source>Type at least 2 characters.</source>
        <translation>Saisissez au moins 2 caractères.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No citizen found.</source>
        <translation>Aucun usager trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) found.</source>
        <translation>
            <numerusform>%n usager trouvé.</numerusform>
            <numerusform>%n usagers trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::AssistedSession</name>
    <message>
        <source>The desk session is locked. Enter your password to continue.</source>
        <translation>La session du guichet est verrouillée. Saisissez votre mot de passe pour continuer.</translation>
    </message>
</context>
<context>
    <name>citoyens::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Change user</source>
        <translation>&amp;Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Locked desk</source>
        <translation>Guichet verrouillé</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Le guichet est verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Change user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Session de %1. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>citoyens::NewCitizenPage</name>
    <message>
        <source>Save the activation sheet</source>
        <translation>Enregistrer la fiche d&apos;activation</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Send the code by &amp;e-mail</source>
        <translation>Envoyer le code par &amp;e-mail</translation>
    </message>
    <message>
        <source>&amp;Print an activation sheet</source>
        <translation>&amp;Imprimer une fiche d&apos;activation</translation>
    </message>
    <message>
        <source>&amp;Open an assisted session</source>
        <translation>&amp;Ouvrir une session assistée</translation>
    </message>
    <message>
        <source>&amp;New citizen</source>
        <translation>No&amp;uvel usager</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Nouvel usager</translation>
    </message>
    <message>
        <source>Create the account with the citizen. They receive an activation code and choose their password themselves: nobody at the desk sees it.</source>
        <translation>Créez le compte avec l&apos;usager. Il reçoit un code d&apos;activation et choisit lui-même son mot de passe : personne au guichet ne le voit.</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>&amp;Civility</source>
        <translation>&amp;Civilité</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Da&amp;te de naissance</translation>
    </message>
    <message>
        <source>E-&amp;mail address</source>
        <translation>Adresse e-&amp;mail</translation>
    </message>
    <message>
        <source>Send the code by e-mail</source>
        <translation>Envoyer le code par e-mail</translation>
    </message>
    <message>
        <source>Print an activation sheet</source>
        <translation>Imprimer une fiche d&apos;activation</translation>
    </message>
    <message>
        <source>Open an assisted session</source>
        <translation>Ouvrir une session assistée</translation>
    </message>
    <message>
        <source>The account of %1 is created. The activation sheet is saved in %2: hand it to the citizen.</source>
        <translation>Le compte de %1 est créé. La fiche d&apos;activation est enregistrée dans %2 : remettez-la à l&apos;usager.</translation>
    </message>
    <message>
        <source>The account of %1 is created, but the activation sheet was not saved. Print it again: the code is given only once.</source>
        <translation>Le compte de %1 est créé, mais la fiche d&apos;activation n&apos;a pas été enregistrée. Imprimez-la de nouveau : le code n&apos;est donné qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The account of %1 is created. The activation code was sent to %2.</source>
        <translation>Le compte de %1 est créé. Le code d&apos;activation a été envoyé à %2.</translation>
    </message>
    <message>
        <source>activation-%1.pdf</source>
        <translation>activation-%1.pdf</translation>
    </message>
    <message>
        <source>The account of %1 is created. The activation sheet went to %2: hand it to the citizen.</source>
        <translation>Le compte de %1 est créé. La fiche d&apos;activation est partie vers %2 : remettez-la à l&apos;usager.</translation>
    </message>
    <message>
        <source>The account of %1 is created, but the activation sheet was not printed. Print it again: the code is given only once.</source>
        <translation>Le compte de %1 est créé, mais la fiche d&apos;activation n&apos;a pas été imprimée. Imprimez-la de nouveau : le code n&apos;est donné qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Activation sheet</source>
        <translation>Fiche d&apos;activation</translation>
    </message>
    <message>
        <source>Print the activation sheet</source>
        <translation>Imprimer la fiche d&apos;activation</translation>
    </message>
</context>
<context>
    <name>citoyens::QueueCommands</name>
    <message>
        <source>This request has already been handled by another agent.</source>
        <translation>Cette demande a déjà été traitée par un autre agent.</translation>
    </message>
</context>
<context>
    <name>citoyens::QueuePage</name>
    <message>
        <source>Decision undone: the request from %1 is waiting again.</source>
        <translation>Décision annulée : la demande de %1 est de nouveau en attente.</translation>
    </message>
    <message>
        <source>Request from %1: %2</source>
        <translation>Demande de %1 : %2</translation>
    </message>
    <message>
        <source>The decision on the request from %1 was not sent.</source>
        <translation>La décision sur la demande de %1 n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Beneficiary %1 approved</source>
        <translation>Filiation de %1 validée</translation>
    </message>
    <message>
        <source>Beneficiary %1 rejected</source>
        <translation>Filiation de %1 refusée</translation>
    </message>
    <message>
        <source>Beneficiary %1: document asked for</source>
        <translation>Filiation de %1 : pièce demandée</translation>
    </message>
    <message>
        <source>Request from %1 approved</source>
        <translation>Demande de %1 validée</translation>
    </message>
    <message>
        <source>Request from %1 rejected</source>
        <translation>Demande de %1 refusée</translation>
    </message>
    <message>
        <source>Request from %1: document asked for</source>
        <translation>Demande de %1 : pièce demandée</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>No request is waiting for a decision.</source>
        <translation>Aucune demande n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Requests and beneficiaries</source>
        <translation>Demandes et filiations</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Filiations</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Actualiser la file d&apos;attente</translation>
    </message>
    <message>
        <source>Requests waiting for a decision</source>
        <translation>Demandes en attente de décision</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>The queue could not be refreshed: %1</source>
        <translation>La file d&apos;attente n&apos;a pas pu être actualisée : %1</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beneficiary(ies)</source>
        <translation>
            <numerusform>%n filiation</numerusform>
            <numerusform>%n filiations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::QueueTableModel</name>
    <message>
        <source>Request (documents to complete)</source>
        <translation>Demande (pièces à compléter)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Usager</translation>
    </message>
    <message>
        <source>Service or beneficiary</source>
        <translation>Service ou filiation</translation>
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
        <translation>dddd d MMMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Pièces de la demande</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Request from %1</source>
        <translation>Demande de %1</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Usager</translation>
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
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Declared income</source>
        <translation>Revenu fiscal de référence</translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>Tax parts</source>
        <translation>Nombre de parts fiscales</translation>
    </message>
    <message>
        <source>Family quotient</source>
        <translation>Quotient familial</translation>
    </message>
    <message>
        <source>Bracket</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Beneficiary %1</source>
        <translation>Filiation : %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>PAI</source>
        <translation>PAI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A document could not be downloaded: %1</source>
        <translation>Une pièce n&apos;a pas pu être téléchargée : %1</translation>
    </message>
    <message>
        <source>The photo could not be shown.</source>
        <translation>La photo ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Document to complete: %1</source>
        <translation>Pièce à compléter : %1</translation>
    </message>
    <message>
        <source>%1, obtained on %2</source>
        <translation>%1, obtenu le %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>citoyens::WorkstationPage</name>
    <message>
        <source>Scanner folder</source>
        <translation>Dossier du scanner</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>&amp;No scanner</source>
        <translation>&amp;Pas de scanner</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>The folder where this desk&apos;s scanner saves what it scans. During an assisted session, each new file there is offered as the document to attach.</source>
        <translation>Le dossier où le scanner de ce poste enregistre ce qu&apos;il numérise. Pendant une session assistée, chaque nouveau fichier qui y arrive est proposé comme pièce à joindre.</translation>
    </message>
    <message>
        <source>No scanner folder: documents are chosen one by one.</source>
        <translation>Pas de dossier de scanner : les pièces sont choisies une à une.</translation>
    </message>
    <message>
        <source>Scanner folder: %1</source>
        <translation>Dossier du scanner : %1</translation>
    </message>
</context>
<context>
    <name>citoyens::WalkInCommands</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue (%1).</translation>
    </message>
</context>
<context>
    <name>FrenchDate</name>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>The expected date format in a hint and in an error: day/month/year, with the letters of the French words.</extracomment>
        <translation>jj/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>BookingDay</name>
    <message>
        <source>The service does not run on this day of the week.</source>
        <translation>Pas de service ce jour de la semaine.</translation>
    </message>
    <message>
        <source>Closed: %1.</source>
        <translation>Fermé : %1.</translation>
    </message>
    <message>
        <source>Closed during the school holidays (%1).</source>
        <translation>Fermé pendant les vacances scolaires (%1).</translation>
    </message>
    <message>
        <source>Open during the school holidays only.</source>
        <translation>Ouvert pendant les vacances scolaires uniquement.</translation>
    </message>
    <message>
        <source>The school calendar for this day is not published yet.</source>
        <translation>Le calendrier scolaire de ce jour n&apos;est pas encore publié.</translation>
    </message>
    <message>
        <source>Not open for booking yet.</source>
        <translation>Pas encore ouvert à la réservation.</translation>
    </message>
    <message>
        <source>This day is over.</source>
        <translation>Ce jour est passé.</translation>
    </message>
    <message>
        <source>Can be booked.</source>
        <translation>Réservable.</translation>
    </message>
    <message>
        <source>Late booking, with a surcharge of %1.</source>
        <translation>Réservation tardive, avec un supplément de %1.</translation>
    </message>
    <message>
        <source>Full.</source>
        <translation>Complet.</translation>
    </message>
    <message>
        <source>Full; places are left on the waiting list.</source>
        <translation>Complet ; il reste des places en liste d&apos;attente.</translation>
    </message>
    <message>
        <source>The booking deadline has passed.</source>
        <translation>La date limite de réservation est passée.</translation>
    </message>
    <message>
        <source>Already booked for this child.</source>
        <translation>Déjà réservé pour cet enfant.</translation>
    </message>
    <message>
        <source>Already on the waiting list for this child.</source>
        <translation>Déjà en liste d&apos;attente pour cet enfant.</translation>
    </message>
    <message>
        <source>On the waiting list; can still be withdrawn.</source>
        <translation>En liste d&apos;attente ; retrait encore possible.</translation>
    </message>
    <message>
        <source>Booked; can still be cancelled.</source>
        <translation>Réservé ; encore annulable.</translation>
    </message>
    <message>
        <source>On the waiting list; can no longer be withdrawn.</source>
        <translation>En liste d&apos;attente ; retrait plus possible.</translation>
    </message>
    <message>
        <source>Booked; can no longer be cancelled.</source>
        <translation>Réservé ; plus annulable.</translation>
    </message>
</context>
<context>
    <name>BookingRule</name>
    <message>
        <source>%1:00</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>the same day before %1</source>
        <translation>le jour même avant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) ahead, before %1</source>
        <translation>
            <numerusform>%n jour ouvré à l&apos;avance, avant %1</numerusform>
            <numerusform>%n jours ouvrés à l&apos;avance, avant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous day before %1</source>
        <translation>la veille avant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ahead, before %1</source>
        <translation>
            <numerusform>%n jour à l&apos;avance, avant %1</numerusform>
            <numerusform>%n jours à l&apos;avance, avant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the previous %1 before %2</source>
        <translation>le %1 précédent avant %2</translation>
    </message>
    <message>
        <source>%1 of the previous week, before %2</source>
        <translation>le %1 de la semaine précédente, avant %2</translation>
    </message>
    <message>
        <source>%1 of week W-%2, before %3</source>
        <translation>le %1 de la semaine S-%2, avant %3</translation>
    </message>
    <message>
        <source>the 1st of the previous month, before %1</source>
        <translation>le 1er du mois précédent, avant %1</translation>
    </message>
    <message>
        <source>day %1 of the previous month, before %2</source>
        <translation>le %1 du mois précédent, avant %2</translation>
    </message>
</context>
<context>
    <name>FrenchCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>All Saints&apos; holidays</source>
        <translation>Vacances de la Toussaint</translation>
    </message>
    <message>
        <source>Christmas holidays</source>
        <translation>Vacances de Noël</translation>
    </message>
    <message>
        <source>Winter holidays</source>
        <translation>Vacances d&apos;hiver</translation>
    </message>
    <message>
        <source>Spring holidays</source>
        <translation>Vacances de printemps</translation>
    </message>
    <message>
        <source>Ascension bridge</source>
        <translation>Pont de l&apos;Ascension</translation>
    </message>
    <message>
        <source>Summer holidays</source>
        <translation>Vacances d&apos;été</translation>
    </message>
</context>
<context>
    <name>ReceiptWriter</name>
    <message>
        <source>Waiting for the card payment</source>
        <translation>Paiement par carte en attente</translation>
    </message>
    <message>
        <source>Card payment not made: nothing was charged</source>
        <translation>Paiement par carte non effectué : rien n&apos;a été débité</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Payé par carte</translation>
    </message>
    <message>
        <source>Paid by card (authorisation no. %1)</source>
        <translation>Payé par carte (autorisation n° %1)</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>Le fichier %1 n&apos;a pas pu être enregistré. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Receipt of order %1</source>
        <translation>Reçu de la commande %1</translation>
    </message>
    <message>
        <source>Commune of %1</source>
        <translation>Commune de %1</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>Order no. %1 of %2</source>
        <translation>Commande n° %1 du %2</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
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
        <translation>Total payé</translation>
    </message>
    <message>
        <source>Paid with the wallet</source>
        <translation>Payé avec le porte-monnaie</translation>
    </message>
    <message>
        <source>This receipt was issued by the Citoyens platform of the %1.</source>
        <translation>Reçu émis par la plateforme Citoyens de la %1.</translation>
    </message>
    <message>
        <source>Childcare costs statement %1</source>
        <translation>Attestation de frais de garde %1</translation>
    </message>
    <message>
        <source>Statement of childcare costs for %1</source>
        <translation>Attestation de frais de garde d&apos;enfants — année %1</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>Délivrée à : %1</translation>
    </message>
    <message>
        <source>Childcare costs paid in %1 for children under 6 on 1 January %1, to be entered in your income tax return.</source>
        <translation>Frais de garde payés en %1 pour les enfants de moins de 6 ans au 1er janvier %1, à reporter dans votre déclaration de revenus.</translation>
    </message>
    <message>
        <source>No childcare costs were paid in %1 for a child under 6.</source>
        <translation>Aucun frais de garde n&apos;a été payé en %1 pour un enfant de moins de 6 ans.</translation>
    </message>
    <message>
        <source>%1 %2, born on %3</source>
        <translation>%1 %2, né(e) le %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Total for %1</source>
        <translation>Total pour %1</translation>
    </message>
    <message>
        <source>Issued by the Citoyens platform of the %1.</source>
        <translation>Émise par la plateforme Citoyens de la %1.</translation>
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
        <translation>Article</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
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
        <translation>Commande</translation>
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
        <translation>Enfant</translation>
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
        <translation>Vous n&apos;avez encore rien commandé. Une fois une demande validée par la mairie, « Acheter » dans « Mes services » commande ce qu&apos;elle propose.</translation>
    </message>
    <message>
        <source>&amp;Download the receipt (PDF)</source>
        <translation>&amp;Télécharger le reçu (PDF)</translation>
    </message>
    <message>
        <source>Childcare costs &amp;statement (PDF)</source>
        <translation>Attestation de frais de &amp;garde (PDF)</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Mes commandes</translation>
    </message>
    <message>
        <source>History and details of my orders</source>
        <translation>Historique et détails de mes commandes</translation>
    </message>
    <message>
        <source>Your orders could not be refreshed: %1 They are shown as last saved on this computer.</source>
        <translation>Vos commandes n&apos;ont pas pu être actualisées : %1 Elles sont affichées telles qu&apos;enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Lines of the selected order</source>
        <translation>Lignes de la commande sélectionnée</translation>
    </message>
    <message>
        <source>Download the receipt of the selected order (PDF)</source>
        <translation>Télécharger le reçu de la commande sélectionnée (PDF)</translation>
    </message>
    <message>
        <source>Childcare costs statement</source>
        <translation>Attestation de frais de garde</translation>
    </message>
    <message>
        <source>The childcare costs paid in a year for your children under 6 on 1 January, child by child, for your income tax return.</source>
        <translation>Les frais de garde payés dans l&apos;année pour vos enfants de moins de 6 ans au 1er janvier, enfant par enfant, pour votre déclaration de revenus.</translation>
    </message>
    <message>
        <source>Download the childcare costs statement of the chosen year (PDF)</source>
        <translation>Télécharger l&apos;attestation de frais de garde de l&apos;année choisie (PDF)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Order no. %1 of %2</source>
        <translation>Commande n° %1 du %2</translation>
    </message>
    <message>
        <source>%1, commune of %2</source>
        <translation>%1, commune de %2</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>Paid with the wallet</source>
        <translation>Payé avec le porte-monnaie</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The receipt was saved in %1.</source>
        <translation>Le reçu a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The statement could not be prepared: %1</source>
        <translation>L&apos;attestation n&apos;a pas pu être préparée : %1</translation>
    </message>
    <message>
        <source>Save the childcare costs statement</source>
        <translation>Enregistrer l&apos;attestation de frais de garde</translation>
    </message>
    <message>
        <source>The childcare costs statement for %1 was saved in %2.</source>
        <translation>L&apos;attestation de frais de garde %1 a été enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Refresh my orders</source>
        <translation>Actualiser mes commandes</translation>
    </message>
</context>
<context>
    <name>citoyens::PurchaseDialog</name>
    <message>
        <source>Pay with my &amp;wallet</source>
        <translation>Payer avec mon &amp;porte-monnaie</translation>
    </message>
    <message>
        <source>Pay by &amp;card</source>
        <translation>Payer par &amp;carte</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Ouverture de la page de paiement…</translation>
    </message>
    <message>
        <source>Pay the exact amount by card</source>
        <translation>Payer le montant exact par carte</translation>
    </message>
    <message>
        <source>Pay with my wallet</source>
        <translation>Payer avec mon porte-monnaie</translation>
    </message>
    <message>
        <source>Loading what this service offers…</source>
        <translation>Chargement de ce que propose ce service…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>Paiement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Acheter</translation>
    </message>
    <message>
        <source>Load the offers again</source>
        <translation>Charger à nouveau les offres</translation>
    </message>
    <message>
        <source>No child named</source>
        <translation>Aucun enfant désigné</translation>
    </message>
    <message>
        <source>For the c&amp;hild (optional)</source>
        <translation>Pour l&apos;&amp;enfant (facultatif)</translation>
    </message>
    <message>
        <source>Confirm the purchase</source>
        <translation>Confirmer l&apos;achat</translation>
    </message>
    <message>
        <source>Cancel the purchase</source>
        <translation>Annuler l&apos;achat</translation>
    </message>
    <message>
        <source>This request is not approved yet: nothing can be bought with it.</source>
        <translation>Cette demande n&apos;est pas encore validée : rien ne peut être acheté avec elle.</translation>
    </message>
    <message>
        <source>The offers could not be loaded: %1</source>
        <translation>Les offres n&apos;ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <source>This service has nothing to buy yet.</source>
        <translation>Ce service ne propose encore rien à acheter.</translation>
    </message>
    <message>
        <source>Nothing else to buy with this service.</source>
        <translation>Rien d&apos;autre à acheter avec ce service.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1: booked day by day for a child, in &quot;My reservations&quot; (each chosen day is paid there from your wallet).</source>
        <translation>
            <numerusform>%1 : se réserve jour par jour, pour un enfant, dans « Mes réservations » (chaque jour choisi y est payé avec votre porte-monnaie).</numerusform>
            <numerusform>%1 : se réservent jour par jour, pour un enfant, dans « Mes réservations » (chaque jour choisi y est payé avec votre porte-monnaie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Quantity for: %1</source>
        <translation>Quantité pour : %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>Balance after purchase: %1</source>
        <translation>Solde après achat : %1</translation>
    </message>
    <message>
        <source>Balance after purchase: not known yet</source>
        <translation>Solde après achat : pas encore connu</translation>
    </message>
    <message>
        <source>Choose a quantity for at least one item.</source>
        <translation>Choisissez une quantité pour au moins un article.</translation>
    </message>
    <message>
        <source>Your wallet is short of %1 for this purchase.</source>
        <translation>Il manque %1 dans votre porte-monnaie pour cet achat.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>citoyens::TopUpOperation</name>
    <message>
        <source>Payment accepted, %1 credited</source>
        <translation>Paiement accepté, %1 crédités</translation>
    </message>
    <message>
        <source>Payment accepted, %1 credited (authorisation no. %2)</source>
        <translation>Paiement accepté, %1 crédités (n° d&apos;autorisation %2)</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Paiement refusé</translation>
    </message>
    <message>
        <source>Payment abandoned</source>
        <translation>Paiement abandonné</translation>
    </message>
    <message>
        <source>Payment expired</source>
        <translation>Paiement expiré</translation>
    </message>
    <message>
        <source>Opening the payment page for %1…</source>
        <translation>Ouverture de la page de paiement de %1…</translation>
    </message>
    <message>
        <source>The payment page could not be opened. Open this address in your browser to pay %1: %2</source>
        <translation>La page de paiement n&apos;a pas pu s&apos;ouvrir. Ouvrez cette adresse dans votre navigateur pour payer %1 : %2</translation>
    </message>
    <message>
        <source>Waiting for the payment of %1 on the payment page…</source>
        <translation>En attente du paiement de %1 sur la page de paiement…</translation>
    </message>
</context>
<context>
    <name>citoyens::WalletMovementModel</name>
    <message>
        <source>Top-up</source>
        <translation>Rechargement</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>citoyens::WalletPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>No movement yet. Top up your wallet with the amounts of the &quot;Funds deposit&quot; block.</source>
        <translation>Aucun mouvement pour l&apos;instant. Rechargez votre porte-monnaie avec les montants du bloc « Dépôts de fonds ».</translation>
    </message>
    <message>
        <source>My wallet</source>
        <translation>Mon porte-monnaie</translation>
    </message>
    <message>
        <source>Refresh my wallet</source>
        <translation>Actualiser mon porte-monnaie</translation>
    </message>
    <message>
        <source>Your wallet could not be refreshed: %1 It is shown as last saved on this computer.</source>
        <translation>Votre porte-monnaie n&apos;a pas pu être actualisé : %1 Il est affiché tel qu&apos;enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Movements of my wallet</source>
        <translation>Mouvements de mon porte-monnaie</translation>
    </message>
    <message>
        <source>Balance of my wallet: %1</source>
        <translation>Solde de mon porte-monnaie : %1</translation>
    </message>
    <message>
        <source>Balance of my wallet: not known yet</source>
        <translation>Solde de mon porte-monnaie : pas encore connu</translation>
    </message>
</context>
<context>
    <name>citoyens::WalletPanel</name>
    <message>
        <source>FUNDS DEPOSIT</source>
        <translation>DÉPÔTS DE FONDS</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the link of the payment page</source>
        <translation>Copier le lien de la page de paiement</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Lien copié</translation>
    </message>
    <message>
        <source>The payment page could not be opened. Open this address in your browser to pay %1:</source>
        <translation>La page de paiement n&apos;a pas pu s&apos;ouvrir. Ouvrez cette adresse dans votre navigateur pour payer %1 :</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Rouvrir la page de paiement</translation>
    </message>
    <message>
        <source>Funds deposit</source>
        <translation>Dépôts de fonds</translation>
    </message>
    <message>
        <source>Top-up amount %1</source>
        <translation>Montant du rechargement %1</translation>
    </message>
    <message>
        <source>Top up my wallet</source>
        <translation>Recréditer mon porte-monnaie</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Solde : %1</translation>
    </message>
    <message>
        <source>Balance: not known yet</source>
        <translation>Solde : pas encore connu</translation>
    </message>
</context>
<context>
    <name>citoyens::SyncProblemRow</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
</context>
<context>
    <name>BookingText</name>
    <message>
        <source>%1:00</source>
        <comment>an hour on the clock</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a deadline: day and time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>○ Surcharged</source>
        <translation>○ Majoré</translation>
    </message>
    <message>
        <source>○ Open</source>
        <translation>○ Libre</translation>
    </message>
    <message>
        <source>✓ Booked</source>
        <translation>✓ Réservé</translation>
    </message>
    <message>
        <source>⧗ Waiting</source>
        <translation>⧗ Attente</translation>
    </message>
    <message>
        <source>● Full</source>
        <translation>● Complet</translation>
    </message>
    <message>
        <source>— Closed</source>
        <translation>— Fermé</translation>
    </message>
    <message>
        <source>✕ Too late</source>
        <translation>✕ Trop tard</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justifiée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused absence</source>
        <translation>Absence justifiée</translation>
    </message>
    <message>
        <source>%1, bookable with a surcharge of %2 until %3, %4</source>
        <translation>%1, réservable avec majoration de %2 jusqu&apos;au %3, %4</translation>
    </message>
    <message>
        <source>%1, bookable until %2, %3</source>
        <translation>%1, réservable jusqu&apos;au %2, %3</translation>
    </message>
    <message>
        <source>%1, booked, cancellable until %2, %3</source>
        <translation>%1, réservé, annulable jusqu&apos;au %2, %3</translation>
    </message>
    <message>
        <source>%1, booked, can no longer be cancelled (since %2), %3</source>
        <translation>%1, réservé, plus annulable (depuis le %2), %3</translation>
    </message>
    <message>
        <source>%1, on the waiting list, can be withdrawn until %2, %3</source>
        <translation>%1, en liste d&apos;attente, peut être retiré jusqu&apos;au %2, %3</translation>
    </message>
    <message>
        <source>%1, on the waiting list, can no longer be withdrawn, %2</source>
        <translation>%1, en liste d&apos;attente, ne peut plus être retiré, %2</translation>
    </message>
    <message>
        <source>%1, full: %2</source>
        <translation>%1, complet : %2</translation>
    </message>
    <message>
        <source>%1, closed: %2</source>
        <translation>%1, fermé : %2</translation>
    </message>
    <message>
        <source>%1, booking deadline passed (%2)</source>
        <translation>%1, délai de réservation dépassé (%2)</translation>
    </message>
    <message>
        <source>%1, past, attendance: %2</source>
        <translation>%1, passé, présence : %2</translation>
    </message>
    <message>
        <source>%1, past, was booked</source>
        <translation>%1, passé, était réservé</translation>
    </message>
    <message>
        <source>%1, past</source>
        <translation>%1, passé</translation>
    </message>
    <message>
        <source>%1: booked, %2 (surcharge %3 included)</source>
        <translation>%1 : réservé, %2 (dont majoration %3)</translation>
    </message>
    <message>
        <source>%1: booked, %2</source>
        <translation>%1 : réservé, %2</translation>
    </message>
    <message>
        <source>%1: on the waiting list, nothing charged</source>
        <translation>%1 : en liste d&apos;attente, rien n&apos;est débité</translation>
    </message>
    <message>
        <source>%1: not booked — %2</source>
        <translation>%1 : non réservé — %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
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
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>citoyens::BookingConfirmDialog</name>
    <message>
        <source>Pay with my &amp;wallet</source>
        <translation>Payer avec mon &amp;porte-monnaie</translation>
    </message>
    <message>
        <source>Pay by &amp;card</source>
        <translation>Payer par &amp;carte</translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation>Ouverture de la page de paiement…</translation>
    </message>
    <message>
        <source>Pay the booking by card</source>
        <translation>Payer la réservation par carte</translation>
    </message>
    <message>
        <source>Pay the booking with my wallet</source>
        <translation>Payer la réservation avec mon porte-monnaie</translation>
    </message>
    <message>
        <source>%1 The days are free again.</source>
        <translation>%1 Les jours sont de nouveau libres.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Confirmer la réservation</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to book, total %1:</source>
        <translation>
            <numerusform>%n jour à réserver, total %1 :</numerusform>
            <numerusform>%n jours à réserver, total %1 :</numerusform>
        </translation>
    </message>
    <message>
        <source>The town hall applies its rules to each day when it receives the booking: a day that is closed, full or past its deadline by then is not booked, and not charged.</source>
        <translation>La mairie applique ses règles à chaque jour quand elle reçoit la réservation : un jour fermé, complet ou dont le délai est dépassé à ce moment-là n&apos;est pas réservé, ni débité.</translation>
    </message>
    <message>
        <source>Do not book</source>
        <translation>Ne pas réserver</translation>
    </message>
    <message>
        <source>Balance after booking: %1</source>
        <translation>Solde après réservation : %1</translation>
    </message>
    <message>
        <source>Balance after booking: not known yet</source>
        <translation>Solde après réservation : pas encore connu</translation>
    </message>
    <message>
        <source>Nothing was booked: your wallet is short of %1.</source>
        <translation>Rien n&apos;a été réservé : il manque %1 sur votre porte-monnaie.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing was booked: %1</source>
        <translation>Rien n&apos;a été réservé : %1</translation>
    </message>
</context>
<context>
    <name>citoyens::BookingMonthModel</name>
    <message>
        <source>☑ Chosen</source>
        <translation>☑ Choisi</translation>
    </message>
    <message>
        <source>%1, no information</source>
        <translation>%1, aucune information</translation>
    </message>
    <message>
        <source>%1, chosen for booking</source>
        <translation>%1, choisi pour réservation</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
</context>
<context>
    <name>citoyens::PatternDialog</name>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Planning type</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Jours de la semaine</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>&amp;Every week</source>
        <translation>&amp;Toutes les semaines</translation>
    </message>
    <message>
        <source>One week in &amp;two</source>
        <translation>Une semaine sur &amp;deux</translation>
    </message>
    <message>
        <source>E&amp;ven weeks</source>
        <translation>Semaines &amp;paires</translation>
    </message>
    <message>
        <source>O&amp;dd weeks</source>
        <translation>Semaines &amp;impaires</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Days the pattern would book</source>
        <translation>Jours que le planning réserverait</translation>
    </message>
    <message>
        <source>Continue to the confirmation</source>
        <translation>Continuer vers la confirmation</translation>
    </message>
    <message>
        <source>Close the weekly pattern</source>
        <translation>Fermer le planning type</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Would be booked (%n day(s), %1):</source>
        <translation>
            <numerusform>Serait réservé (%n jour, %1) :</numerusform>
            <numerusform>Seraient réservés (%n jours, %1) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Would not be booked:</source>
        <translation>Ne seraient pas réservés :</translation>
    </message>
    <message>
        <source>Not shown on this computer yet (the town hall decides): %1</source>
        <translation>Pas encore affichés sur cet ordinateur (la mairie décide) : %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>citoyens::ReservationsPage</name>
    <message>
        <source>Booking done: %1. Paid by card: %2.</source>
        <translation>Réservation effectuée : %1. Payé par carte : %2.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ Mois &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>Mois sui&amp;vant ▶</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Cancel the &amp;reservation</source>
        <translation>A&amp;nnuler la réservation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>&amp;Weekly pattern…</source>
        <translation>P&amp;lanning type…</translation>
    </message>
    <message>
        <source>No upcoming reservation.</source>
        <translation>Aucune réservation à venir.</translation>
    </message>
    <message>
        <source>My reservations</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <source>Book and cancel the canteen, garderie and holiday-centre days of your children. Every day says until when it can be booked or cancelled, and at what price.</source>
        <translation>Réservez et annulez les jours de cantine, de garderie et d&apos;accueil de loisirs de vos enfants. Chaque jour indique jusqu&apos;à quand il peut être réservé ou annulé, et à quel prix.</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Refresh the month</source>
        <translation>Actualiser le mois</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>A click or Space chooses a day to book, arrows move between days, Return books the chosen days, Page Up and Page Down change the month.</source>
        <translation>Un clic ou Espace choisit un jour à réserver, les flèches passent d&apos;un jour à l&apos;autre, Entrée réserve les jours choisis, Page précédente et Page suivante changent de mois.</translation>
    </message>
    <message>
        <source>Cancel the reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation>Planning type</translation>
    </message>
    <message>
        <source>Upcoming reservations</source>
        <translation>Prochaines réservations</translation>
    </message>
    <message>
        <source>Upcoming reservations of every child</source>
        <translation>Prochaines réservations de tous les enfants</translation>
    </message>
    <message>
        <source>No validated child yet: add your children in &quot;My beneficiaries&quot;; once the town hall has validated them, their days can be booked here.</source>
        <translation>Aucun enfant validé pour l&apos;instant : ajoutez vos enfants dans « Mes filiations » ; une fois validés par la mairie, leurs jours se réservent ici.</translation>
    </message>
    <message>
        <source>No child registered with a service with booking: register them in &quot;My services&quot;.</source>
        <translation>Aucun enfant inscrit à un service avec réservation : inscrivez-le dans « Mes services ».</translation>
    </message>
    <message>
        <source>Click the days to book (or move with the arrows and press Space), then &quot;Book the chosen days&quot;. Click a booked day to cancel it.</source>
        <translation>Cliquez sur les jours à réserver (ou déplacez-vous avec les flèches et appuyez sur Espace), puis sur « Réserver la sélection ». Cliquez sur un jour réservé pour l&apos;annuler.</translation>
    </message>
    <message>
        <source>Loading the days of %1…</source>
        <translation>Chargement des jours de %1…</translation>
    </message>
    <message>
        <source>The days could not be refreshed: %1 They are shown as last saved on this computer.</source>
        <translation>Les jours n&apos;ont pas pu être actualisés : %1 Ils sont affichés tels qu&apos;enregistrés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The days could not be loaded: %1</source>
        <translation>Les jours n&apos;ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>No deadline ahead this month.</source>
        <translation>Aucune échéance à venir ce mois-ci.</translation>
    </message>
    <message>
        <source>Next deadline: book %1 before %2 — %3</source>
        <translation>Prochaine échéance : réserver le %1 avant le %2 — %3</translation>
    </message>
    <message>
        <source>Next deadline: cancel %1 before %2 — %3</source>
        <translation>Prochaine échéance : annuler le %1 avant le %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Book the chosen days</source>
        <translation>&amp;Réserver la sélection</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Book the chosen days (%n day(s), %1)</source>
        <translation>
            <numerusform>&amp;Réserver la sélection (%n jour, %1)</numerusform>
            <numerusform>&amp;Réserver la sélection (%n jours, %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the &amp;waiting list</source>
        <translation>Quitter la liste d&apos;a&amp;ttente</translation>
    </message>
    <message>
        <source>It can no longer be cancelled: the deadline was %1.</source>
        <translation>Elle ne peut plus être annulée : l&apos;échéance était le %1.</translation>
    </message>
    <message>
        <source>Choose the days to book first: click them, or move to a day and press Space.</source>
        <translation>Choisissez d&apos;abord les jours à réserver : cliquez dessus, ou placez-vous sur un jour et appuyez sur Espace.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Leave the waiting list for %1? Nothing was charged for it.</source>
        <translation>Quitter la liste d&apos;attente du %1 ? Rien n&apos;a été débité pour ce jour.</translation>
    </message>
    <message>
        <source>Cancel the reservation of %1? %2 will be refunded to your wallet.</source>
        <translation>Annuler la réservation du %1 ? %2 seront remboursés sur votre porte-monnaie.</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Quitter la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Leave the list</source>
        <translation>Quitter la liste</translation>
    </message>
    <message>
        <source>%1: left the waiting list.</source>
        <translation>%1 : liste d&apos;attente quittée.</translation>
    </message>
    <message>
        <source>%1: reservation cancelled, %2 refunded to your wallet.</source>
        <translation>%1 : réservation annulée, %2 remboursés sur votre porte-monnaie.</translation>
    </message>
    <message>
        <source>%1: not cancelled — %2</source>
        <translation>%1 : non annulée — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) booked</source>
        <translation>
            <numerusform>%n jour réservé</numerusform>
            <numerusform>%n jours réservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) on the waiting list</source>
        <translation>
            <numerusform>%n jour en liste d&apos;attente</numerusform>
            <numerusform>%n jours en liste d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) not booked</source>
        <translation>
            <numerusform>%n jour non réservé</numerusform>
            <numerusform>%n jours non réservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking done: %1. Paid from your wallet: %2.</source>
        <translation>Réservation effectuée : %1. Payé avec votre porte-monnaie : %2.</translation>
    </message>
    <message>
        <source>Stay on the list</source>
        <translation>Rester sur la liste</translation>
    </message>
    <message>
        <source>Keep the reservation</source>
        <translation>Garder la réservation</translation>
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
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>citoyens::ReservationChooser</name>
    <message>
        <source>C&amp;hild</source>
        <translation>&amp;Enfant</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Prestat&amp;ion</translation>
    </message>
</context>
<context>
    <name>citoyens::MissingFundsBox</name>
    <message>
        <source>You are missing %1.</source>
        <translation>Il vous manque %1.</translation>
    </message>
    <message>
        <source>Top &amp;up %1</source>
        <translation>&amp;Recréditer %1</translation>
    </message>
    <message>
        <source>Top up %1</source>
        <translation>Recréditer %1</translation>
    </message>
</context>
<context>
    <name>citoyens::Confirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>citoyens::FamilyQuotientForm</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>As written on your birth certificate: the CAF or the MSA finds your file with it.</source>
        <translation>Tels qu&apos;ils figurent sur votre acte de naissance : la CAF ou la MSA retrouve votre dossier ainsi.</translation>
    </message>
    <message>
        <source>As written on the citizen&apos;s birth certificate: the CAF or the MSA finds their file with it.</source>
        <translation>Tels qu&apos;ils figurent sur l&apos;acte de naissance de l&apos;usager : la CAF ou la MSA retrouve son dossier ainsi.</translation>
    </message>
    <message>
        <source>&amp;Birth name</source>
        <translation>Nom &amp;de naissance</translation>
    </message>
    <message>
        <source>All of them, in order, e.g. Marie Claire</source>
        <translation>Tous, dans l&apos;ordre, par exemple Marie Claire</translation>
    </message>
    <message>
        <source>&amp;First names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <source>Sex: female</source>
        <translation>Sexe : féminin</translation>
    </message>
    <message>
        <source>Sex: male</source>
        <translation>Sexe : masculin</translation>
    </message>
    <message>
        <source>&amp;Sex (civil status)</source>
        <translation>&amp;Sexe (état civil)</translation>
    </message>
    <message>
        <source>Birth &amp;date</source>
        <translation>Da&amp;te de naissance</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Un autre pays</translation>
    </message>
    <message>
        <source>Country of bi&amp;rth</source>
        <translation>Pa&amp;ys de naissance</translation>
    </message>
    <message>
        <source>The CAF / MSA search is offered here for a birth in France only. Born abroad: attach the document instead.</source>
        <translation>La recherche auprès de la CAF / MSA n&apos;est proposée ici que pour une naissance en France. Né(e) à l&apos;étranger : joignez plutôt le justificatif.</translation>
    </message>
    <message>
        <source>Type its name, then choose it in the list</source>
        <translation>Tapez son nom, puis choisissez-la dans la liste</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Co&amp;mmune of birth</source>
        <translation>Co&amp;mmune de naissance</translation>
    </message>
    <message>
        <source>I allow the commune to obtain my family quotient from the CAF or the MSA</source>
        <translation>J&apos;autorise la commune à obtenir mon quotient familial auprès de la CAF ou de la MSA</translation>
    </message>
    <message>
        <source>The citizen allows the commune to obtain their family quotient from the CAF or the MSA</source>
        <translation>L&apos;usager autorise la commune à obtenir son quotient familial auprès de la CAF ou de la MSA</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Get &amp;my quotient</source>
        <translation>Ré&amp;cupérer mon quotient</translation>
    </message>
    <message>
        <source>Get the &amp;quotient</source>
        <translation>Récupérer le &amp;quotient</translation>
    </message>
    <message>
        <source>Asking the CAF / MSA…</source>
        <translation>Demande à la CAF / MSA…</translation>
    </message>
    <message>
        <source>Family quotient from the CAF / MSA</source>
        <translation>Quotient familial de la CAF / MSA</translation>
    </message>
    <message>
        <source>You can still attach the document instead: nothing typed is lost.</source>
        <translation>Vous pouvez aussi joindre le justificatif : rien de ce qui a été saisi n&apos;est perdu.</translation>
    </message>
    <message>
        <source>%1 quotient of %2: %3 €</source>
        <translation>Quotient %1 de %2 : %3 €</translation>
    </message>
    <message>
        <source>My family quotient from the CAF / MSA</source>
        <translation>Mon quotient familial auprès de la CAF / MSA</translation>
    </message>
</context>
<context>
    <name>citoyens::CardPaymentOperation</name>
    <message>
        <source>Card payment accepted: order %1 is paid.</source>
        <translation>Paiement par carte accepté : la commande %1 est payée.</translation>
    </message>
    <message>
        <source>Card payment refused: nothing was charged.</source>
        <translation>Paiement par carte refusé : rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>Card payment abandoned: nothing was charged.</source>
        <translation>Paiement par carte abandonné : rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The time to pay has passed: nothing was charged.</source>
        <translation>Le délai de paiement est dépassé : rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The card payment could not be made: nothing was charged.</source>
        <translation>Le paiement par carte n&apos;a pas pu se faire : rien n&apos;a été débité.</translation>
    </message>
    <message>
        <source>The payment page could not be opened. Open this address in your browser to pay %1 by card: %2</source>
        <translation>La page de paiement n&apos;a pas pu s&apos;ouvrir. Ouvrez cette adresse dans votre navigateur pour payer %1 par carte : %2</translation>
    </message>
    <message>
        <source>Waiting for the card payment of %1 on the payment page…</source>
        <translation>Paiement par carte de %1 en attente sur la page de paiement…</translation>
    </message>
</context>
</TS>
