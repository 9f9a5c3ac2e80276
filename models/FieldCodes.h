#pragma once

#include <QString>

namespace citoyens::FieldCode {

// The stable machine words of one broken field rule (problem+json "errors"[].code), shared by the
// rules of models/, the server's answers and the client's messages.

inline const QString Required = QStringLiteral("required");
inline const QString InvalidType = QStringLiteral("invalid_type");
inline const QString InvalidDate = QStringLiteral("invalid_date");
inline const QString TooLong = QStringLiteral("too_long");
inline const QString InvalidEmail = QStringLiteral("invalid_email");
inline const QString InvalidCharacters = QStringLiteral("invalid_characters");
inline const QString InvalidChoice = QStringLiteral("invalid_choice");
inline const QString InFuture = QStringLiteral("in_future");
inline const QString TooOld = QStringLiteral("too_old");
inline const QString MustAccept = QStringLiteral("must_accept");
inline const QString InvalidSiret = QStringLiteral("invalid_siret");
inline const QString InvalidCode = QStringLiteral("invalid_code");
inline const QString MinLength = QStringLiteral("min_length");
inline const QString DigitAndLetter = QStringLiteral("digit_and_letter");
inline const QString UpperAndLower = QStringLiteral("upper_and_lower");
inline const QString SpecialCharacter = QStringLiteral("special_character");
inline const QString NotEditable = QStringLiteral("not_editable");
inline const QString Negative = QStringLiteral("negative");
inline const QString TooLarge = QStringLiteral("too_large");
inline const QString InvalidParts = QStringLiteral("invalid_parts");
inline const QString NotANumber = QStringLiteral("not_a_number");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString KindMismatch = QStringLiteral("kind_mismatch");
inline const QString SameAsCurrent = QStringLiteral("same_as_current");
inline const QString TooShort = QStringLiteral("too_short");
inline const QString InvalidTime = QStringLiteral("invalid_time");
inline const QString OutOfRange = QStringLiteral("out_of_range");
inline const QString NotAllowed = QStringLiteral("not_allowed");
inline const QString TooSmall = QStringLiteral("too_small");
inline const QString Duplicate = QStringLiteral("duplicate");
inline const QString CountMismatch = QStringLiteral("count_mismatch");
// A child the commune has not approved (or no longer: its identity changed since).
inline const QString NotApproved = QStringLiteral("not_approved");
// An item a service books by the day (its `booking.items`): it is paid through a booking, for one
// child's day, never as a bare quantity that no calendar would count.
inline const QString BookedByDay = QStringLiteral("booked_by_day");
// A file the client checks before sending it (the server answers with the problem codes of the
// same words).
inline const QString EmptyFile = QStringLiteral("empty_file");
inline const QString UnsupportedMediaType = QStringLiteral("unsupported_media_type");
inline const QString Unreadable = QStringLiteral("unreadable");
// The person's consent to ask the CAF or the MSA for their family quotient was not given.
inline const QString ConsentRequired = QStringLiteral("consent_required");
// A commune of birth that is not in the official list (models/CommuneList), a country of birth
// that is not an INSEE country code (99 and three digits).
inline const QString UnknownCommune = QStringLiteral("unknown_commune");
inline const QString InvalidCountry = QStringLiteral("invalid_country");
// A family quotient past its validity (the commune's, from when it was obtained).
inline const QString QuotientExpired = QStringLiteral("quotient_expired");

} // namespace citoyens::FieldCode
