#include "CatalogueFilterProxy.h"

#include "itemmodels/CatalogueModel.h"

#include <QFont>
#include <QLocale>

namespace citoyens {

CatalogueFilterProxy::CatalogueFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

QString CatalogueFilterProxy::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out.simplified();
}

void CatalogueFilterProxy::setFilterText(const QString& text)
{
    const QString folded = fold(text);
    if (folded == m_folded)
        return;
    m_folded = folded;
    invalidateFilter();
}

bool CatalogueFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return fold(index.data(CatalogueModel::NameRole).toString()).contains(m_folded);
}

QVariant CatalogueFilterProxy::data(const QModelIndex& index, int role) const
{
    // Read the source's roles from the source index: asking `index` would come back here.
    const QModelIndex source = mapToSource(index);
    const bool commune = source.data(CatalogueModel::NodeKindRole).toInt() == int(CatalogueModel::NodeKind::Commune);
    if (role == Qt::DisplayRole)
        return QLocale(QLocale::French).toUpper(source.data(CatalogueModel::NameRole).toString());
    if (role == Qt::AccessibleTextRole && !commune)
        return source.data(CatalogueModel::CommuneNameRole).toString() + QStringLiteral(", ")
            + source.data(CatalogueModel::NameRole).toString();
    if (role == Qt::FontRole && commune) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QSortFilterProxyModel::data(index, role);
}

Qt::ItemFlags CatalogueFilterProxy::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QSortFilterProxyModel::flags(index);
    if (mapToSource(index).data(CatalogueModel::NodeKindRole).toInt() == int(CatalogueModel::NodeKind::Commune))
        f &= ~Qt::ItemIsSelectable;
    return f;
}

} // namespace citoyens
