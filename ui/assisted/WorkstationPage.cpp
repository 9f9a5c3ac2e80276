#include "WorkstationPage.h"

#include "widgets/FormHelpers.h"
#include "widgets/FormPage.h"

#include "assisted/AssistedSession.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citoyens {

namespace {

std::function<QString(QWidget*, const QString&)>& folderChooser()
{
    static std::function<QString(QWidget*, const QString&)> chooser = [](QWidget* parent, const QString& current) {
        return QFileDialog::getExistingDirectory(parent, WorkstationPage::tr("Scanner folder"), current);
    };
    return chooser;
}

} // namespace

void WorkstationPage::setFolderChooser(std::function<QString(QWidget*, const QString&)> chooser)
{
    folderChooser() = std::move(chooser);
}

WorkstationPage::WorkstationPage(QWidget* parent)
    : QWidget(parent)
    , m_folder(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose a folder…"), this))
    , m_clear(new QPushButton(tr("&No scanner"), this))
{
    setObjectName(QStringLiteral("workstationPage"));
    setAccessibleName(tr("This desk"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(FormPage::pageMargins());
    layout->addWidget(FormHelpers::paragraph(tr("This desk"), this, QStringLiteral("title")));
    layout->addWidget(FormHelpers::paragraph(
        tr("The folder where this desk's scanner saves what it scans. During an assisted session, each new file "
           "there is offered as the document to attach."),
        this));
    m_folder->setObjectName(QStringLiteral("workstationScannerFolder"));
    m_folder->setAccessibleName(tr("Scanner folder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);
    m_choose->setObjectName(QStringLiteral("workstationChooseButton"));
    m_choose->setAccessibleName(FormHelpers::plain(m_choose->text()));
    m_clear->setObjectName(QStringLiteral("workstationClearButton"));
    m_clear->setAccessibleName(FormHelpers::plain(m_clear->text()));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_choose, &QPushButton::clicked, this, &WorkstationPage::choose);
    connect(m_clear, &QPushButton::clicked, this, &WorkstationPage::clear);
    refresh();
}

void WorkstationPage::refresh()
{
    const QString folder = AssistedSession::scannerFolder();
    m_folder->setText(folder.isEmpty() ? tr("No scanner folder: documents are chosen one by one.")
                                       : tr("Scanner folder: %1").arg(QDir::toNativeSeparators(folder)));
    m_clear->setEnabled(!folder.isEmpty());
}

void WorkstationPage::choose()
{
    const QString folder = folderChooser()(this, AssistedSession::scannerFolder());
    if (folder.isEmpty())
        return; // cancelled: nothing changes
    AssistedSession::setScannerFolder(folder);
    refresh();
}

void WorkstationPage::clear()
{
    AssistedSession::setScannerFolder(QString());
    refresh();
    m_choose->setFocus();
}

} // namespace citoyens
