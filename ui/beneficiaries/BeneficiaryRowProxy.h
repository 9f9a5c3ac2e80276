#pragma once

#include <QIdentityProxyModel>

namespace citoyens {

// A beneficiary as the list shows it: "Léa Martin — née le 01/01/2018 — MS" on the first
// line, its status in the web platform's words ("En attente de validation") on the second.
class BeneficiaryRowProxy : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BeneficiaryRowProxy)

public:
    explicit BeneficiaryRowProxy(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status, const QString& reason);
};

} // namespace citoyens
