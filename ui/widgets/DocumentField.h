#pragma once

#include <QString>
#include <QWidget>

class QImage;
class QLabel;
class QPushButton;
class QSize;

namespace citoyens {

// One supporting document of a request ("Justificatif de domicile"): "Parcourir…" opens a
// file through FilePicker, or a file is dropped on the field. The choice is checked at once
// by content as the server will (PDF, JPEG or PNG, at most 10 MB, not empty) and previewed:
// a thumbnail of an image, or of a PDF's first page. A PDF's page is rendered off the UI thread
// (its own QPdfDocument in QtConcurrent); a document icon stands in until it arrives, and stays
// when the PDF cannot be rendered (damaged, encrypted). A late result for another file is ignored.
// Object names: <name>BrowseButton, <name>ClearButton, <name>FileLabel, <name>Preview, <name>Error.
class DocumentField : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentField)

public:
    DocumentField(const QString& name, const QString& label, QWidget* parent = nullptr);

    QString label() const { return m_labelText; }
    QString path() const { return m_path; }
    // Takes the file (previews and checks it); an empty path clears the field.
    void setPath(const QString& path);
    void clear() { setPath({}); }
    // The field's own check: empty when the file is acceptable (or when there is none).
    QString errorCode() const { return m_errorCode; }
    bool isAcceptable() const { return !m_path.isEmpty() && m_errorCode.isEmpty(); }

    // Shows the sentence for a field code ("required", "too_large"...), naming the field;
    // an empty code clears it.
    void showError(const QString& code);
    void showMessage(const QString& message);
    bool hasError() const;
    QPushButton* browseButton() const { return m_browse; }
    // True while the first page of the chosen PDF is being rendered for the preview.
    bool isPreviewPending() const { return m_previewPending; }

    // The first page of the PDF at `path`, fitted in `size` on a white page with a thin grey
    // edge; a null image when the file cannot be rendered (damaged, encrypted, no page).
    // Safe on any thread.
    static QImage renderFirstPage(const QString& path, const QSize& size);

    // The sentence for a code about a document file (sizes in the person's language).
    static QString describe(const QString& code);
    // The code of the local check of `path`: empty, "not_found", "unreadable", "empty_file",
    // "too_large" or "unsupported_media_type".
    static QString check(const QString& path, QString* mimeType = nullptr);

public slots:
    void browse();

signals:
    void pathChanged(const QString& path);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updatePreview(const QString& mimeType);
    void startPdfPreview();

    QString m_labelText;
    QString m_path;
    QString m_errorCode;
    // Bumped on every choice: a rendering started for an earlier one is ignored when it ends.
    quint64 m_previewGeneration = 0;
    bool m_previewPending = false;
    QLabel* m_title;
    QPushButton* m_browse;
    QPushButton* m_clear;
    QLabel* m_file;
    QLabel* m_preview;
    QLabel* m_error;
};

} // namespace citoyens
