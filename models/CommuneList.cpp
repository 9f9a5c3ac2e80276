#include "CommuneList.h"

#include <QFile>

#include <algorithm>

namespace citoyens {

QString OfficialCommune::label() const
{
    return QStringLiteral("%1 (%2)").arg(name, departement);
}

QString CommuneList::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019)) {
            if (!space)
                out.append(QLatin1Char(' '));
            space = true;
            continue;
        }
        space = false;
        if (c == QChar(0x0153) || c == QChar(0x0152))
            out.append(QLatin1String("oe"));
        else if (c == QChar(0x00E6) || c == QChar(0x00C6))
            out.append(QLatin1String("ae"));
        else
            out.append(c.toLower());
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

namespace {

// The name without its article, so that « Le Puy-en-Velay » is found under "puy".
QString withoutArticle(const QString& folded)
{
    static const QLatin1String articles[]
        = { QLatin1String("le "), QLatin1String("la "), QLatin1String("les "), QLatin1String("l ") };
    for (const QLatin1String& article : articles) {
        if (folded.startsWith(article))
            return folded.mid(article.size());
    }
    return {};
}

} // namespace

CommuneList CommuneList::fromTsv(const QByteArray& tsv)
{
    CommuneList list;
    const QList<QByteArray> lines = tsv.split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.startsWith('#')) {
            if (list.m_source.isEmpty())
                list.m_source = QString::fromUtf8(line.mid(1)).trimmed();
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 3 || fields.at(0) == "code" || fields.at(0).size() != 5 || fields.at(1).isEmpty())
            continue;
        list.m_communes.push_back(
            { QString::fromLatin1(fields.at(0)), QString::fromUtf8(fields.at(1)), QString::fromLatin1(fields.at(2)) });
    }
    std::sort(list.m_communes.begin(), list.m_communes.end(),
              [](const OfficialCommune& a, const OfficialCommune& b) { return a.code < b.code; });
    list.m_communes.erase(
        std::unique(list.m_communes.begin(), list.m_communes.end(),
                    [](const OfficialCommune& a, const OfficialCommune& b) { return a.code == b.code; }),
        list.m_communes.end());
    list.m_keys.reserve(list.m_communes.size() * 5 / 4);
    for (int i = 0; i < int(list.m_communes.size()); ++i) {
        const QString folded = fold(list.m_communes[i].name);
        list.m_keys.push_back({ folded, i });
        const QString bare = withoutArticle(folded);
        if (!bare.isEmpty())
            list.m_keys.push_back({ bare, i });
    }
    std::sort(list.m_keys.begin(), list.m_keys.end(), [](const Key& a, const Key& b) {
        return a.folded < b.folded || (a.folded == b.folded && a.index < b.index);
    });
    return list;
}

const CommuneList& CommuneList::official()
{
    static const CommuneList list = [] {
        QFile file(QStringLiteral(":/citoyens/data/communes.tsv"));
        return file.open(QIODevice::ReadOnly) ? fromTsv(file.readAll()) : CommuneList();
    }();
    return list;
}

const OfficialCommune* CommuneList::find(const QString& code) const
{
    const auto it = std::lower_bound(m_communes.begin(), m_communes.end(), code,
                                     [](const OfficialCommune& c, const QString& wanted) { return c.code < wanted; });
    return it != m_communes.end() && it->code == code ? &*it : nullptr;
}

QList<OfficialCommune> CommuneList::search(const QString& text, int limit) const
{
    const QString wanted = fold(text);
    QList<OfficialCommune> found;
    if (wanted.isEmpty() || limit <= 0)
        return found;
    auto it = std::lower_bound(m_keys.begin(), m_keys.end(), wanted,
                               [](const Key& k, const QString& w) { return k.folded < w; });
    // An exact name sorts before every longer one that starts with it: the first keys are the exact ones.
    std::vector<int> indexes;
    for (; it != m_keys.end() && it->folded.startsWith(wanted) && int(indexes.size()) < limit; ++it) {
        if (std::find(indexes.begin(), indexes.end(), it->index) == indexes.end())
            indexes.push_back(it->index);
    }
    for (const int index : indexes)
        found.append(m_communes[std::size_t(index)]);
    return found;
}

} // namespace citoyens
