#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;

namespace citoyens {

class DocumentViewer;

// The documents of one request, listed beside a DocumentViewer: the arrows in the list (or
// Alt+PgDown / Alt+PgUp anywhere in the browser) go from one to the next.
class DocumentBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentBrowser)

public:
    struct Entry
    {
        QString label; // what it is: "Justificatif de domicile"
        QString filePath; // either a file...
        QByteArray data; // ...or its bytes with their type
        QString mimeType;
        QString fileName;
    };

    explicit DocumentBrowser(QWidget* parent = nullptr);
    ~DocumentBrowser() override;

    void setDocuments(const QList<Entry>& documents);
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    DocumentViewer* viewer() const { return m_viewer; }

public Q_SLOTS:
    void showNext();
    void showPrevious();

Q_SIGNALS:
    void currentChanged(int index);

private:
    void showEntry(int index);

    QListWidget* m_list;
    QLabel* m_empty;
    DocumentViewer* m_viewer;
    QList<Entry> m_documents;
};

} // namespace citoyens
