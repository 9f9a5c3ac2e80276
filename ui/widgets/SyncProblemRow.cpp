#include "SyncProblemRow.h"

#include "FormHelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace citoyens {

SyncProblemRow::SyncProblemRow(SyncService* sync, SyncService::Resource resource, const QString& name, QString message,
                               const QString& refreshName, QWidget* parent, std::function<void()> refresh)
    : QWidget(parent)
    , m_text(FormHelpers::paragraph({}, this, QStringLiteral("notice")))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    m_text->setObjectName(name + QStringLiteral("SyncProblem"));
    m_refresh->setObjectName(name + QStringLiteral("RefreshButton"));
    m_refresh->setAccessibleName(refreshName);
    m_refresh->setProperty("role", QStringLiteral("link"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_text, 1);
    row->addWidget(m_refresh);
    hide();

    if (!refresh)
        refresh = [sync, resource] {
            sync->sync(resource);
        };
    connect(m_refresh, &QPushButton::clicked, this, std::move(refresh));
    connect(sync, &SyncService::resourceFailed, this,
            [this, resource, message = std::move(message)](SyncService::Resource failed, const ApiError& error) {
                if (failed != resource)
                    return;
                m_text->setText(message.arg(error.message));
                show();
            });
    connect(sync, &SyncService::resourceSynced, this, [this, resource](SyncService::Resource synced) {
        if (synced == resource)
            hide();
    });
}

} // namespace citoyens
