#pragma once

#include "models/Order.h"

#include <QCoreApplication>
#include <QString>

namespace citoyens {

// The PDF documents of the orders, drawn with QPdfWriter: an order's receipt (the collectivité
// and the commune, the order's number and date, the lines, the total, how it was paid) and the
// yearly statement of childcare costs per child, for the tax return.
class ReceiptWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptWriter)

public:
    // The collectivité the platform belongs to, as it signs its documents.
    static QString collectivite();

    // False with `error` (in words) when the file cannot be written.
    static bool writeReceipt(const Order& order, const QString& path, QString* error = nullptr);
    // `holder`: the person's name ("Marie Dupont"), may be empty.
    static bool writeChildcareStatement(const ChildcareStatement& statement, const QString& holder, const QString& path,
                                        QString* error = nullptr);

    // How the order was paid, as the receipt and the orders page say it: « Payé avec le
    // porte-monnaie », « Payé par carte » (with the bank's authorisation when known), or where a
    // card payment stands.
    static QString paidWithText(const Order& order);

    // "recu-CMD-2026-000123.pdf", "attestation-frais-de-garde-2026.pdf"
    static QString receiptFileName(const Order& order);
    static QString statementFileName(int year);
};

} // namespace citoyens
