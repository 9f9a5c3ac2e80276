#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;
class QStackedWidget;
class QToolButton;

namespace citoyens {

// Shows one document of a request: an image (zoom to fit, +/−, 100 %; Ctrl++ Ctrl+- Ctrl+0,
// Ctrl+wheel), a PDF rendered with Qt PDF (the same zoom, Ctrl+PgUp / Ctrl+PgDown or the
// arrows for the pages), or a French message naming the file when it cannot be shown (a type
// it does not know, a damaged image or PDF). The content is read once into memory: documents
// are small (DocumentRules caps them), and a file removed later does not blank the view.
class DocumentViewer : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentViewer)

public:
    enum class Shown { Nothing, Image, Pdf, Message };
    Q_ENUM(Shown)

    explicit DocumentViewer(QWidget* parent = nullptr);
    ~DocumentViewer() override;

    // The type is taken from the content (and the name for a PDF without its header).
    void showFile(const QString& path);
    // mimeType as the server gave it; name is what the message says when it cannot be shown.
    void showData(const QByteArray& data, const QString& mimeType, const QString& name);
    void clear();

    Shown shown() const { return m_shown; }
    QString message() const;
    bool fitsToView() const { return m_fit; }
    qreal zoomFactor() const; // the scale on screen, also while fitting
    int pageCount() const;
    int currentPage() const; // 0-based

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToActualSize();
    void nextPage();
    void previousPage();

Q_SIGNALS:
    void shownChanged(citoyens::DocumentViewer::Shown shown);

protected:
    void focusInEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildToolbar(QWidget* bar);
    void showPage(QWidget* page, QWidget* focusTarget);
    void showImage(const QImage& image);
    void showPdf();
    void showMessage(const QString& text);
    void setZoom(qreal factor);
    void applyImageZoom();
    void updateScrollBars();
    qreal pdfFitFactor() const;
    void applyPdfZoom();
    void goToPage(int page);
    void updateControls();

    QStackedWidget* m_stack;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    QPdfView* m_pdfView;
    QPdfDocument* m_pdf;
    QLabel* m_message;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QToolButton* m_fitButton;
    QToolButton* m_actualSize;
    QToolButton* m_previousPage;
    QToolButton* m_nextPage;
    QLabel* m_pageLabel;
    QWidget* m_focusTarget = nullptr; // the content on show: focusing the viewer focuses it

    Shown m_shown = Shown::Nothing;
    QString m_name;
    QImage m_source;
    QByteArray m_pdfBytes;
    QBuffer m_pdfBuffer;
    bool m_fit = true;
    qreal m_zoom = 1.0;
};

} // namespace citoyens
