#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace citoyens {

class SidebarModel;

// A list of pages beside a QStackedWidget (KeePassXC EditWidget style). Pages are added
// with one call (or all taken out with clearPages(), when the role changes); footer buttons (e.g. "Déconnexion") stay
// below the list, last. Tab goes through three stops in the order a person reads them: the
// list, the current page, then the footer (whatever order the widgets were created in: the
// pages are built after the footer); Return on the list puts the focus in the page.
class Sidebar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sidebar)

public:
    explicit Sidebar(const QString& header, QWidget* parent = nullptr);

    int addPage(const QString& label, const QIcon& icon, QWidget* widget);
    // Takes every page out of the sidebar (the widgets are hidden, not deleted).
    void clearPages();
    // Takes one page out (hidden, not deleted).
    void removePage(QWidget* widget);
    void setHeader(const QString& header);
    QString header() const;
    int indexOf(QWidget* widget) const;
    QPushButton* addFooterButton(const QString& label, const QIcon& icon, const QString& objectName);
    // A block below the footer buttons (the wallet's "DÉPÔTS DE FONDS"); the sidebar owns it.
    void addFooterWidget(QWidget* widget);

    void setCurrentPage(QWidget* widget);
    QWidget* currentPage() const;
    int pageCount() const;
    QListView* list() const { return m_list; }
    SidebarModel* model() const { return m_model; }
    QStackedWidget* stack() const { return m_stack; }

signals:
    void currentPageChanged(QWidget* widget);
    // Return (or a double click) on the list: the person wants to go into the page.
    void pageEntered(QWidget* widget);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    QList<QWidget*> tabStopsInOrder() const;

    QWidget* m_panel;
    QLabel* m_header;
    SidebarModel* m_model;
    QListView* m_list;
    QVBoxLayout* m_footer;
    QStackedWidget* m_stack;
};

} // namespace citoyens
