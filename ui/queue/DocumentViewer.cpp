#include "DocumentViewer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <QWheelEvent>
#include <iterator>

#include <algorithm>
#include <cmath>

namespace citoyens {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

QToolButton* toolButton(const QString& text, const QString& name, const QString& accessible, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Never narrower than its words (a squashed « Ajuster » read « juste »).
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    return button;
}

} // namespace

DocumentViewer::DocumentViewer(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_imageArea(new QScrollArea(m_stack))
    , m_image(new QLabel(m_imageArea))
    , m_pdfView(new QPdfView(m_stack))
    , m_pdf(new QPdfDocument(this))
    , m_message(new QLabel(m_stack))
{
    setObjectName(QStringLiteral("documentViewer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QWidget(this);
    buildToolbar(bar);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    m_imageArea->setObjectName(QStringLiteral("documentViewerImageArea"));
    m_imageArea->setAccessibleName(tr("Document image"));
    m_imageArea->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setFocusPolicy(Qt::StrongFocus);
    m_image->setObjectName(QStringLiteral("documentViewerImage"));
    m_pdfView->setObjectName(QStringLiteral("documentViewerPdf"));
    m_pdfView->setAccessibleName(tr("PDF document"));
    m_pdfView->setFocusPolicy(Qt::StrongFocus);
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setDocument(m_pdf);
    m_message->setObjectName(QStringLiteral("documentViewerMessage"));
    m_message->setProperty("role", QStringLiteral("notice"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_message->setFocusPolicy(Qt::StrongFocus);
    auto* messagePage = new QWidget(m_stack);
    auto* messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addStretch();
    m_stack->addWidget(new QWidget(m_stack)); // nothing
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_pdfView);
    m_stack->addWidget(messagePage);
    m_imageArea->viewport()->installEventFilter(this);
    m_pdfView->viewport()->installEventFilter(this);

    connect(m_pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this] { updateControls(); });
    connect(m_pdfView, &QPdfView::zoomFactorChanged, this, [this] { updateControls(); });
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (m_shown == Shown::Nothing && status == QPdfDocument::Status::Ready)
            showPdf();
        else if (m_shown == Shown::Nothing && status == QPdfDocument::Status::Error)
            showMessage(tr("“%1” cannot be shown: the PDF is damaged or unreadable.").arg(m_name));
    });
    // Reading order: the toolbar's rows, then the document.
    QWidget* order[] = { m_zoomOut,  m_zoomIn,    m_fitButton, m_actualSize, m_previousPage,
                         m_nextPage, m_imageArea, m_pdfView,   m_message };
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    updateControls();
}

DocumentViewer::~DocumentViewer()
{
    m_pdf->close();
}

void DocumentViewer::buildToolbar(QWidget* bar)
{
    // Two rows: the zoom, then the pages. On one row, beside the request and the list of its
    // documents at the default window size, the labels were cut (« juste », « Page 1 s »).
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);
    auto* row = new QHBoxLayout;
    auto* pages = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(pages);
    m_zoomOut = toolButton(QStringLiteral("−"), QStringLiteral("documentViewerZoomOut"), tr("Zoom out"), bar);
    m_zoomIn = toolButton(QStringLiteral("+"), QStringLiteral("documentViewerZoomIn"), tr("Zoom in"), bar);
    m_fitButton = toolButton(tr("Fit"), QStringLiteral("documentViewerFit"), tr("Fit to the view"), bar);
    m_actualSize = toolButton(tr("100 %"), QStringLiteral("documentViewerActualSize"), tr("Actual size"), bar);
    m_previousPage
        = toolButton(QStringLiteral("◀"), QStringLiteral("documentViewerPreviousPage"), tr("Previous page"), bar);
    m_nextPage = toolButton(QStringLiteral("▶"), QStringLiteral("documentViewerNextPage"), tr("Next page"), bar);
    m_pageLabel = new QLabel(bar);
    m_pageLabel->setObjectName(QStringLiteral("documentViewerPageLabel"));
    m_pageLabel->setProperty("role", QStringLiteral("hint"));
    for (auto* button : { m_zoomOut, m_zoomIn, m_fitButton, m_actualSize })
        row->addWidget(button);
    row->addStretch();
    pages->addWidget(m_previousPage);
    pages->addWidget(m_pageLabel);
    pages->addWidget(m_nextPage);
    pages->addStretch();

    // Shortcuts live on the viewer, so two viewers on one screen do not fight over them.
    const auto addShortcut
        = [this](QToolButton* button, const QList<QKeySequence>& keys, void (DocumentViewer::*slot)()) {
              auto* action = new QAction(button->accessibleName(), this);
              action->setShortcuts(keys);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              addAction(action);
              connect(action, &QAction::triggered, this, slot);
              connect(button, &QToolButton::clicked, this, slot);
              button->setToolTip(QStringLiteral("%1 (%2)").arg(button->accessibleName(),
                                                               keys.first().toString(QKeySequence::NativeText)));
          };
    addShortcut(m_zoomIn, { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, &DocumentViewer::zoomIn);
    addShortcut(m_zoomOut, { QKeySequence::ZoomOut }, &DocumentViewer::zoomOut);
    addShortcut(m_actualSize, { QKeySequence(Qt::CTRL | Qt::Key_0) }, &DocumentViewer::zoomToActualSize);
    addShortcut(m_fitButton, { QKeySequence(Qt::CTRL | Qt::Key_9) }, &DocumentViewer::zoomToFit);
    addShortcut(m_previousPage, { QKeySequence(Qt::CTRL | Qt::Key_PageUp) }, &DocumentViewer::previousPage);
    addShortcut(m_nextPage, { QKeySequence(Qt::CTRL | Qt::Key_PageDown) }, &DocumentViewer::nextPage);
}

void DocumentViewer::showPage(QWidget* page, QWidget* focusTarget)
{
    // The viewer's focus is its content's (the shortcuts need focus inside the viewer); a
    // change of content keeps it there.
    QWidget* focused = QApplication::focusWidget();
    const bool hadFocus = focused && (focused == this || isAncestorOf(focused));
    m_stack->setCurrentWidget(page);
    // Not a focus proxy: Qt 6 moves a proxy next to its widget in the Tab chain, and Tab then
    // went from the documents' list to the content past the toolbar.
    m_focusTarget = focusTarget;
    if (hadFocus && focusTarget)
        focusTarget->setFocus(Qt::OtherFocusReason);
}

void DocumentViewer::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    if (m_focusTarget)
        m_focusTarget->setFocus(Qt::OtherFocusReason);
}

void DocumentViewer::clear()
{
    m_shown = Shown::Nothing;
    m_name.clear();
    m_source = QImage();
    m_image->clear();
    m_pdf->close();
    m_pdfBuffer.close();
    m_pdfBytes.clear();
    m_message->clear();
    showPage(m_stack->widget(0), nullptr);
    m_fit = true;
    updateControls();
}

void DocumentViewer::showFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        clear();
        m_name = name;
        showMessage(tr("“%1” cannot be shown: the file cannot be read (%2).").arg(name, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    const auto type = QMimeDatabase().mimeTypeForFileNameAndData(path, data);
    showData(data, type.name(), name);
}

void DocumentViewer::showData(const QByteArray& data, const QString& mimeType, const QString& name)
{
    clear();
    m_name = name;
    const auto type = QMimeDatabase().mimeTypeForName(mimeType);
    if (type.inherits(QStringLiteral("application/pdf"))) {
        m_pdfBytes = data;
        m_pdfBuffer.setBuffer(&m_pdfBytes);
        m_pdfBuffer.open(QIODevice::ReadOnly);
        // Ready or Error arrive through statusChanged (at once or later, as Qt PDF likes).
        m_pdf->load(&m_pdfBuffer);
        return;
    }
    if (type.name().startsWith(QLatin1String("image/"))) {
        QImage image;
        if (!QImageReader::supportedMimeTypes().contains(type.name().toLatin1()) || !image.loadFromData(data)) {
            showMessage(tr("“%1” cannot be shown: the image is damaged or in a format this application does not read.")
                            .arg(name));
            return;
        }
        showImage(image);
        return;
    }
    showMessage(tr("“%1” cannot be shown here: documents of this type (%2) are not supported. Only images and PDF "
                   "files can be viewed.")
                    .arg(name, type.comment().isEmpty() ? mimeType : type.comment()));
}

void DocumentViewer::showImage(const QImage& image)
{
    m_source = image;
    m_shown = Shown::Image;
    m_image->setAccessibleName(tr("Image %1").arg(m_name));
    showPage(m_imageArea, m_imageArea);
    m_fit = true;
    applyImageZoom();
    updateControls();
    Q_EMIT shownChanged(m_shown);
}

void DocumentViewer::showPdf()
{
    m_shown = Shown::Pdf;
    m_pdfView->setAccessibleName(tr("PDF document %1").arg(m_name));
    showPage(m_pdfView, m_pdfView);
    m_fit = true;
    applyPdfZoom();
    goToPage(0);
    updateControls();
    Q_EMIT shownChanged(m_shown);
}

void DocumentViewer::showMessage(const QString& text)
{
    m_shown = Shown::Message;
    m_message->setText(text);
    m_message->setAccessibleName(text);
    showPage(m_stack->widget(3), m_message);
    updateControls();
    Q_EMIT shownChanged(m_shown);
}

QString DocumentViewer::message() const
{
    return m_shown == Shown::Message ? m_message->text() : QString();
}

qreal DocumentViewer::pdfFitFactor() const
{
    // The whole page in the view. QPdfView's own FitInView (6.4) leaves the foot of the page
    // out, so the factor is computed here, the way QPdfView sizes a page: points at the
    // primary screen's logical resolution, times the factor, within the document margins.
    const QSizeF points = m_pdf->pagePointSize(currentPage());
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (points.isEmpty() || !screen)
        return 1.0;
    const qreal pixelsPerPoint = screen->logicalDotsPerInch() / 72.0;
    const QMargins margins = m_pdfView->documentMargins();
    const QSize area = m_pdfView->viewport()->size().shrunkBy(margins);
    const qreal factor = std::min(area.width() / (points.width() * pixelsPerPoint),
                                  area.height() / (points.height() * pixelsPerPoint));
    return std::clamp(factor, kMinZoom, kMaxZoom);
}

void DocumentViewer::applyPdfZoom()
{
    updateScrollBars();
    m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
    m_pdfView->setZoomFactor(m_fit ? pdfFitFactor() : m_zoom);
}

qreal DocumentViewer::zoomFactor() const
{
    if (m_shown == Shown::Pdf && m_fit)
        return pdfFitFactor();
    if (m_shown == Shown::Image && m_fit && !m_source.isNull()) {
        const QSize area = m_imageArea->viewport()->size();
        return std::min({ 1.0, qreal(area.width()) / m_source.width(), qreal(area.height()) / m_source.height() });
    }
    return m_zoom;
}

int DocumentViewer::pageCount() const
{
    return m_shown == Shown::Pdf ? m_pdf->pageCount() : (m_shown == Shown::Image ? 1 : 0);
}

int DocumentViewer::currentPage() const
{
    return m_shown == Shown::Pdf ? m_pdfView->pageNavigator()->currentPage() : 0;
}

void DocumentViewer::zoomIn()
{
    setZoom(zoomFactor() * kZoomStep);
}

void DocumentViewer::zoomOut()
{
    setZoom(zoomFactor() / kZoomStep);
}

void DocumentViewer::zoomToActualSize()
{
    setZoom(1.0);
}

void DocumentViewer::zoomToFit()
{
    if (m_shown != Shown::Image && m_shown != Shown::Pdf)
        return;
    m_fit = true;
    if (m_shown == Shown::Pdf) {
        applyPdfZoom();
    } else {
        applyImageZoom();
    }
    updateControls();
}

void DocumentViewer::setZoom(qreal factor)
{
    if (m_shown != Shown::Image && m_shown != Shown::Pdf)
        return;
    m_fit = false;
    m_zoom = std::clamp(factor, kMinZoom, kMaxZoom);
    if (m_shown == Shown::Pdf) {
        applyPdfZoom();
    } else {
        applyImageZoom();
    }
    updateControls();
}

void DocumentViewer::updateScrollBars()
{
    // Fitted, the page is whole: scroll bars would only take room from it. Zoomed, an image
    // keeps both, so that the room does not change under the zoom (and the middle stays put).
    const auto policy = m_fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    const auto imagePolicy = m_fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAlwaysOn;
    m_imageArea->setHorizontalScrollBarPolicy(imagePolicy);
    m_imageArea->setVerticalScrollBarPolicy(imagePolicy);
    m_pdfView->setHorizontalScrollBarPolicy(policy);
    m_pdfView->setVerticalScrollBarPolicy(policy);
}

void DocumentViewer::applyImageZoom()
{
    updateScrollBars();
    if (m_source.isNull())
        return;
    const qreal factor = zoomFactor();
    const QSize size(std::max(1, int(std::lround(m_source.width() * factor))),
                     std::max(1, int(std::lround(m_source.height() * factor))));
    // What was in the middle of the view stays there.
    auto* horizontal = m_imageArea->horizontalScrollBar();
    auto* vertical = m_imageArea->verticalScrollBar();
    const auto centre = [](const QScrollBar* bar) {
        const int length = bar->maximum() + bar->pageStep();
        return length > 0 ? (bar->value() + bar->pageStep() / 2.0) / length : 0.5;
    };
    const qreal x = centre(horizontal);
    const qreal y = centre(vertical);
    m_image->setPixmap(QPixmap::fromImage(m_source.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_image->resize(size);
    horizontal->setValue(
        int(std::lround(x * (horizontal->maximum() + horizontal->pageStep()) - horizontal->pageStep() / 2.0)));
    vertical->setValue(int(std::lround(y * (vertical->maximum() + vertical->pageStep()) - vertical->pageStep() / 2.0)));
}

void DocumentViewer::nextPage()
{
    goToPage(currentPage() + 1);
}

void DocumentViewer::previousPage()
{
    goToPage(currentPage() - 1);
}

void DocumentViewer::goToPage(int page)
{
    if (m_shown != Shown::Pdf || page < 0 || page >= m_pdf->pageCount())
        return;
    m_pdfView->pageNavigator()->jump(page, {}, m_fit ? 0 : m_zoom);
    updateControls();
}

void DocumentViewer::updateControls()
{
    const bool zoomable = m_shown == Shown::Image || m_shown == Shown::Pdf;
    for (auto* button : { m_zoomOut, m_zoomIn, m_fitButton, m_actualSize }) {
        button->setEnabled(zoomable);
        button->setVisible(zoomable);
    }
    const bool paged = m_shown == Shown::Pdf && m_pdf->pageCount() > 1;
    m_previousPage->setVisible(paged);
    m_nextPage->setVisible(paged);
    m_pageLabel->setVisible(zoomable);
    m_previousPage->setEnabled(paged && currentPage() > 0);
    m_nextPage->setEnabled(paged && currentPage() + 1 < m_pdf->pageCount());
    const QString zoom = tr("%1 %").arg(std::lround(zoomFactor() * 100));
    if (m_shown == Shown::Pdf)
        m_pageLabel->setText(tr("Page %1 of %2 · %3").arg(currentPage() + 1).arg(m_pdf->pageCount()).arg(zoom));
    else
        m_pageLabel->setText(zoom);
    m_pageLabel->setAccessibleName(m_pageLabel->text());
}

bool DocumentViewer::eventFilter(QObject* watched, QEvent* event)
{
    // The room for the image changes with the window and with the toolbar's buttons.
    if (event->type() == QEvent::Resize && m_fit) {
        if (watched == m_imageArea->viewport() && m_shown == Shown::Image)
            applyImageZoom();
        else if (watched == m_pdfView->viewport() && m_shown == Shown::Pdf)
            applyPdfZoom();
        updateControls();
    }
    if (event->type() == QEvent::Wheel && (watched == m_imageArea->viewport() || watched == m_pdfView->viewport())) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int delta = wheel->angleDelta().y();
            if (delta > 0)
                zoomIn();
            else if (delta < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentViewer::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateControls();
}

} // namespace citoyens
