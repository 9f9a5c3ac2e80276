// Fuzz entry for everything in models/ that reads untrusted input (the server reads request
// bodies with it, the client reads answers): JSON parsing, the codecs and the field rules.
// Built as a libFuzzer target with clang (-DCITOYENS_FUZZ=ON), and replayed by
// tst_fuzz_models in every test run over a seed corpus and deterministic mutations.
#include "models/Account.h"
#include "models/Beneficiary.h"
#include "models/Catalogue.h"
#include "models/DocumentRules.h"
#include "models/Notification.h"
#include "models/PasswordPolicy.h"
#include "models/Quotient.h"
#include "models/Subscription.h"
#include "models/SubscriptionRequest.h"
#include "models/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace citoyens;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    FieldErrors errors;
    if (const std::optional<Account> a = Account::fromJson(json, &errors))
        (void)Account::fromJson(a->toJson());
    const Registration r = Registration::fromJson(json, &errors);
    (void)Validation::registration(r, QDate(2026, 11, 26));
    const ProfileChange c = ProfileChange::fromJson(json, &errors);
    (void)Validation::profileChange(c, QDate(2026, 11, 26));
    (void)PasswordPolicy::failures(QString::fromUtf8(bytes));
    (void)Validation::email(QString::fromUtf8(bytes));
    // Services.
    if (const std::optional<Catalogue> cat = Catalogue::fromJson(json, &errors)) {
        (void)Catalogue::fromJson(cat->toJson());
        for (const Commune& commune : cat->communes) {
            for (const Service& service : commune.services)
                (void)Quotient::bracketFor(service.brackets, int(size));
        }
    }
    const SubscriptionRequest req = SubscriptionRequest::fromJson(json, &errors);
    if (req.fiscalIncomeEuros && req.fiscalPartsHalves)
        (void)Quotient::familial(*req.fiscalIncomeEuros, *req.fiscalPartsHalves);
    if (const std::optional<Subscription> s = Subscription::fromJson(json, &errors))
        (void)s->displayName();
    if (const std::optional<Beneficiary> b = Beneficiary::fromJson(json, &errors))
        (void)Validation::beneficiary(*b, QDate(2026, 11, 26));
    (void)Notification::fromJson(json, &errors);
    (void)DocumentRules::sniff(bytes);
    (void)DocumentRules::safeFilename(QString::fromUtf8(bytes));
    (void)Validation::fiscalIncomeText(QString::fromUtf8(bytes));
    (void)Validation::fiscalPartsText(QString::fromUtf8(bytes));
    return 0;
}
