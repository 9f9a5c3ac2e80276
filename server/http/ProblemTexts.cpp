#include "ProblemTexts.h"

#include "models/FieldCodes.h"
#include "models/ProblemCodes.h"

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
        { ProblemCode::InvalidJson,
          { "Requête illisible", "Le corps de la requête n'est pas un objet JSON valide en UTF-8.",
            "Unreadable request", "The request body is not a valid UTF-8 JSON object." } },
        { ProblemCode::ValidationFailed,
          { "Données invalides", "Certains champs sont manquants ou incorrects.", "Invalid data",
            "Some fields are missing or incorrect." } },
        { ProblemCode::PasswordTooWeak,
          { "Mot de passe trop faible", "Le mot de passe ne respecte pas toutes les règles de sécurité.",
            "Password too weak", "The password does not follow every security rule." } },
        { ProblemCode::InvalidCredentials,
          { "Identifiants incorrects", "L'adresse e-mail ou le mot de passe est incorrect.", "Invalid credentials",
            "The e-mail address or the password is incorrect." } },
        { ProblemCode::Unauthorized,
          { "Authentification requise", "Connectez-vous pour accéder à cette ressource.", "Authentication required",
            "Sign in to access this resource." } },
        { ProblemCode::SessionExpired,
          { "Session expirée", "Votre session a expiré après une période d'inactivité. Reconnectez-vous.",
            "Session expired", "Your session expired after a period of inactivity. Sign in again." } },
        { ProblemCode::InvalidToken,
          { "Jeton invalide", "Ce jeton de renouvellement n'est pas ou plus valable. Reconnectez-vous.",
            "Invalid token", "This refresh token is not valid (any more). Sign in again." } },
        { ProblemCode::PasswordChangeRequired,
          { "Changement de mot de passe requis", "Vous devez choisir un nouveau mot de passe avant de continuer.",
            "Password change required", "You must choose a new password before going on." } },
        { ProblemCode::WrongPassword,
          { "Mot de passe actuel incorrect", "Le mot de passe actuel saisi est incorrect.", "Wrong current password",
            "The current password is incorrect." } },
        { ProblemCode::InvalidCode,
          { "Code incorrect", "Le code saisi est incorrect.", "Invalid code", "The code is incorrect." } },
        { ProblemCode::CodeExpired,
          { "Code expiré", "Ce code a expiré. Demandez-en un nouveau.", "Code expired",
            "This code has expired. Ask for a new one." } },
        { ProblemCode::TooManyRequests,
          { "Trop de tentatives", "Trop de tentatives. Réessayez après le délai indiqué.", "Too many requests",
            "Too many attempts. Try again after the delay given." } },
        { ProblemCode::PayloadTooLarge,
          { "Requête trop volumineuse", "Le corps de la requête dépasse la taille autorisée.", "Payload too large",
            "The request body is larger than allowed." } },
        { ProblemCode::UnsupportedMediaType,
          { "Type de contenu non pris en charge",
            "Ce type de contenu n'est pas accepté : les données s'envoient en application/json, les documents "
            "en PDF, JPEG ou PNG.",
            "Unsupported media type",
            "This content type is not accepted: data is sent as application/json, documents as PDF, JPEG or "
            "PNG." } },
        { ProblemCode::NotFound,
          { "Introuvable", "La ressource demandée n'existe pas.", "Not found",
            "The requested resource does not exist." } },
        { ProblemCode::MethodNotAllowed,
          { "Méthode non autorisée", "Cette méthode n'est pas disponible pour cette ressource.", "Method not allowed",
            "This method is not available for this resource." } },
        { ProblemCode::PreconditionFailed,
          { "Modification concurrente", "Le profil a changé depuis votre lecture. Rechargez-le puis réessayez.",
            "Precondition failed", "The profile changed since you read it. Reload it and try again." } },
        { ProblemCode::Forbidden,
          { "Accès refusé", "Cette fonction est réservée aux agents de guichet.", "Forbidden",
            "This function is reserved to desk agents." } },
        { ProblemCode::NotPending,
          { "Demande déjà traitée", "Cette opération n'est possible que tant que la demande est en attente.",
            "Not pending", "This is only possible while the request is pending." } },
        { ProblemCode::NotIncomplete,
          { "Demande non incomplète", "On ne peut ajouter un document qu'à une demande déclarée incomplète.",
            "Not incomplete", "A document can only be added to a request marked incomplete." } },
        { ProblemCode::AlreadyDecided,
          { "Décision déjà prise", "Cette demande a déjà été validée ou refusée.", "Already decided",
            "This request was already approved or rejected." } },
        { ProblemCode::EmptyFile,
          { "Fichier vide", "Le fichier envoyé est vide.", "Empty file", "The file sent is empty." } },
        { ProblemCode::LengthRequired,
          { "Taille manquante", "Indiquez la taille du fichier (en-tête Content-Length).", "Length required",
            "Give the size of the file (Content-Length header)." } },
        { ProblemCode::IdempotencyKeyReused,
          { "Clé d'idempotence déjà utilisée", "Cette clé Idempotency-Key a déjà servi pour une autre requête.",
            "Idempotency key reused", "This Idempotency-Key was already used for another request." } },
        { ProblemCode::IdempotencyInFlight,
          { "Requête en cours", "Une requête avec la même clé Idempotency-Key est en cours de traitement.",
            "Request in progress", "A request with the same Idempotency-Key is being processed." } },
        { ProblemCode::InsufficientFunds,
          { "Solde insuffisant",
            "Le solde de votre porte-monnaie ne couvre pas cette commande. Rechargez-le puis réessayez.",
            "Insufficient funds", "Your wallet's balance does not cover this order. Top it up and try again." } },
        { ProblemCode::TooManyPendingTopUps,
          { "Rechargements en attente",
            "Vous avez déjà 3 rechargements en attente de paiement. Payez ou abandonnez l'un d'eux sur la page de "
            "paiement, ou attendez qu'il expire (20 minutes au plus, voir Retry-After), puis réessayez.",
            "Top-ups waiting for payment",
            "You already have 3 top-ups waiting for payment. Pay or abandon one of them on the payment page, or wait "
            "for it to expire (20 minutes at most, see Retry-After), then try again." } },
        { ProblemCode::NotApproved,
          { "Demande non validée",
            "Cette demande n'a pas encore été validée par la mairie : ses services ne peuvent pas être commandés.",
            "Request not approved",
            "This request has not been approved by the town hall yet: its services cannot be ordered." } },
        { ProblemCode::NotBookable,
          { "Service sans réservation",
            "Ce service ne se réserve pas à la journée : ses prestations s'achètent depuis « Acheter ».",
            "Not bookable", "This service is not booked by the day: its items are bought with « Acheter »." } },
        { ProblemCode::DeadlinePassed,
          { "Délai dépassé", "La date limite d'annulation de ce jour est passée : il ne peut plus être annulé.",
            "Deadline passed", "The cancellation deadline of this day has passed: it can no longer be cancelled." } },
        { ProblemCode::TooEarly,
          { "Trop tôt", "La présence ne se pointe que le jour même ou après.", "Too early",
            "Attendance is recorded on the day itself or later." } },
        { ProblemCode::AlreadyRefunded,
          { "Déjà remboursé", "Cette absence justifiée a déjà été remboursée : le pointage ne peut plus être modifié.",
            "Already refunded", "This excused absence has been refunded already: the record can no longer change." } },
        { ProblemCode::InvalidIdempotencyKey,
          { "Clé d'idempotence invalide",
            "L'en-tête Idempotency-Key doit comporter de 1 à 128 caractères (lettres, chiffres, - _ . :).",
            "Invalid idempotency key",
            "The Idempotency-Key header must have 1 to 128 characters (letters, digits, - _ . :)." } },
        { ProblemCode::DocumentQuotaExceeded,
          { "Limite de documents atteinte",
            "Un compte peut garder au plus 50 documents et 100 Mo en tout. Supprimez un document dont vous "
            "n'avez plus besoin pour en envoyer un autre.",
            "Document quota reached",
            "An account may keep at most 50 documents and 100 MB in all. Delete a document you no longer need "
            "to send another one." } },
        { ProblemCode::DocumentInUse,
          { "Document utilisé",
            "Ce document accompagne une demande en cours ou validée : il ne peut pas être supprimé.", "Document in use",
            "This document goes with a pending or approved request: it cannot be deleted." } },
        { ProblemCode::PhotoQuotaExceeded,
          { "Limite de photos atteinte",
            "Un compte peut garder au plus 20 photos de bénéficiaires. Remplacez une photo existante ou "
            "supprimez un bénéficiaire dont vous n'avez plus besoin.",
            "Photo quota reached",
            "An account may keep at most 20 beneficiary photos. Replace an existing photo or delete a "
            "beneficiary you no longer need." } },
        { ProblemCode::InternalError,
          { "Erreur interne", "Une erreur inattendue s'est produite. Réessayez plus tard.", "Internal error",
            "An unexpected error occurred. Try again later." } },
        // The transport's own answers (HttpConnection), before any route is involved.
        { ProblemCode::BadRequest,
          { "Requête mal formée", "La requête HTTP ne respecte pas le protocole.", "Malformed request",
            "The HTTP request does not follow the protocol." } },
        { ProblemCode::RequestTimeout,
          { "Requête trop lente", "La requête n'est pas arrivée complète à temps. Réessayez.", "Request timeout",
            "The request did not arrive whole in time. Try again." } },
        { ProblemCode::UriTooLong,
          { "Adresse trop longue", "L'adresse demandée est trop longue.", "URI too long",
            "The requested address is too long." } },
        { ProblemCode::HeaderFieldsTooLarge,
          { "En-têtes trop grands", "Les en-têtes de la requête sont trop nombreux ou trop longs.",
            "Header fields too large", "The request's headers are too many or too long." } },
        { ProblemCode::ExpectationFailed,
          { "Attente non prise en charge", "Seul « Expect: 100-continue » est pris en charge.", "Expectation failed",
            "Only \"Expect: 100-continue\" is supported." } },
        { ProblemCode::HttpVersionNotSupported,
          { "Version HTTP non prise en charge", "Ce serveur parle HTTP/1.1 (et HTTP/1.0).",
            "HTTP version not supported", "This server speaks HTTP/1.1 (and HTTP/1.0)." } },
        { ProblemCode::ServerBusy,
          { "Service momentanément surchargé", "Trop de demandes sont en cours. Réessayez dans quelques secondes.",
            "Service busy", "Too many requests are in progress. Try again in a few seconds." } },
        { ProblemCode::AccountExists,
          { "Compte existant", "Un compte existe déjà pour cette adresse e-mail : cherchez-le parmi les usagers.",
            "Account exists", "An account already exists for this e-mail address: look for it among the citizens." } },
        { ProblemCode::AdministratorsOnly,
          { "Accès refusé", "Cette fonction est réservée aux administrateurs.", "Forbidden",
            "This function is reserved to administrators." } },
        { ProblemCode::NotAllowedWhileAssisting,
          { "Impossible en session accompagnée",
            "Cette opération est réservée à l'usager lui-même ou à l'agent hors session accompagnée.",
            "Not allowed while assisting",
            "This is reserved to the citizen themself, or to the agent outside an assisted session." } },
        { ProblemCode::PaymentEmailUnusable,
          { "Adresse e-mail inutilisable pour le paiement",
            "Le service de paiement PayFiP demande une adresse e-mail de 6 à 80 caractères pour envoyer le "
            "justificatif de paiement. Changez l'adresse e-mail de votre compte, puis réessayez.",
            "E-mail unusable for the payment",
            "The PayFiP payment service needs an e-mail address of 6 to 80 characters to send the receipt. "
            "Change your account's e-mail address, then try again." } },
        { ProblemCode::PaymentUnavailable,
          { "Paiement momentanément indisponible",
            "Le service de paiement ne répond pas ou a refusé d'enregistrer le paiement. Rien n'a été débité. "
            "Réessayez dans quelques minutes.",
            "Payment temporarily unavailable",
            "The payment service does not answer or refused to register the payment. Nothing was charged. Try "
            "again in a few minutes." } },
        { ProblemCode::QuotientNotFound,
          { "Quotient familial introuvable",
            "La CAF et la MSA n'ont pas trouvé de dossier pour cette identité. Vérifiez le nom de naissance, "
            "les prénoms, la date et le lieu de naissance tels qu'ils figurent à l'état civil, ou joignez votre "
            "attestation de quotient familial.",
            "Family quotient not found",
            "Neither the CAF nor the MSA found a file for this identity. Check the birth name, given names, date "
            "and place of birth as the civil status writes them, or attach your family quotient certificate." } },
        { ProblemCode::QuotientUnavailable,
          { "Quotient familial indisponible",
            "Le quotient familial ne peut pas être obtenu auprès de la CAF ou de la MSA pour le moment. "
            "Réessayez plus tard, ou joignez votre attestation de quotient familial (ou votre avis "
            "d'imposition) à la demande.",
            "Family quotient unavailable",
            "The family quotient cannot be obtained from the CAF or the MSA at the moment. Try again later, or "
            "attach your family quotient certificate (or your tax notice) to the request." } },
        { ProblemCode::QuotientNotConfigured,
          { "Service non activé",
            "La commune n'a pas activé l'obtention du quotient familial auprès de la CAF ou de la MSA. Joignez "
            "votre attestation de quotient familial (ou votre avis d'imposition) à la demande.",
            "Service not enabled",
            "The commune has not enabled obtaining the family quotient from the CAF or the MSA. Attach your "
            "family quotient certificate (or your tax notice) to the request." } },
        { ProblemCode::QuotientExpired,
          { "Quotient familial expiré",
            "Ce quotient familial n'est plus valable : obtenez-le de nouveau auprès de la CAF ou de la MSA, ou "
            "joignez votre attestation.",
            "Family quotient expired",
            "This family quotient is no longer valid: obtain it again from the CAF or the MSA, or attach your "
            "certificate." } },
        { ProblemCode::PaymentPending,
          { "Paiement en cours",
            "Ce jour attend le paiement par carte de sa commande : il ne peut pas être annulé avant la fin du "
            "paiement.",
            "Payment in progress",
            "This day is waiting for its order's card payment: it cannot be cancelled before the payment ends." } },
        { ProblemCode::TooManyPendingPayments,
          { "Paiements en attente",
            "Vous avez déjà 3 commandes en attente de paiement par carte. Payez ou abandonnez l'une d'elles sur la "
            "page de paiement, ou attendez qu'elle expire (20 minutes au plus, voir Retry-After), puis réessayez.",
            "Payments waiting",
            "You already have 3 orders waiting for a card payment. Pay or abandon one of them on the payment page, "
            "or wait for it to expire (20 minutes at most, see Retry-After), then try again." } },
    };
    return texts;
}

const QHash<QString, QPair<const char*, const char*>>& fieldMessages()
{
    static const QHash<QString, QPair<const char*, const char*>> texts {
        { FieldCode::Required, { "Ce champ est obligatoire.", "This field is required." } },
        { FieldCode::InvalidType, { "Ce champ n'a pas le bon type.", "This field has the wrong type." } },
        { FieldCode::InvalidDate,
          { "La date doit être au format AAAA-MM-JJ.", "The date must be formatted YYYY-MM-DD." } },
        { FieldCode::TooLong, { "Ce champ est trop long.", "This field is too long." } },
        { FieldCode::InvalidEmail, { "L'adresse e-mail n'est pas valide.", "The e-mail address is not valid." } },
        { FieldCode::InvalidCharacters,
          { "Ce champ contient des caractères non autorisés.", "This field contains forbidden characters." } },
        { FieldCode::InvalidChoice, { "Cette valeur n'est pas proposée.", "This value is not one of the choices." } },
        { FieldCode::InFuture, { "La date ne peut pas être dans le futur.", "The date cannot be in the future." } },
        { FieldCode::TooOld, { "La date est trop ancienne.", "The date is too old." } },
        { FieldCode::MustAccept,
          { "Vous devez accepter les conditions d'utilisation.", "You must accept the terms of use." } },
        { FieldCode::InvalidSiret,
          { "Le numéro SIRET doit comporter 14 chiffres.", "The SIRET number must have 14 digits." } },
        { FieldCode::InvalidCode, { "Le code comporte 6 chiffres.", "The code has 6 digits." } },
        { FieldCode::MinLength,
          { "Le mot de passe doit comporter au moins 12 caractères.",
            "The password must have at least 12 characters." } },
        { FieldCode::DigitAndLetter,
          { "Le mot de passe doit contenir au moins un chiffre et une lettre.",
            "The password must contain at least one digit and one letter." } },
        { FieldCode::UpperAndLower,
          { "Le mot de passe doit contenir au moins une majuscule et une minuscule.",
            "The password must contain at least one upper-case and one lower-case letter." } },
        { FieldCode::SpecialCharacter,
          { "Le mot de passe doit contenir au moins un caractère spécial.",
            "The password must contain at least one special character." } },
        { FieldCode::NotEditable, { "Ce champ ne peut pas être modifié ici.", "This field cannot be changed here." } },
        { FieldCode::Negative, { "La valeur ne peut pas être négative.", "The value cannot be negative." } },
        { FieldCode::TooLarge, { "La valeur est trop grande.", "The value is too large." } },
        { FieldCode::InvalidParts,
          { "Le nombre de parts va de 1 à 20, par demi-part.", "The number of parts goes from 1 to 20 by halves." } },
        { FieldCode::NotANumber, { "Saisissez un nombre.", "Enter a number." } },
        { FieldCode::NotFound, { "Cet élément est introuvable.", "This item cannot be found." } },
        { FieldCode::KindMismatch,
          { "Ce document n'est pas du type demandé.", "This document is not of the requested kind." } },
        { FieldCode::SameAsCurrent,
          { "Le nouveau mot de passe doit être différent de l'actuel.",
            "The new password must differ from the current one." } },
        { FieldCode::TooShort, { "Ce champ est trop court.", "This field is too short." } },
        { FieldCode::TooSmall, { "Cette valeur est trop petite.", "This value is too small." } },
        { FieldCode::Duplicate, { "Cet élément figure déjà plus haut.", "This item is already listed above." } },
        { FieldCode::CountMismatch,
          { "Le nombre d'éléments ne correspond pas.", "The number of elements does not match." } },
        { FieldCode::InvalidTime,
          { "Une heure s'écrit HH:MM, de 00:00 à 23:59.", "A time is HH:MM, 00:00 to 23:59." } },
        { FieldCode::OutOfRange,
          { "Cette valeur sort des limites permises.", "This value is out of the allowed range." } },
        { FieldCode::NotAllowed, { "Ce champ n'a pas lieu d'être ici.", "This field does not belong here." } },
        { FieldCode::NotApproved,
          { "La commune n'a pas (ou plus) validé cet enfant.",
            "The commune has not (or no longer) approved this child." } },
        { FieldCode::BookedByDay,
          { "Cette prestation se réserve jour par jour, pour un enfant, dans « Mes réservations ».",
            "This item is booked day by day, for a child, in « Mes réservations »." } },
        { FieldCode::ConsentRequired,
          { "Cochez « J'autorise la commune à obtenir mon quotient familial auprès de la CAF ou de la MSA ».",
            "Tick « J'autorise la commune à obtenir mon quotient familial auprès de la CAF ou de la MSA »." } },
        { FieldCode::QuotientExpired,
          { "Ce quotient familial n'est plus valable : obtenez-le de nouveau ou joignez votre attestation.",
            "This family quotient is no longer valid: obtain it again or attach your certificate." } },
        { FieldCode::UnknownCommune,
          { "Choisissez la commune de naissance dans la liste officielle.",
            "Choose the commune of birth from the official list." } },
        { FieldCode::InvalidCountry,
          { "Le pays de naissance est un code INSEE de 5 chiffres commençant par 99 (99100 : France).",
            "The country of birth is a 5-digit INSEE code starting with 99 (99100: France)." } },
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
