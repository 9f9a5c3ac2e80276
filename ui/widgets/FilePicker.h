#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace citoyens {

// Where pages ask the person for a file to open: a QFileDialog in the application. Tests
// queue the answers instead (a path, or an empty string for "cancelled"), as KeePassXC's
// MessageBox::setNextAnswer does for message boxes, so no modal dialog ever blocks them.
class FilePicker
{
public:
    // `filter` in QFileDialog's form ("Documents (*.pdf *.jpg *.png)"). Empty when cancelled.
    static QString openFile(QWidget* parent, const QString& caption, const QString& filter);

    // Where to save a file the client writes (a receipt): `suggestedName` in the person's
    // documents folder to start with. Empty when cancelled. Answers queued by setNextPath too.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                            const QString& filter);

    // The next openFile() or saveFile() returns `path` without showing anything (one answer per call).
    static void setNextPath(const QString& path);
    static bool hasQueuedAnswer();

private:
    static QStringList& queue();
};

} // namespace citoyens
