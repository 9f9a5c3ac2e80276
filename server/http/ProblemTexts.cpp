#include "ProblemTexts.h"

#include <QHash>

namespace citoyens::server::ProblemTexts {

namespace {

struct Text
{
    const char* frTitle;
    const char* frDetail;
    const char* enTitle;
    const char* enDetail;
};

const QHash<QString, Text>& problems()
{
    static const QHash<QString, Text> texts {
        { QStringLiteral("invalid_json"),
          { "Requête illisible", "Le corps de la requête n'est pas un objet JSON valide en UTF-8.",
            "Unreadable request", "The request body is not a valid UTF-8 JSON object." } },
        { QStringLiteral("validation_failed"),
          { "Données invalides", "Certains champs sont manquants ou incorrects.", "Invalid data",
            "Some fields are missing or incorrect." } },
        { QStringLiteral("password_too_weak"),
          { "Mot de passe trop faible", "Le mot de passe ne respecte pas toutes les règles de sécurité.",
            "Password too weak", "The password does not follow every security rule." } },
        { QStringLiteral("invalid_credentials"),
          { "Identifiants incorrects", "L'adresse e-mail ou le mot de passe est incorrect.", "Invalid credentials",
            "The e-mail address or the password is incorrect." } },
        { QStringLiteral("unauthorized"),
          { "Authentification requise", "Connectez-vous pour accéder à cette ressource.", "Authentication required",
            "Sign in to access this resource." } },
        { QStringLiteral("session_expired"),
          { "Session expirée", "Votre session a expiré après une période d'inactivité. Reconnectez-vous.",
            "Session expired", "Your session expired after a period of inactivity. Sign in again." } },
        { QStringLiteral("invalid_token"),
          { "Jeton invalide", "Ce jeton de renouvellement n'est pas ou plus valable. Reconnectez-vous.",
            "Invalid token", "This refresh token is not valid (any more). Sign in again." } },
        { QStringLiteral("password_change_required"),
          { "Changement de mot de passe requis", "Vous devez choisir un nouveau mot de passe avant de continuer.",
            "Password change required", "You must choose a new password before going on." } },
        { QStringLiteral("wrong_password"),
          { "Mot de passe actuel incorrect", "Le mot de passe actuel saisi est incorrect.", "Wrong current password",
            "The current password is incorrect." } },
        { QStringLiteral("invalid_code"),
          { "Code incorrect", "Le code saisi est incorrect.", "Invalid code", "The code is incorrect." } },
        { QStringLiteral("code_expired"),
          { "Code expiré", "Ce code a expiré. Demandez-en un nouveau.", "Code expired",
            "This code has expired. Ask for a new one." } },
        { QStringLiteral("too_many_requests"),
          { "Trop de tentatives", "Trop de tentatives. Réessayez après le délai indiqué.", "Too many requests",
            "Too many attempts. Try again after the delay given." } },
        { QStringLiteral("payload_too_large"),
          { "Requête trop volumineuse", "Le corps de la requête dépasse la taille autorisée.", "Payload too large",
            "The request body is larger than allowed." } },
        { QStringLiteral("unsupported_media_type"),
          { "Type de contenu non pris en charge",
            "Ce type de contenu n'est pas accepté : les données s'envoient en application/json, les documents "
            "en PDF, JPEG ou PNG.",
            "Unsupported media type",
            "This content type is not accepted: data is sent as application/json, documents as PDF, JPEG or "
            "PNG." } },
        { QStringLiteral("not_found"),
          { "Introuvable", "La ressource demandée n'existe pas.", "Not found",
            "The requested resource does not exist." } },
        { QStringLiteral("method_not_allowed"),
          { "Méthode non autorisée", "Cette méthode n'est pas disponible pour cette ressource.", "Method not allowed",
            "This method is not available for this resource." } },
        { QStringLiteral("precondition_failed"),
          { "Modification concurrente", "Le profil a changé depuis votre lecture. Rechargez-le puis réessayez.",
            "Precondition failed", "The profile changed since you read it. Reload it and try again." } },
        { QStringLiteral("forbidden"),
          { "Accès refusé", "Cette fonction est réservée aux agents de guichet.", "Forbidden",
            "This function is reserved to desk agents." } },
        { QStringLiteral("not_pending"),
          { "Demande déjà traitée", "Cette opération n'est possible que tant que la demande est en attente.",
            "Not pending", "This is only possible while the request is pending." } },
        { QStringLiteral("not_incomplete"),
          { "Demande non incomplète", "On ne peut ajouter un document qu'à une demande déclarée incomplète.",
            "Not incomplete", "A document can only be added to a request marked incomplete." } },
        { QStringLiteral("already_decided"),
          { "Décision déjà prise", "Cette demande a déjà été validée ou refusée.", "Already decided",
            "This request was already approved or rejected." } },
        { QStringLiteral("empty_file"),
          { "Fichier vide", "Le fichier envoyé est vide.", "Empty file", "The file sent is empty." } },
        { QStringLiteral("length_required"),
          { "Taille manquante", "Indiquez la taille du fichier (en-tête Content-Length).", "Length required",
            "Give the size of the file (Content-Length header)." } },
        { QStringLiteral("idempotency_key_reused"),
          { "Clé d'idempotence déjà utilisée", "Cette clé Idempotency-Key a déjà servi pour une autre requête.",
            "Idempotency key reused", "This Idempotency-Key was already used for another request." } },
        { QStringLiteral("idempotency_in_flight"),
          { "Requête en cours", "Une requête avec la même clé Idempotency-Key est en cours de traitement.",
            "Request in progress", "A request with the same Idempotency-Key is being processed." } },
        { QStringLiteral("invalid_idempotency_key"),
          { "Clé d'idempotence invalide",
            "L'en-tête Idempotency-Key doit comporter de 1 à 128 caractères (lettres, chiffres, - _ . :).",
            "Invalid idempotency key",
            "The Idempotency-Key header must have 1 to 128 characters (letters, digits, - _ . :)." } },
        { QStringLiteral("document_quota_exceeded"),
          { "Limite de documents atteinte",
            "Un compte peut garder au plus 50 documents et 100 Mo en tout. Supprimez un document dont vous "
            "n'avez plus besoin pour en envoyer un autre.",
            "Document quota reached",
            "An account may keep at most 50 documents and 100 MB in all. Delete a document you no longer need "
            "to send another one." } },
        { QStringLiteral("document_in_use"),
          { "Document utilisé",
            "Ce document accompagne une demande en cours ou validée : il ne peut pas être supprimé.", "Document in use",
            "This document goes with a pending or approved request: it cannot be deleted." } },
        { QStringLiteral("photo_quota_exceeded"),
          { "Limite de photos atteinte",
            "Un compte peut garder au plus 20 photos de bénéficiaires. Remplacez une photo existante ou "
            "supprimez un bénéficiaire dont vous n'avez plus besoin.",
            "Photo quota reached",
            "An account may keep at most 20 beneficiary photos. Replace an existing photo or delete a "
            "beneficiary you no longer need." } },
        { QStringLiteral("internal_error"),
          { "Erreur interne", "Une erreur inattendue s'est produite. Réessayez plus tard.", "Internal error",
            "An unexpected error occurred. Try again later." } },
        // The transport's own answers (HttpConnection), before any route is involved.
        { QStringLiteral("bad_request"),
          { "Requête mal formée", "La requête HTTP ne respecte pas le protocole.", "Malformed request",
            "The HTTP request does not follow the protocol." } },
        { QStringLiteral("request_timeout"),
          { "Requête trop lente", "La requête n'est pas arrivée complète à temps. Réessayez.", "Request timeout",
            "The request did not arrive whole in time. Try again." } },
        { QStringLiteral("uri_too_long"),
          { "Adresse trop longue", "L'adresse demandée est trop longue.", "URI too long",
            "The requested address is too long." } },
        { QStringLiteral("header_fields_too_large"),
          { "En-têtes trop grands", "Les en-têtes de la requête sont trop nombreux ou trop longs.",
            "Header fields too large", "The request's headers are too many or too long." } },
        { QStringLiteral("expectation_failed"),
          { "Attente non prise en charge", "Seul « Expect: 100-continue » est pris en charge.", "Expectation failed",
            "Only \"Expect: 100-continue\" is supported." } },
        { QStringLiteral("http_version_not_supported"),
          { "Version HTTP non prise en charge", "Ce serveur parle HTTP/1.1 (et HTTP/1.0).",
            "HTTP version not supported", "This server speaks HTTP/1.1 (and HTTP/1.0)." } },
        { QStringLiteral("server_busy"),
          { "Service momentanément surchargé", "Trop de demandes sont en cours. Réessayez dans quelques secondes.",
            "Service busy", "Too many requests are in progress. Try again in a few seconds." } },
    };
    return texts;
}

const QHash<QString, QPair<const char*, const char*>>& fieldMessages()
{
    static const QHash<QString, QPair<const char*, const char*>> texts {
        { QStringLiteral("required"), { "Ce champ est obligatoire.", "This field is required." } },
        { QStringLiteral("invalid_type"), { "Ce champ n'a pas le bon type.", "This field has the wrong type." } },
        { QStringLiteral("invalid_date"),
          { "La date doit être au format AAAA-MM-JJ.", "The date must be formatted YYYY-MM-DD." } },
        { QStringLiteral("too_long"), { "Ce champ est trop long.", "This field is too long." } },
        { QStringLiteral("invalid_email"),
          { "L'adresse e-mail n'est pas valide.", "The e-mail address is not valid." } },
        { QStringLiteral("invalid_characters"),
          { "Ce champ contient des caractères non autorisés.", "This field contains forbidden characters." } },
        { QStringLiteral("invalid_choice"),
          { "Cette valeur n'est pas proposée.", "This value is not one of the choices." } },
        { QStringLiteral("in_future"),
          { "La date ne peut pas être dans le futur.", "The date cannot be in the future." } },
        { QStringLiteral("too_old"), { "La date est trop ancienne.", "The date is too old." } },
        { QStringLiteral("must_accept"),
          { "Vous devez accepter les conditions d'utilisation.", "You must accept the terms of use." } },
        { QStringLiteral("invalid_siret"),
          { "Le numéro SIRET doit comporter 14 chiffres.", "The SIRET number must have 14 digits." } },
        { QStringLiteral("invalid_code"), { "Le code comporte 6 chiffres.", "The code has 6 digits." } },
        { QStringLiteral("min_length"),
          { "Le mot de passe doit comporter au moins 12 caractères.",
            "The password must have at least 12 characters." } },
        { QStringLiteral("digit_and_letter"),
          { "Le mot de passe doit contenir au moins un chiffre et une lettre.",
            "The password must contain at least one digit and one letter." } },
        { QStringLiteral("upper_and_lower"),
          { "Le mot de passe doit contenir au moins une majuscule et une minuscule.",
            "The password must contain at least one upper-case and one lower-case letter." } },
        { QStringLiteral("special_character"),
          { "Le mot de passe doit contenir au moins un caractère spécial.",
            "The password must contain at least one special character." } },
        { QStringLiteral("not_editable"),
          { "Ce champ ne peut pas être modifié ici.", "This field cannot be changed here." } },
        { QStringLiteral("negative"), { "La valeur ne peut pas être négative.", "The value cannot be negative." } },
        { QStringLiteral("too_large"), { "La valeur est trop grande.", "The value is too large." } },
        { QStringLiteral("invalid_parts"),
          { "Le nombre de parts va de 1 à 20, par demi-part.", "The number of parts goes from 1 to 20 by halves." } },
        { QStringLiteral("not_a_number"), { "Saisissez un nombre.", "Enter a number." } },
        { QStringLiteral("not_found"), { "Cet élément est introuvable.", "This item cannot be found." } },
        { QStringLiteral("kind_mismatch"),
          { "Ce document n'est pas du type demandé.", "This document is not of the requested kind." } },
        { QStringLiteral("same_as_current"),
          { "Le nouveau mot de passe doit être différent de l'actuel.",
            "The new password must differ from the current one." } },
    };
    return texts;
}

bool english(const QString& language)
{
    return language == QLatin1String("en");
}

} // namespace

QString title(const QString& code, const QString& language)
{
    const auto it = problems().constFind(code);
    if (it == problems().cend())
        return english(language) ? QStringLiteral("Error") : QStringLiteral("Erreur");
    return QString::fromUtf8(english(language) ? it->enTitle : it->frTitle);
}

QString detail(const QString& code, const QString& language)
{
    const auto it = problems().constFind(code);
    if (it == problems().cend())
        return english(language) ? QStringLiteral("The request could not be processed.")
                                 : QStringLiteral("La requête n'a pas pu être traitée.");
    return QString::fromUtf8(english(language) ? it->enDetail : it->frDetail);
}

QString fieldMessage(const QString& fieldCode, const QString& language)
{
    const auto it = fieldMessages().constFind(fieldCode);
    if (it == fieldMessages().cend())
        return english(language) ? QStringLiteral("This value is not valid.")
                                 : QStringLiteral("Cette valeur n'est pas valide.");
    return QString::fromUtf8(english(language) ? it->second : it->first);
}

} // namespace citoyens::server::ProblemTexts
