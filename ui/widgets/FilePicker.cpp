#include "FilePicker.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace citoyens {

QStringList& FilePicker::queue()
{
    static QStringList answers;
    return answers;
}

QString FilePicker::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption,
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

QString FilePicker::saveFile(QWidget* parent, const QString& caption, const QString& suggestedName,
                             const QString& filter)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    const QString start
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

void FilePicker::setNextPath(const QString& path)
{
    queue().append(path);
}

bool FilePicker::hasQueuedAnswer()
{
    return !queue().isEmpty();
}

} // namespace citoyens
