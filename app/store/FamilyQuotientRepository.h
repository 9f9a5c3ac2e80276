#pragma once

#include "StoreRepository.h"

#include "models/FamilyQuotient.h"

#include <QObject>

#include <optional>

namespace citoyens {

// The family quotient the server keeps for the person (table `family_quotient`, one row), so
// that the justificatifs page paints it before the server answers. Every write is one
// statement, then changed().
class FamilyQuotientRepository : public StoreRepository
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FamilyQuotientRepository)

public:
    explicit FamilyQuotientRepository(LocalStore* store = nullptr, QObject* parent = nullptr);

    // The stored quotient, whatever its expiry (nullopt when none).
    std::optional<FamilyQuotient> load() const;
    bool save(const FamilyQuotient& quotient);
    // The server keeps none (any more).
    bool clear();
};

} // namespace citoyens
