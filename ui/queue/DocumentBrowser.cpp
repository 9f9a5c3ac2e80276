#include "DocumentBrowser.h"

#include "DocumentViewer.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace citoyens {

DocumentBrowser::DocumentBrowser(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("This request has no document."), this))
    , m_viewer(new DocumentViewer(this))
{
    setObjectName(QStringLiteral("documentBrowser"));
    m_list->setObjectName(QStringLiteral("documentBrowserList"));
    m_list->setAccessibleName(tr("Documents of the request"));
    // Wide enough for a document's label ("Justificatif de domicile") on one line; longer ones wrap.
    m_list->setMinimumWidth(170);
    m_list->setMaximumWidth(300);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSpacing(3);
    m_empty->setObjectName(QStringLiteral("documentBrowserEmpty"));
    m_empty->setProperty("role", QStringLiteral("hint"));
    m_empty->setWordWrap(true);

    auto* side = new QVBoxLayout;
    side->addWidget(m_list, 1);
    side->addWidget(m_empty);
    side->addStretch(0);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(side);
    layout->addWidget(m_viewer, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &DocumentBrowser::showEntry);

    auto* next = new QAction(tr("Next document"), this);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &DocumentBrowser::showNext);
    auto* previous = new QAction(tr("Previous document"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &DocumentBrowser::showPrevious);
    addActions({ next, previous });
    // The list, then the viewer's toolbar (not its content, the viewer's focus proxy).
    if (auto* toolbarStart = m_viewer->findChild<QWidget*>(QStringLiteral("documentViewerZoomOut")))
        setTabOrder(m_list, toolbarStart);
    setDocuments({});
}

DocumentBrowser::~DocumentBrowser() = default;

void DocumentBrowser::setDocuments(const QList<Entry>& documents)
{
    m_documents = documents;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const auto& entry : documents) {
            const QString file = entry.fileName.isEmpty() ? QFileInfo(entry.filePath).fileName() : entry.fileName;
            // The file's name under its label, unless it only repeats the label.
            const bool repeats = QFileInfo(file).completeBaseName() == entry.label;
            auto* item
                = new QListWidgetItem(repeats ? entry.label : QStringLiteral("%1\n%2").arg(entry.label, file), m_list);
            item->setData(Qt::AccessibleTextRole, tr("%1, file %2").arg(entry.label, file));
            item->setToolTip(file);
        }
    }
    m_list->setVisible(!documents.isEmpty());
    m_empty->setVisible(documents.isEmpty());
    if (documents.isEmpty()) {
        m_viewer->clear();
        Q_EMIT currentChanged(-1);
        return;
    }
    m_list->setCurrentRow(0);
}

int DocumentBrowser::count() const
{
    return int(m_documents.size());
}

int DocumentBrowser::currentIndex() const
{
    return m_list->currentRow();
}

void DocumentBrowser::setCurrentIndex(int index)
{
    if (index >= 0 && index < count())
        m_list->setCurrentRow(index);
}

void DocumentBrowser::showNext()
{
    setCurrentIndex(currentIndex() + 1);
}

void DocumentBrowser::showPrevious()
{
    setCurrentIndex(currentIndex() - 1);
}

void DocumentBrowser::showEntry(int index)
{
    if (index < 0 || index >= count())
        return;
    const auto& entry = m_documents.at(index);
    if (entry.filePath.isEmpty())
        m_viewer->showData(entry.data, entry.mimeType, entry.fileName);
    else
        m_viewer->showFile(entry.filePath);
    Q_EMIT currentChanged(index);
}

} // namespace citoyens
