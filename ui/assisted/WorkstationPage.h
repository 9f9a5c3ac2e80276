#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace citoyens {

// "Poste du guichet": what belongs to this desk machine rather than to the agent — the folder
// the desk's scanner writes into (AssistedSession::scannerFolder), from which an assisted session offers
// new files as documents. Kept in QSettings, never on the server.
class WorkstationPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkstationPage)

public:
    explicit WorkstationPage(QWidget* parent = nullptr);

    // The folder chooser (QFileDialog::getExistingDirectory); tests answer instead.
    static void setFolderChooser(std::function<QString(QWidget*, const QString& current)> chooser);

    void refresh();

private:
    void choose();
    void clear();

    QLabel* m_folder;
    QPushButton* m_choose;
    QPushButton* m_clear;
};

} // namespace citoyens
