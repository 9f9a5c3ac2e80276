#include "PageRegistry.h"

#include <algorithm>

namespace citoyens {

void PageRegistry::declare(PageDeclaration page)
{
    m_pages.append(std::move(page));
}

void PageRegistry::declareSection(const QString& role, const QString& title)
{
    m_sections.insert(role, title);
}

QList<PageDeclaration> PageRegistry::pagesFor(const QString& role, bool withScope) const
{
    QList<PageDeclaration> pages;
    for (const PageDeclaration& page : m_pages) {
        if (page.roles.contains(role) && (withScope || !page.needsScope))
            pages.append(page);
    }
    std::stable_sort(pages.begin(), pages.end(),
                     [](const PageDeclaration& a, const PageDeclaration& b) { return a.order < b.order; });
    return pages;
}

QString PageRegistry::sectionTitle(const QString& role) const
{
    return m_sections.value(role);
}

const PageDeclaration* PageRegistry::find(const QString& id) const
{
    for (const PageDeclaration& page : m_pages) {
        if (page.id == id)
            return &page;
    }
    return nullptr;
}

} // namespace citoyens
