#pragma once

#include <QString>

namespace citoyens::ProblemCode {

// The stable machine words of application/problem+json "code": the server answers with them, the
// client decides by them. Add a code here, with its texts in the server's ProblemTexts and the
// client's message table, in the same change.

inline const QString InvalidJson = QStringLiteral("invalid_json");
inline const QString ValidationFailed = QStringLiteral("validation_failed");
inline const QString PasswordTooWeak = QStringLiteral("password_too_weak");
inline const QString InvalidCredentials = QStringLiteral("invalid_credentials");
inline const QString Unauthorized = QStringLiteral("unauthorized");
inline const QString SessionExpired = QStringLiteral("session_expired");
inline const QString InvalidToken = QStringLiteral("invalid_token");
inline const QString PasswordChangeRequired = QStringLiteral("password_change_required");
inline const QString WrongPassword = QStringLiteral("wrong_password");
inline const QString InvalidCode = QStringLiteral("invalid_code");
inline const QString CodeExpired = QStringLiteral("code_expired");
inline const QString TooManyAttempts = QStringLiteral("too_many_attempts");
inline const QString TooManyRequests = QStringLiteral("too_many_requests");
inline const QString PayloadTooLarge = QStringLiteral("payload_too_large");
inline const QString UnsupportedMediaType = QStringLiteral("unsupported_media_type");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString MethodNotAllowed = QStringLiteral("method_not_allowed");
inline const QString PreconditionFailed = QStringLiteral("precondition_failed");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString NotPending = QStringLiteral("not_pending");
inline const QString NotIncomplete = QStringLiteral("not_incomplete");
inline const QString AlreadyDecided = QStringLiteral("already_decided");
inline const QString EmptyFile = QStringLiteral("empty_file");
inline const QString LengthRequired = QStringLiteral("length_required");
inline const QString IdempotencyKeyReused = QStringLiteral("idempotency_key_reused");
inline const QString IdempotencyInFlight = QStringLiteral("in_progress");
inline const QString InvalidIdempotencyKey = QStringLiteral("invalid_idempotency_key");
inline const QString DocumentQuotaExceeded = QStringLiteral("document_quota_exceeded");
inline const QString DocumentInUse = QStringLiteral("document_in_use");
inline const QString PhotoQuotaExceeded = QStringLiteral("photo_quota_exceeded");
inline const QString InternalError = QStringLiteral("internal_error");
inline const QString BadRequest = QStringLiteral("bad_request");
inline const QString RequestTimeout = QStringLiteral("request_timeout");
inline const QString UriTooLong = QStringLiteral("uri_too_long");
inline const QString HeaderFieldsTooLarge = QStringLiteral("header_fields_too_large");
inline const QString ExpectationFailed = QStringLiteral("expectation_failed");
inline const QString HttpVersionNotSupported = QStringLiteral("http_version_not_supported");
inline const QString ServerBusy = QStringLiteral("server_busy");
inline const QString AccountExists = QStringLiteral("account_exists");
inline const QString AdministratorsOnly = QStringLiteral("administrators_only");
inline const QString NotAllowedWhileAssisting = QStringLiteral("not_allowed_while_assisting");
inline const QString InsufficientFunds = QStringLiteral("insufficient_funds");
inline const QString TooManyPendingTopUps = QStringLiteral("too_many_pending_top_ups");
inline const QString NotApproved = QStringLiteral("not_approved");
inline const QString NotBookable = QStringLiteral("not_bookable");
inline const QString DeadlinePassed = QStringLiteral("deadline_passed");
inline const QString TooEarly = QStringLiteral("too_early");
inline const QString AlreadyRefunded = QStringLiteral("already_refunded");
// A day's outcome in the answer of POST /me/reservations (not a problem, as stable): a day not
// booked is skipped with a reason, the day's own (BookingDay's reasons) or already booked/waiting.
inline const QString BookingSkipped = QStringLiteral("skipped");
inline const QString AlreadyBooked = QStringLiteral("already_booked");
inline const QString AlreadyWaiting = QStringLiteral("already_waiting");
inline const QString BookingFull = QStringLiteral("full");
inline const QString WaitingListOpen = QStringLiteral("waiting_list_open");
// The payer's e-mail cannot be given to the payment provider (PayFiP takes 6 to 80 characters).
inline const QString PaymentEmailUnusable = QStringLiteral("payment_email_unusable");
// The payment provider cannot be reached or refused to register the payment (503, Retry-After).
inline const QString PaymentUnavailable = QStringLiteral("payment_unavailable");
// The family quotient from API Particulier: no CAF or MSA file for this identity (404); the API
// cannot answer now (503, the upload stays); the commune has not switched it on (503); the
// quotient a subscription names has expired (also the field code of familyQuotientId).
inline const QString QuotientNotFound = QStringLiteral("quotient_not_found");
inline const QString QuotientUnavailable = QStringLiteral("quotient_unavailable");
inline const QString QuotientNotConfigured = QStringLiteral("quotient_not_configured");
inline const QString QuotientExpired = QStringLiteral("quotient_expired");
inline const QString PaymentPending = QStringLiteral("payment_pending");
inline const QString TooManyPendingPayments = QStringLiteral("too_many_pending_payments");

} // namespace citoyens::ProblemCode
