#pragma once

#include "PageIds.h"

#include <QCoreApplication>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace citoyens {

class AccountScope;
class AssistedSession;
class Session;

// What a page's factory gets: the objects it may show, and how to reach the other pages.
struct PageContext
{
    Session* session = nullptr;
    AccountScope* scope = nullptr; // the signed-in person's scope
    AssistedSession* assistance = nullptr; // an agent's desk: assisted sessions, the lock
    QWidget* parent = nullptr;
    std::function<void(const QString& pageId)> openPage;
    std::function<void(const QString& pageId, int count)> setBadge;
};

// One page of the signed-in part, as data: the sidebar entry and the home tile are drawn
// from it. Pages are listed by `order` (the home page, always first, is not declared).
struct PageDeclaration
{
    QString id; // "services"; also what openPage() takes
    QStringList roles; // Account::role values that see the page
    int order = 0;
    QString label; // translated
    QIcon icon;
    QString tileObjectName; // the home tile's objectName; empty: no tile
    bool needsScope = false; // shown only when an account scope is given
    bool needsAssistance = false; // shown only when the window has an AssistedSession
    std::function<QWidget*(const PageContext&)> create;
    // Forgets what the page holds (someone else signs in); may be empty.
    std::function<void(QWidget*)> reset;
};

// The pages each role sees, and the title of its section of the sidebar.
class PageRegistry
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    void declare(PageDeclaration page);
    void declareSection(const QString& role, const QString& title);

    // The pages of `role`, by order; those that need a scope only when `withScope`.
    QList<PageDeclaration> pagesFor(const QString& role, bool withScope = true) const;
    QString sectionTitle(const QString& role) const;
    const PageDeclaration* find(const QString& id) const;

    // Every page of the client, declared in AccountPages.cpp.
    static PageRegistry standard();

private:
    QList<PageDeclaration> m_pages;
    QHash<QString, QString> m_sections;
};

} // namespace citoyens
