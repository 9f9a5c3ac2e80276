#include "DocumentField.h"

#include "widgets/FilePicker.h"
#include "widgets/FormErrors.h"
#include "widgets/FormHelpers.h"

#include "api/ApiError.h"

#include "models/DocumentRules.h"
#include "models/FieldCodes.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPdfDocument>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace citoyens {

namespace {

constexpr int ThumbnailSize = 72;

QString localFileOf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

DocumentField::DocumentField(const QString& name, const QString& label, QWidget* parent)
    : QWidget(parent)
    , m_labelText(label)
    , m_title(nullptr)
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_clear(new QPushButton(tr("Remove"), this))
    , m_file(FormHelpers::paragraph(tr("No file selected."), this, QStringLiteral("hint")))
    , m_preview(new QLabel(this))
    , m_error(FormErrors::createMessageLabel(name + QStringLiteral("Error"), this))
{
    setObjectName(name);
    setAcceptDrops(true);
    setProperty("role", QStringLiteral("dropField"));
    m_title = FormHelpers::fieldLabel(label, m_browse, this);
    m_browse->setObjectName(name + QStringLiteral("BrowseButton"));
    m_browse->setAccessibleName(tr("Choose the file: %1").arg(label));
    m_clear->setObjectName(name + QStringLiteral("ClearButton"));
    m_clear->setAccessibleName(tr("Remove the file: %1").arg(label));
    m_clear->setProperty("role", QStringLiteral("link"));
    m_clear->hide();
    m_file->setObjectName(name + QStringLiteral("FileLabel"));
    m_file->setAccessibleName(tr("Chosen file: %1").arg(label));
    m_preview->setObjectName(name + QStringLiteral("Preview"));
    m_preview->setFixedSize(ThumbnailSize, ThumbnailSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setProperty("role", QStringLiteral("thumbnail"));
    m_preview->hide();

    // [preview] [Parcourir… name (size) Supprimer / hint]: the preview sits beside the choice.
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_browse);
    row->addWidget(m_file, 1);
    row->addWidget(m_clear);
    auto* hint = FormHelpers::paragraph(tr("PDF, JPEG or PNG, 10 MB at most. You can also drop the file here."), this,
                                        QStringLiteral("hint"));
    auto* details = new QVBoxLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(4);
    details->addLayout(row);
    details->addWidget(hint);
    details->addStretch(1);
    auto* content = new QHBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(12);
    content->addWidget(m_preview, 0, Qt::AlignTop);
    content->addLayout(details, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addLayout(content);
    layout->addWidget(m_error);

    connect(m_browse, &QPushButton::clicked, this, &DocumentField::browse);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        m_browse->setFocus(Qt::OtherFocusReason);
    });
}

void DocumentField::browse()
{
    const QString path = FilePicker::openFile(window(), tr("Choose the file: %1").arg(m_labelText),
                                              tr("Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

QString DocumentField::check(const QString& path, QString* mimeType)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return FieldCode::NotFound;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FieldCode::Unreadable;
    if (info.size() == 0)
        return FieldCode::EmptyFile;
    if (info.size() > DocumentRules::MaxDocumentBytes)
        return FieldCode::TooLarge;
    const QString mime = DocumentRules::sniff(file.read(8));
    if (mime.isEmpty())
        return FieldCode::UnsupportedMediaType;
    if (mimeType)
        *mimeType = mime;
    return {};
}

QString DocumentField::describe(const QString& code)
{
    if (code == FieldCode::TooLarge)
        return tr("The file is larger than %1.")
            .arg(QLocale().formattedDataSize(DocumentRules::MaxDocumentBytes, 0, QLocale::DataSizeTraditionalFormat));
    if (code == FieldCode::Required)
        return tr("Choose a file.");
    if (code == FieldCode::NotFound)
        return tr("This file cannot be found.");
    return ApiError::describe(FieldError { QString(), code });
}

QImage DocumentField::renderFirstPage(const QString& path, const QSize& size)
{
    // Its own document: QPdfDocument is a QObject of the thread that makes it.
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || document.pageCount() < 1)
        return {};
    const QSizeF points = document.pagePointSize(0);
    if (points.isEmpty() || size.isEmpty())
        return {};
    const QSize target = points.scaled(QSizeF(size), Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    const QImage rendered = document.render(0, target);
    if (rendered.isNull())
        return {};
    // The page is drawn on transparency: put it on paper, with a thin edge so that a white page
    // stands out in the white frame of the thumbnail.
    QImage page(rendered.size(), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawImage(0, 0, rendered);
    painter.setPen(QColor(0xb8, 0xc4, 0xc9));
    painter.drawRect(page.rect().adjusted(0, 0, -1, -1));
    painter.end();
    return page;
}

void DocumentField::setPath(const QString& path)
{
    m_path = path;
    QString mime;
    m_errorCode = path.isEmpty() ? QString() : check(path, &mime);
    if (path.isEmpty()) {
        m_file->setText(tr("No file selected."));
        m_clear->hide();
    } else {
        const QFileInfo info(path);
        m_file->setText(tr("%1 (%2)").arg(
            info.fileName(), QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat)));
        m_clear->show();
    }
    updatePreview(mime);
    showError(m_errorCode);
    emit pathChanged(path);
}

void DocumentField::updatePreview(const QString& mimeType)
{
    ++m_previewGeneration; // a rendering still running for the previous choice is now stale
    m_previewPending = false;
    m_preview->clear();
    if (m_path.isEmpty() || mimeType.isEmpty()) {
        m_preview->hide();
        return;
    }
    if (DocumentRules::isPhotoType(mimeType)) {
        QImageReader reader(m_path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull()) {
            m_preview->setPixmap(QPixmap::fromImage(image));
            m_preview->setAccessibleName(tr("Preview of %1").arg(QFileInfo(m_path).fileName()));
            m_preview->show();
            return;
        }
    }
    // A PDF: the document icon (the name and size are beside it) until its first page arrives.
    m_preview->setPixmap(style()->standardIcon(QStyle::SP_FileIcon).pixmap(40, 40));
    m_preview->setAccessibleName(tr("PDF document %1").arg(QFileInfo(m_path).fileName()));
    m_preview->show();
    if (!DocumentRules::isPhotoType(mimeType))
        startPdfPreview();
}

void DocumentField::startPdfPreview()
{
    const quint64 generation = m_previewGeneration;
    const QString path = m_path;
    const qreal ratio = devicePixelRatioF();
    const QSize size = QSize(ThumbnailSize, ThumbnailSize) * ratio;
    m_previewPending = true;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation, path, ratio] {
        watcher->deleteLater();
        if (generation != m_previewGeneration || path != m_path)
            return; // another file was chosen meanwhile
        m_previewPending = false;
        QImage page = watcher->result();
        if (!page.isNull()) {
            page.setDevicePixelRatio(ratio);
            m_preview->setPixmap(QPixmap::fromImage(page));
            m_preview->setAccessibleName(tr("Preview of %1").arg(QFileInfo(path).fileName()));
        }
    });
    watcher->setFuture(QtConcurrent::run(&DocumentField::renderFirstPage, path, size));
}

void DocumentField::showError(const QString& code)
{
    showMessage(code.isEmpty() ? QString() : describe(code));
}

void DocumentField::showMessage(const QString& message)
{
    const QString text = message.isEmpty() ? QString() : tr("%1: %2").arg(m_labelText, message);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    m_browse->setAccessibleDescription(text);
    const bool invalid = !text.isEmpty();
    if (m_browse->property("invalid").toBool() != invalid) {
        m_browse->setProperty("invalid", invalid);
        m_browse->style()->unpolish(m_browse);
        m_browse->style()->polish(m_browse);
    }
}

bool DocumentField::hasError() const
{
    return !m_error->text().isEmpty();
}

void DocumentField::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DocumentField::dropEvent(QDropEvent* event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setPath(path);
}

} // namespace citoyens
