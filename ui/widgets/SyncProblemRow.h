#pragma once

#include "sync/SyncService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace citoyens {

// The line a page shows while its collection could not be refreshed: the reason, that what is
// shown is the copy saved on this computer, and "Actualiser". Shown when `resource` fails, hidden
// once it syncs again. Object names: `<name>SyncProblem` and `<name>RefreshButton`.
class SyncProblemRow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProblemRow)

public:
    // `message`: the page's translated sentence, %1 taking the error's own. `refreshName`: the
    // button's accessible name ("Actualiser mes demandes"). `refresh`: what the button does
    // (default: sync `resource` again).
    SyncProblemRow(SyncService* sync, SyncService::Resource resource, const QString& name, QString message,
                   const QString& refreshName, QWidget* parent, std::function<void()> refresh = {});

private:
    QLabel* m_text;
    QPushButton* m_refresh;
};

} // namespace citoyens
