#include "MailTemplates.h"

namespace citoyens::server::MailTemplates {

namespace {

const char* const Signature = "\n-- \nLa plateforme citoyenne de l'Agglomération du Puy-en-Velay\n";

MailMessage message(const QString& to, const char* subject, const QString& body)
{
    return MailMessage { to, QString::fromUtf8(subject), body + QString::fromUtf8(Signature) };
}

} // namespace

MailMessage registrationCode(const QString& to, const QString& code, const QString& holder)
{
    // The holder's name tells the mailbox's owner which request this code answers, should a
    // stranger have asked for an account with the same address too.
    return message(to, "Votre code de confirmation Citoyens",
                   QString::fromUtf8("Bonjour,\n\n"
                                     "Une demande de création de compte Citoyens a été faite avec cette adresse "
                                     "e-mail, au nom de : %2.\n\n"
                                     "Si c'est bien vous, saisissez ce code dans l'application pour terminer la "
                                     "création de votre compte :\n\n"
                                     "Votre code : %1\n\n"
                                     "Ce code est valable 30 minutes. Si vous avez reçu plusieurs codes, utilisez "
                                     "celui qui porte votre nom. Si vous n'êtes pas à l'origine de cette demande, "
                                     "ignorez simplement ce message.\n")
                       .arg(code, holder));
}

MailMessage accountAlreadyExists(const QString& to)
{
    return message(to, "Votre compte Citoyens existe déjà",
                   QString::fromUtf8("Bonjour,\n\n"
                                     "Quelqu'un a demandé à créer un compte Citoyens avec cette adresse e-mail, qui "
                                     "a déjà un compte.\n\n"
                                     "Si c'était vous, connectez-vous avec votre mot de passe, ou choisissez « Mot "
                                     "de passe oublié » pour en définir un nouveau.\n\n"
                                     "Si ce n'était pas vous, vous pouvez ignorer ce message : votre compte n'a pas "
                                     "été modifié.\n"));
}

MailMessage passwordResetCode(const QString& to, const QString& code)
{
    return message(to, "Réinitialisation de votre mot de passe Citoyens",
                   QString::fromUtf8("Bonjour,\n\n"
                                     "Vous avez demandé à réinitialiser le mot de passe de votre compte Citoyens. "
                                     "Saisissez ce code dans l'application :\n\n"
                                     "Votre code : %1\n\n"
                                     "Ce code est valable 30 minutes. Si vous n'êtes pas à l'origine de cette "
                                     "demande, ignorez ce message : votre mot de passe reste inchangé.\n")
                       .arg(code));
}

MailMessage passwordChanged(const QString& to)
{
    return message(to, "Votre mot de passe Citoyens a été modifié",
                   QString::fromUtf8("Bonjour,\n\n"
                                     "Le mot de passe de votre compte Citoyens vient d'être modifié et vos autres "
                                     "sessions ont été fermées.\n\n"
                                     "Si vous n'êtes pas à l'origine de ce changement, choisissez « Mot de passe "
                                     "oublié » dans l'application pour en définir un nouveau, et prévenez votre "
                                     "mairie.\n"));
}

MailMessage activationCode(const QString& to, const QString& code)
{
    return message(to, "Activez votre compte Citoyens",
                   QString::fromUtf8("Bonjour,\n\n"
                                     "Un compte Citoyens a été créé pour vous avec cette adresse e-mail. Pour "
                                     "l'activer, choisissez votre mot de passe dans l'application avec ce code :\n\n"
                                     "Votre code : %1\n\n"
                                     "Ce code est valable 48 heures et ne sert qu'une fois. Si vous n'avez rien "
                                     "demandé, ignorez ce message.\n")
                       .arg(code));
}

MailMessage assistCode(const QString& to, const QString& code, const QString& agentName)
{
    return message(to, "Votre accord pour une démarche accompagnée",
                   QString::fromUtf8("Bonjour,\n\n"
                                     "%2, agent d'accueil de votre mairie, propose de faire une démarche avec vous "
                                     "sur votre compte Citoyens. Si vous êtes à ses côtés et d'accord, lisez-lui ce "
                                     "code :\n\n"
                                     "Votre code : %1\n\n"
                                     "Ce code est valable 10 minutes. Chaque action faite pour vous est enregistrée. "
                                     "Si vous n'êtes pas au guichet, ne communiquez ce code à personne.\n")
                       .arg(code, agentName));
}

} // namespace citoyens::server::MailTemplates
