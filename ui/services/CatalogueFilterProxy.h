#pragma once

#include <QSortFilterProxyModel>

namespace citoyens {

// The catalogue as the add-service page shows it: communes and services in capitals (as the
// web platform writes them), filtered by a text that ignores case and accents ("ros" and
// "rosieres" both find ROSIÈRES); a commune that matches keeps all its services, a service
// that matches keeps its commune. Only services can be selected.
class CatalogueFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueFilterProxy)

public:
    explicit CatalogueFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    // Lower case, without accents, single spaces: the form texts are compared in.
    static QString fold(const QString& text);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_folded;
};

} // namespace citoyens
