#include "AssistedSessionWidget.h"

#include "SensitiveClipboard.h"

#include "account/PageRegistry.h"
#include "services/ServicesWidget.h"
#include "wallet/WalletPanel.h"
#include "widgets/Confirmation.h"
#include "widgets/DocumentField.h"
#include "widgets/FormHelpers.h"
#include "widgets/Sidebar.h"

#include "assisted/AssistedSession.h"
#include "models/Account.h"
#include "scope/AccountScope.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QVBoxLayout>

namespace citoyens {

AssistedSessionWidget::AssistedSessionWidget(AssistedSession* assistance, AccountScope* scope, QWidget* parent)
    : QWidget(parent)
    , m_assistance(assistance)
    , m_clipboard(std::make_unique<SensitiveClipboard>())
    , m_banner(new QLabel(this))
    , m_end(new QPushButton(this))
    , m_sidebar(new Sidebar(tr("CITIZEN'S ACCOUNT"), this))
    , m_scanBar(new QWidget(this))
    , m_scanLabel(new QLabel(m_scanBar))
    , m_scanTarget(new QComboBox(m_scanBar))
    , m_scanAttach(new QPushButton(tr("&Attach"), m_scanBar))
{
    setObjectName(QStringLiteral("assistedSession"));
    setAccessibleName(tr("Assisted session"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* bannerBox = new QWidget(this);
    bannerBox->setObjectName(QStringLiteral("assistedBanner"));
    bannerBox->setAttribute(Qt::WA_StyledBackground);
    bannerBox->setStyleSheet(QStringLiteral("#assistedBanner { background: #7a2e0e; } #assistedBanner QLabel "
                                            "{ color: white; font-weight: bold; font-size: 15px; }"));
    auto* bannerLayout = new QHBoxLayout(bannerBox);
    bannerLayout->setContentsMargins(16, 10, 16, 10);
    m_banner->setObjectName(QStringLiteral("assistedBannerLabel"));
    m_banner->setText(tr("You are acting for %1").arg(assistance->assistedName()));
    m_banner->setAccessibleName(m_banner->text());
    m_end->setObjectName(QStringLiteral("assistedEndButton"));
    m_end->setAccessibleName(tr("End the assistance"));
    // Not a mnemonic: the citizen's pages below use every letter of the label for their own
    // fields (Alt+T is « Type de filiation »). Ctrl+F4 closes a document in most programs.
    const QKeySequence endKeys(Qt::CTRL | Qt::Key_F4);
    m_end->setText(tr("End the assistance  (%1)").arg(endKeys.toString(QKeySequence::NativeText)));
    m_end->setAccessibleDescription(tr("Shortcut: %1").arg(endKeys.toString(QKeySequence::NativeText)));
    auto* endShortcut = new QShortcut(endKeys, this);
    endShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(endShortcut, &QShortcut::activated, m_end, &QPushButton::click);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_end);
    layout->addWidget(bannerBox);

    m_scanBar->setObjectName(QStringLiteral("assistedScanBar"));
    auto* scanLayout = new QHBoxLayout(m_scanBar);
    scanLayout->setContentsMargins(16, 6, 16, 6);
    m_scanLabel->setObjectName(QStringLiteral("assistedScanLabel"));
    m_scanTarget->setObjectName(QStringLiteral("assistedScanTargetCombo"));
    m_scanTarget->setAccessibleName(tr("Document field for the scan"));
    m_scanAttach->setObjectName(QStringLiteral("assistedScanAttachButton"));
    m_scanAttach->setAccessibleName(tr("Attach the scanned document"));
    scanLayout->addWidget(m_scanLabel, 1);
    scanLayout->addWidget(m_scanTarget);
    scanLayout->addWidget(m_scanAttach);
    m_scanBar->hide();
    layout->addWidget(m_scanBar);
    layout->addWidget(m_sidebar, 1);

    PageContext context;
    context.scope = scope;
    context.parent = this;
    context.openPage = [this](const QString& id) {
        if (QWidget* widget = m_pages.value(id))
            m_sidebar->setCurrentPage(widget);
    };
    context.setBadge = [](const QString&, int) {
    };
    // The citizen's pages that need only their scope: the profile and the password stay the
    // citizen's own business.
    const PageRegistry registry = PageRegistry::standard();
    for (const PageDeclaration& declaration : registry.pagesFor(Account::RoleCitizen, true)) {
        if (!declaration.needsScope)
            continue;
        QWidget* widget = declaration.create(context);
        m_pages.insert(declaration.id, widget);
        m_sidebar->addPage(declaration.label, declaration.icon, widget);
    }
    m_sidebar->addFooterWidget(new WalletPanel(scope, m_sidebar));
    if (auto* services = qobject_cast<ServicesWidget*>(m_pages.value(PageId::Services))) {
        m_sidebar->setCurrentPage(services);
        services->showList();
    }

    connect(m_end, &QPushButton::clicked, this, &AssistedSessionWidget::endRequested);
    // The session this widget shows ends (another one starts only after that).
    connect(m_assistance, &AssistedSession::assistedChanged, this, [this] {
        if (!m_assistance->assisted())
            forgetClipboard();
    });
    connect(m_scanAttach, &QPushButton::clicked, this, &AssistedSessionWidget::attachScan);
    watchScanner();
    qApp->installEventFilter(this);
}

AssistedSessionWidget::~AssistedSessionWidget()
{
    forgetClipboard();
}

void AssistedSessionWidget::forgetClipboard()
{
    if (m_clipboard)
        m_clipboard->clearIfOurs();
    m_clipboard.reset();
}

bool AssistedSessionWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!key->matches(QKeySequence::Copy) || !widget || !isAncestorOf(widget) || !m_clipboard)
        return QWidget::eventFilter(watched, event);
    const QString text = copiableText(widget);
    if (text.isEmpty())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress)
        m_clipboard->copy(text);
    event->accept();
    return true;
}

QString AssistedSessionWidget::copiableText(QWidget* focus) const
{
    if (auto* edit = qobject_cast<QLineEdit*>(focus)) {
        // A password field keeps its secret.
        return edit->echoMode() == QLineEdit::Normal ? edit->selectedText() : QString();
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(focus)) {
        QStringList cells;
        const QModelIndexList selected
            = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
        for (const QModelIndex& index : selected)
            cells.append(index.data().toString());
        if (cells.isEmpty() && view->currentIndex().isValid())
            cells.append(view->currentIndex().data().toString());
        return cells.join(QLatin1Char('\t'));
    }
    return {};
}

bool AssistedSessionWidget::hasUnsentInput() const
{
    // What the agent typed or attached on a page still open and not sent: a form sent (or
    // closed) is cleared or hidden, so the fields left visible and changed are the work at stake.
    for (const QLineEdit* edit : findChildren<QLineEdit*>()) {
        // A list's filter or search is no work; an editable combo's text is its choice.
        const bool filter = edit->objectName().endsWith(QLatin1String("FilterEdit"))
            || edit->objectName().endsWith(QLatin1String("SearchEdit"));
        if (edit->isVisible() && !edit->isReadOnly() && edit->isModified() && !edit->text().trimmed().isEmpty()
            && !filter && !qobject_cast<QComboBox*>(edit->parentWidget()))
            return true;
    }
    for (const QPlainTextEdit* edit : findChildren<QPlainTextEdit*>()) {
        if (edit->isVisible() && !edit->isReadOnly() && edit->document()->isModified())
            return true;
    }
    for (const DocumentField* field : findChildren<DocumentField*>()) {
        if (field->isVisible() && !field->path().isEmpty())
            return true;
    }
    return false;
}

void AssistedSessionWidget::endRequested()
{
    // Ending destroys the citizen's temporary scope: what was not sent is lost, and says so.
    // Nothing typed: no question, the agent ends sessions all day long.
    if (hasUnsentInput()
        && !Confirmation::ask(this, tr("End the assistance"),
                              tr("What you typed or attached for %1 has not been sent and will be lost. End the "
                                 "assistance anyway?")
                                  .arg(m_assistance->assistedName()),
                              tr("End the assistance"), tr("Keep the assistance open"))) {
        m_end->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_assistance->endAssisted();
}

QString AssistedSessionWidget::bannerText() const
{
    return m_banner->text();
}

void AssistedSessionWidget::watchScanner()
{
    m_scannerFolder = AssistedSession::scannerFolder();
    if (m_scannerFolder.isEmpty() || !QFileInfo(m_scannerFolder).isDir())
        return;
    // What was there before the session started belongs to nobody in particular: only new
    // files are offered.
    const QDir folder(m_scannerFolder);
    for (const QString& name : folder.entryList(QDir::Files))
        m_knownScans.insert(folder.filePath(name));
    m_watcher = new QFileSystemWatcher({ m_scannerFolder }, this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &AssistedSessionWidget::onScannerChanged);
}

void AssistedSessionWidget::onScannerChanged()
{
    const QDir folder(m_scannerFolder);
    const QFileInfoList files = folder.entryInfoList(QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        const QString path = file.absoluteFilePath();
        if (m_knownScans.contains(path))
            continue;
        m_knownScans.insert(path);
        offerScan(path);
        return;
    }
}

QList<DocumentField*> AssistedSessionWidget::visibleDocumentFields() const
{
    QList<DocumentField*> fields;
    for (DocumentField* field : findChildren<DocumentField*>()) {
        if (field->isVisible())
            fields.append(field);
    }
    return fields;
}

void AssistedSessionWidget::offerScan(const QString& path)
{
    m_scan = path;
    m_scanTarget->clear();
    for (DocumentField* field : visibleDocumentFields())
        m_scanTarget->addItem(field->label(), field->objectName());
    m_scanLabel->setText(m_scanTarget->count() > 0
                             ? tr("New document from the scanner: %1").arg(QFileInfo(path).fileName())
                             : tr("New document from the scanner: %1. Open a request's documents to attach it.")
                                   .arg(QFileInfo(path).fileName()));
    m_scanTarget->setVisible(m_scanTarget->count() > 0);
    m_scanAttach->setVisible(m_scanTarget->count() > 0);
    m_scanBar->show();
}

void AssistedSessionWidget::attachScan()
{
    if (m_scan.isEmpty())
        return;
    const QString name = m_scanTarget->currentData().toString();
    for (DocumentField* field : visibleDocumentFields()) {
        if (field->objectName() == name) {
            field->setPath(m_scan);
            m_scanBar->hide();
            return;
        }
    }
}

} // namespace citoyens
